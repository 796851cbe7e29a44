package vn.ubnd.baocao.search.web;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

import vn.ubnd.baocao.report.ReportKindService;
import vn.ubnd.baocao.report.ReportStatus;
import vn.ubnd.baocao.search.ReportSearch;
import vn.ubnd.baocao.system.PortalUser;
import vn.ubnd.baocao.workflow.ReportWorkflow;

/**
 * {@code /search?q=…}: every signed-in user searches what they may read; a unit filter outside their units is "not
 * found".
 */
@Controller
class SearchController {

	private final ReportSearch search;

	private final ReportKindService kinds;

	SearchController(ReportSearch search, ReportKindService kinds) {
		this.search = search;
		this.kinds = kinds;
	}

	@GetMapping("/search")
	String search(@AuthenticationPrincipal PortalUser user, @ModelAttribute("form") SearchForm form,
			BindingResult binding, Model model) {
		ReportSearch.Request request = new ReportSearch.Request(form.getQ(), valid(binding, "unitId", form.getUnitId()),
				valid(binding, "kindId", form.getKindId()), valid(binding, "year", form.getYear()),
				valid(binding, "status", form.getStatus()), (form.getPage() == null) ? 1 : form.getPage());
		if (form.getQ() != null) {
			model.addAttribute("result", this.search.search(user, request));
		}
		model.addAttribute("request", request);
		model.addAttribute("units", this.search.units(user));
		model.addAttribute("kinds", this.kinds.all());
		int thisYear = LocalDate.now(ReportWorkflow.VIETNAM).getYear();
		model.addAttribute("years", IntStream.rangeClosed(thisYear - 10, thisYear + 1).boxed().sorted((a, b) -> b - a).toList());
		model.addAttribute("statuses", List.of(ReportStatus.values()));
		return "search/search";
	}

	/** The value, or {@code null} if what was typed did not parse. */
	private static <T> T valid(BindingResult binding, String field, T value) {
		return binding.hasFieldErrors(field) ? null : value;
	}

}
