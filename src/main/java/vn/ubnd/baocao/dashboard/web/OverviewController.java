package vn.ubnd.baocao.dashboard.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

import vn.ubnd.baocao.dashboard.PeriodOverview;
import vn.ubnd.baocao.report.ReportKind;
import vn.ubnd.baocao.report.ReportKindService;
import vn.ubnd.baocao.system.InputRejectedException;
import vn.ubnd.baocao.system.NotFoundException;
import vn.ubnd.baocao.system.PortalUser;
import vn.ubnd.baocao.unit.UnitService;
import vn.ubnd.baocao.workflow.ReportWorkflow;

/**
 * The period overview ({@code /overview}) and its exports as CSV and XLSX: every signed-in user, for their unit or
 * a unit below it (another unit is "not found").
 */
@Controller
class OverviewController {

	private static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final PeriodOverview overview;

	private final ReportKindService kinds;

	private final UnitService units;

	private final MessageSource messages;

	OverviewController(PeriodOverview overview, ReportKindService kinds, UnitService units, MessageSource messages) {
		this.overview = overview;
		this.kinds = kinds;
		this.units = units;
		this.messages = messages;
	}

	@GetMapping("/overview")
	String page(@AuthenticationPrincipal PortalUser user, @ModelAttribute("form") OverviewForm form,
			BindingResult binding, Model model) {
		LocalDate today = LocalDate.now(ReportWorkflow.VIETNAM);
		List<ReportKind> kinds = this.kinds.all();
		PeriodOverview.Request request = request(user, form, binding, kinds, today);
		model.addAttribute("units", this.units.visibleTree(user));
		model.addAttribute("kinds", kinds);
		model.addAttribute("years", Choices.years(today, (request != null) ? request.year() : null));
		model.addAttribute("states", PeriodOverview.State.values());
		if (request != null) {
			model.addAttribute("request", request);
			try {
				model.addAttribute("overview", this.overview.overview(user, request));
			}
			catch (InputRejectedException ex) {
				this.units.visibleTo(user, request.unitId());
				model.addAttribute("rejected", ex.messageKey());
			}
		}
		return "dashboard/overview";
	}

	@GetMapping("/overview/csv")
	ResponseEntity<byte[]> csv(@AuthenticationPrincipal PortalUser user, @ModelAttribute("form") OverviewForm form,
			BindingResult binding) {
		PeriodOverview.Overview result = exported(user, form, binding);
		return download(OverviewExport.csv(result, text()), new MediaType("text", "csv",
				java.nio.charset.StandardCharsets.UTF_8), name(result, "csv"));
	}

	@GetMapping("/overview/xlsx")
	ResponseEntity<byte[]> xlsx(@AuthenticationPrincipal PortalUser user, @ModelAttribute("form") OverviewForm form,
			BindingResult binding) {
		PeriodOverview.Overview result = exported(user, form, binding);
		return download(OverviewExport.xlsx(result, text()), XLSX, name(result, "xlsx"));
	}

	private PeriodOverview.Overview exported(PortalUser user, OverviewForm form, BindingResult binding) {
		LocalDate today = LocalDate.now(ReportWorkflow.VIETNAM);
		PeriodOverview.Request request = request(user, form, binding, this.kinds.all(), today);
		if (request == null) {
			throw new NotFoundException("no report kind");
		}
		return this.overview.overview(user, request);
	}

	/** What was asked, each missing or malformed choice replaced by its default; {@code null} without any kind. */
	private static PeriodOverview.Request request(PortalUser user, OverviewForm form, BindingResult binding,
			List<ReportKind> kinds, LocalDate today) {
		ReportKind kind = Choices.kind(kinds, Choices.valid(binding, "kindId", form.getKindId()));
		if (kind == null) {
			return null;
		}
		Long unitId = Choices.valid(binding, "unitId", form.getUnitId());
		Integer year = Choices.valid(binding, "year", form.getYear());
		Integer number = Choices.valid(binding, "number", form.getNumber());
		if (year == null) {
			year = today.getYear();
			number = Choices.periodNumber(kind.getPeriodType(), today);
		}
		if (number == null && kind.getPeriodType().maxNumber() > 1) {
			number = Choices.periodNumber(kind.getPeriodType(), today);
		}
		return new PeriodOverview.Request((unitId != null) ? unitId : user.unitId(), kind.getId(), year, number);
	}

	private OverviewExport.Text text() {
		return (key, args) -> this.messages.getMessage(key, args, Locale.forLanguageTag("vi"));
	}

	private static String name(PeriodOverview.Overview result, String extension) {
		String period = (result.number() != null) ? result.number() + "-" + result.year() : String.valueOf(result.year());
		return "tong-hop-" + result.kind().getCode() + "-" + period + "." + extension;
	}

	private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String filename) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(filename, java.nio.charset.StandardCharsets.UTF_8)
						.build()
						.toString())
			.body(body);
	}

}
