package vn.ubnd.baocao.indicator.web;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.ubnd.baocao.indicator.IndicatorService;
import vn.ubnd.baocao.indicator.IndicatorService.FiguresInput;
import vn.ubnd.baocao.indicator.IndicatorService.Row;
import vn.ubnd.baocao.indicator.InvalidFiguresException;
import vn.ubnd.baocao.report.Report;
import vn.ubnd.baocao.report.ReportNotEditableException;
import vn.ubnd.baocao.report.ReportService;
import vn.ubnd.baocao.system.PortalUser;

/**
 * The indicator panel of a report, shown in the editor (loaded by URL): one row per indicator of the unit's
 * catalogue, figures typed the Vietnamese way and saved as typed, ratios computed. Same authorization as the report:
 * who reads it sees the panel; only its clerk writes, while it is a draft.
 */
@Controller
@RequestMapping("/reports/{reportId}/indicators")
class IndicatorController {

	static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	private final IndicatorService indicators;

	private final ReportService reports;

	private final MessageSource messages;

	IndicatorController(IndicatorService indicators, ReportService reports, MessageSource messages) {
		this.indicators = indicators;
		this.reports = reports;
		this.messages = messages;
	}

	@GetMapping
	String panel(@AuthenticationPrincipal PortalUser user, @PathVariable long reportId, Model model) {
		Report report = this.reports.readable(user, reportId);
		List<Row> rows = this.indicators.values(user, report);
		model.addAttribute("rows", rows);
		model.addAttribute("reportId", reportId);
		model.addAttribute("editable", this.reports.mayEdit(user, report));
		model.addAttribute("numbers", new IndicatorFormat());
		return "indicator/_panel :: panel";
	}

	/** Saves one indicator's figures: 422 for a malformed number, 409 for an outdated copy; nothing saved then. */
	@PostMapping("/{indicatorId}")
	String save(@AuthenticationPrincipal PortalUser user, @PathVariable long reportId, @PathVariable long indicatorId,
			@RequestParam(required = false) String actual, @RequestParam(defaultValue = "false") boolean estimated,
			@RequestParam(required = false) String targetCouncil,
			@RequestParam(required = false) String targetProvince, @RequestParam(required = false) String plan,
			@RequestParam(required = false) String samePeriod, @RequestParam(defaultValue = "-1") long version,
			Model model, HttpServletResponse response) {
		model.addAttribute("reportId", reportId);
		model.addAttribute("indicatorId", indicatorId);
		try {
			Row row = this.indicators.saveValue(user, reportId, indicatorId, version,
					new FiguresInput(actual, estimated, targetCouncil, targetProvince, plan, samePeriod));
			model.addAttribute("row", row);
			model.addAttribute("numbers", new IndicatorFormat());
			model.addAttribute("zone", VIETNAM);
			return "indicator/_panel :: saved";
		}
		catch (InvalidFiguresException ex) {
			Locale locale = LocaleContextHolder.getLocale();
			response.setStatus(422);
			model.addAttribute("errors", ex.rejected()
				.stream()
				.map((r) -> this.messages.getMessage("indicator.malformed",
						new Object[] { this.messages.getMessage("indicator.field." + r.field(), null, locale),
								r.input() },
						locale))
				.toList());
			return "indicator/_panel :: invalid";
		}
		catch (OptimisticLockingFailureException | DataIntegrityViolationException ex) {
			// the second of two first saves of the same row meets the unique (report, indicator): also a conflict
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			return "indicator/_panel :: conflict";
		}
	}

	@ExceptionHandler(ReportNotEditableException.class)
	String notEditable(HttpServletResponse response) {
		response.setStatus(HttpServletResponse.SC_CONFLICT);
		return "indicator/_panel :: not-editable";
	}

}
