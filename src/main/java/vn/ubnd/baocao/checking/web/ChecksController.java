package vn.ubnd.baocao.checking.web;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;

import vn.ubnd.baocao.checking.ConsistencyChecks;
import vn.ubnd.baocao.checking.Finding;
import vn.ubnd.baocao.report.ReportService;
import vn.ubnd.baocao.report.ReportView;
import vn.ubnd.baocao.report.SectionContent;
import vn.ubnd.baocao.system.PortalUser;

/**
 * The consistency checker's findings on a report: as JSON for other systems, and as the panel the editor shows.
 * Same authorization as the report.
 */
@Controller
class ChecksController {

	private final ReportService reports;

	private final ConsistencyChecks checks;

	ChecksController(ReportService reports, ConsistencyChecks checks) {
		this.reports = reports;
		this.checks = checks;
	}

	/** The findings: {@code severity}, {@code code}, {@code section}, {@code quote}, {@code message}, {@code expected}. */
	@GetMapping("/api/reports/{reportId}/checks")
	@ResponseBody
	List<Finding> api(@AuthenticationPrincipal PortalUser user, @PathVariable long reportId) {
		return findings(user, reportId);
	}

	/**
	 * The summary panel; with it, out of band, a badge on every section card saying how many findings are in that
	 * section (an empty badge where there are none, so that a new check clears the old ones).
	 */
	@GetMapping("/reports/{reportId}/checks")
	String panel(@AuthenticationPrincipal PortalUser user, @PathVariable long reportId, Model model) {
		ReportView view = this.reports.view(this.reports.readable(user, reportId));
		List<Finding> findings = findings(view);
		List<ReportView.Section> sections = flatten(view.sections()).toList();
		List<Located> located = findings.stream().map((f) -> new Located(f, sectionOf(f, sections))).toList();
		Map<Long, Long> perSection = located.stream()
			.filter((l) -> l.sectionId() != null)
			.collect(Collectors.groupingBy(Located::sectionId, Collectors.counting()));
		model.addAttribute("findings", located);
		model.addAttribute("sectionIds", sections.stream().map(ReportView.Section::id).toList());
		model.addAttribute("perSection", perSection);
		return "checking/_findings :: findings";
	}

	/** A finding and the section it is in, when it can be told. */
	record Located(Finding finding, Long sectionId) {
	}

	/**
	 * The section a finding is in: the one whose own number is the finding's and whose text contains the quoted
	 * words (numbers repeat across levels, the quote tells them apart).
	 */
	static Long sectionOf(Finding finding, List<ReportView.Section> sections) {
		if (finding.section() == null) {
			return null;
		}
		String quote = finding.quote() == null ? "" : finding.quote().strip();
		String probe = quote.length() > 40 ? quote.substring(0, 40) : quote;
		ReportView.Section byNumber = null;
		for (ReportView.Section section : sections) {
			if (!stripDot(section.number()).equals(stripDot(finding.section()))) {
				continue;
			}
			if (byNumber == null) {
				byNumber = section;
			}
			if (!probe.isEmpty() && text(section).contains(probe)) {
				return section.id();
			}
		}
		return byNumber == null ? null : byNumber.id();
	}

	private static String stripDot(String label) {
		String text = label == null ? "" : label.strip();
		return text.endsWith(".") || text.endsWith(")") ? text.substring(0, text.length() - 1) : text;
	}

	private static String text(ReportView.Section section) {
		StringBuilder text = new StringBuilder(section.title()).append('\n');
		for (SectionContent.Block block : section.blocks()) {
			text.append(block.plainText()).append('\n');
		}
		return text.toString();
	}

	private static Stream<ReportView.Section> flatten(List<ReportView.Section> sections) {
		return sections.stream().flatMap((s) -> Stream.concat(Stream.of(s), flatten(s.children())));
	}

	private List<Finding> findings(PortalUser user, long reportId) {
		return findings(this.reports.view(this.reports.readable(user, reportId)));
	}

	private List<Finding> findings(ReportView view) {
		return this.checks.check(view, view.unit().name(), view.unit().placeName());
	}

}
