package vn.ubnd.baocao.versions;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.stereotype.Component;

import vn.ubnd.baocao.account.AccountLookup;
import vn.ubnd.baocao.indicator.IndicatorService;
import vn.ubnd.baocao.report.Report;
import vn.ubnd.baocao.report.ReportKind;
import vn.ubnd.baocao.report.ReportKindService;
import vn.ubnd.baocao.report.ReportSection;
import vn.ubnd.baocao.report.ReportService;
import vn.ubnd.baocao.report.SectionNumbering;
import vn.ubnd.baocao.system.PortalUser;
import vn.ubnd.baocao.workflow.ReportWorkflow;

/**
 * A report of Huyện Phú Sơn taken through the real services: written and submitted (version 1), returned by the
 * council's reviewer, revised by the clerk (one section's text edited, one section added, one removed, one moved,
 * one indicator's figures changed) and, if asked, resubmitted (version 2).
 */
@Component
class VersionFixtures {

	static final String KIND = "bc-6-thang-chi-dao-dieu-hanh";

	static final String RETURN_REASON = "Bổ sung số liệu thu ngân sách";

	private static final AtomicInteger YEARS = new AtomicInteger(2071);

	private final AccountLookup accounts;

	private final ReportService reports;

	private final ReportKindService kinds;

	private final ReportWorkflow workflow;

	private final IndicatorService indicators;

	VersionFixtures(AccountLookup accounts, ReportService reports, ReportKindService kinds, ReportWorkflow workflow,
			IndicatorService indicators) {
		this.accounts = accounts;
		this.reports = reports;
		this.kinds = kinds;
		this.workflow = workflow;
		this.indicators = indicators;
	}

	PortalUser user(String username) {
		return this.accounts.findPortalUser(username, (id) -> true).orElseThrow();
	}

	/** The text of "Thuận lợi" after its first line, the same in both versions. */
	static final String UNCHANGED = "\n- Thu ngân sách đạt kế hoạch đề ra; <b>chi</b> bảo đảm.\nCác xã triển khai tốt nhiệm vụ."
			+ "\nCông tác cải cách hành chính có chuyển biến.\nQuốc phòng, an ninh được giữ vững.";

	/** A new draft of the clerk's unit, for a year no other test uses. */
	long draft() {
		ReportKind kind = this.kinds.active().stream().filter((k) -> k.getCode().equals(KIND)).findFirst().orElseThrow();
		return this.reports.create(user("vanthu"),
				new ReportService.NewReport(kind.getId(), YEARS.getAndIncrement(), 1, null, null, false)).getId();
	}

	/** A draft submitted once, as the kind's outline gives it: version 1. */
	long submittedOnce() {
		long id = draft();
		this.workflow.submit(user("vanthu"), id);
		return id;
	}

	/** The report, returned after its first submission, then revised; not yet resubmitted. */
	long revised() {
		PortalUser clerk = user("vanthu");
		long id = draft();
		edit(id, "Thuận lợi", "Kinh tế của huyện tiếp tục tăng trưởng ổn định." + UNCHANGED);
		edit(id, "Khó khăn", "Thời tiết diễn biến phức tạp.");
		edit(id, "Tài chính - ngân sách và đầu tư công", "Giải ngân vốn đầu tư công còn chậm.");
		figures(id, "12.500", false);
		this.workflow.submit(clerk, id);
		this.workflow.returnForRevision(user("hdnd"), id, RETURN_REASON);

		// the revision: a word changed, a section added, one removed, one moved, an indicator's figures changed
		edit(id, "Thuận lợi", "Kinh tế của huyện tiếp tục tăng trưởng khá." + UNCHANGED);
		ReportSection situation = section(id, "ĐẶC ĐIỂM TÌNH HÌNH");
		ReportSection added = this.reports.addSection(clerk, id, situation.getId(), null);
		this.reports.editSection(clerk, id, added.getId(), added.getVersion(), "Dự báo tình hình",
				"Dự báo 6 tháng cuối năm còn nhiều thách thức.");
		this.reports.restructure(clerk, id, section(id, "Khó khăn").getId(), ReportService.Move.DELETE);
		long finance = section(id, "Tài chính - ngân sách và đầu tư công").getId();
		this.reports.restructure(clerk, id, finance, ReportService.Move.DOWN);
		this.reports.restructure(clerk, id, finance, ReportService.Move.DOWN);
		figures(id, "13.470", true);
		return id;
	}

	/** The report revised and submitted again: versions 1 and 2. */
	long resubmitted() {
		long id = revised();
		this.workflow.submit(user("vanthu"), id);
		return id;
	}

	private void edit(long reportId, String title, String body) {
		ReportSection section = section(reportId, title);
		this.reports.editSection(user("vanthu"), reportId, section.getId(), section.getVersion(), title, body);
	}

	ReportSection section(long reportId, String title) {
		Report report = this.reports.readable(user("vanthu"), reportId);
		List<SectionNumbering.NumberedSection> numbered = report.numberedSections();
		return numbered.stream()
			.map(SectionNumbering.NumberedSection::section)
			.filter((s) -> s.getTitle().equals(title))
			.findFirst()
			.orElseThrow();
	}

	private void figures(long reportId, String actual, boolean estimated) {
		PortalUser clerk = user("vanthu");
		IndicatorService.Row row = this.indicators.values(clerk, reportId)
			.stream()
			.filter((r) -> r.code().equals("THU_NSNN"))
			.findFirst()
			.orElseThrow();
		this.indicators.saveValue(clerk, reportId, row.indicatorId(), row.version(),
				new IndicatorService.FiguresInput(actual, estimated, "13.420", null, null, "12.345"));
	}

}
