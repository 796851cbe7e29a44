package vn.ubnd.baocao.demo;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.ubnd.baocao.account.AccountData;
import vn.ubnd.baocao.account.AccountLookup;
import vn.ubnd.baocao.account.AccountService;
import vn.ubnd.baocao.report.PeriodType;
import vn.ubnd.baocao.report.Report;
import vn.ubnd.baocao.report.ReportKind;
import vn.ubnd.baocao.report.ReportKindService;
import vn.ubnd.baocao.report.ReportSection;
import vn.ubnd.baocao.report.ReportService;
import vn.ubnd.baocao.system.PortalUser;
import vn.ubnd.baocao.system.Texts;
import vn.ubnd.baocao.system.Role;
import vn.ubnd.baocao.unit.Leader;
import vn.ubnd.baocao.unit.LeaderData;
import vn.ubnd.baocao.unit.LeaderPosition;
import vn.ubnd.baocao.unit.Unit;
import vn.ubnd.baocao.unit.UnitData;
import vn.ubnd.baocao.unit.UnitLevel;
import vn.ubnd.baocao.unit.UnitService;
import vn.ubnd.baocao.review.ReviewComments;
import vn.ubnd.baocao.signing.DemoSigningKeys;
import vn.ubnd.baocao.workflow.ReportWorkflow;

/**
 * Seeds the demo units and accounts through the same services the administration pages use, with a demo signing
 * certificate for each unit. The names are fictional.
 */
@Component
@Profile("demo")
@Order(0)
class DemoDataSeeder implements ApplicationRunner {

	/** The password of every demo account, shown on the login page in demo mode. */
	static final String PASSWORD = "Demo@2026";

	private static final Logger log = LoggerFactory.getLogger(DemoDataSeeder.class);

	private final UnitService units;

	private final AccountService accounts;

	private final TransactionTemplate transaction;

	private final AccountLookup lookup;

	private final ReportKindService kinds;

	private final ReportService reports;

	private final ReportWorkflow workflow;

	private final ReviewComments comments;

	private final DemoSigningKeys signingKeys;

	DemoDataSeeder(UnitService units, AccountService accounts, TransactionTemplate transaction, AccountLookup lookup,
			ReportKindService kinds, ReportService reports, ReportWorkflow workflow, ReviewComments comments,
			DemoSigningKeys signingKeys) {
		this.workflow = workflow;
		this.signingKeys = signingKeys;
		this.comments = comments;
		this.units = units;
		this.accounts = accounts;
		this.transaction = transaction;
		this.lookup = lookup;
		this.kinds = kinds;
		this.reports = reports;
	}

	@Override
	public void run(ApplicationArguments args) {
		this.transaction.executeWithoutResult((status) -> {
			if (this.units.isEmpty()) {
				seed();
				seedReports();
				log.info("Demo data seeded: sign in as vanthu / {}", PASSWORD);
			}
		});
	}

	/**
	 * Reports of Huyện Phú Sơn in every state of the workflow, written through the same service the editor uses and
	 * moved through the real workflow: a draft of the current half year; the year before's review issued with its
	 * number; earlier half-year reports approved by the deputy chair, accepted, returned with reasons; the term
	 * report returned once and submitted again. The figures and names are invented.
	 */
	private void seedReports() {
		PortalUser clerk = user("vanthu");
		PortalUser reviewer = user("hdnd");
		java.time.LocalDate today = java.time.LocalDate.now(ReportWorkflow.VIETNAM);
		int year = today.getYear();
		int half = today.getMonthValue() <= 6 ? 1 : 2;
		int earlierYear = (half == 1) ? year - 1 : year;
		int earlierHalf = (half == 1) ? 2 : 1;

		written(clerk, "bc-6-thang-chi-dao-dieu-hanh", year, half, null, null);

		Report issued = written(clerk, "bc-kiem-diem-chi-dao-dieu-hanh-nam", year - 1, null, null, null);
		this.workflow.submit(clerk, issued.getId());
		this.workflow.accept(reviewer, issued.getId());
		this.workflow.approveAndIssue(user("chutich"), issued.getId());

		Report approved = written(clerk, "bc-6-thang-tinh-hinh-cong-tac", earlierYear, earlierHalf, null, null);
		this.workflow.submit(clerk, approved.getId());
		this.workflow.accept(reviewer, approved.getId());
		this.workflow.approve(user("phochutich"), approved.getId());

		Report accepted = written(clerk, "bc-6-thang-chi-dao-dieu-hanh", earlierYear, earlierHalf, null, null);
		this.workflow.submit(clerk, accepted.getId());
		this.workflow.accept(reviewer, accepted.getId());

		Report returned = written(clerk, "bc-6-thang-tinh-hinh-cong-tac", year, half, null, null);
		this.workflow.submit(clerk, returned.getId());
		ReportSection commented = returned.numberedSections().get(0).section();
		this.comments.open(reviewer, returned.getId(), commented.getId(), "giá lúa ở mức khá",
				"Đề nghị nêu cụ thể giá lúa bình quân trong kỳ và so sánh với cùng kỳ năm trước.");
		this.workflow.returnForRevision(reviewer, returned.getId(),
				"Bổ sung kết quả thu ngân sách 6 tháng so với cùng kỳ.\nNêu rõ nguyên nhân của hạn chế thứ hai.");

		Report submitted = written(clerk, "bc-hoat-dong-nhiem-ky", null, null,
				java.time.LocalDate.of(2021, 7, 1), java.time.LocalDate.of(2026, 6, 30));
		this.workflow.submit(clerk, submitted.getId());
		// returned once and submitted again, so that the reviewer has two versions to compare
		this.workflow.returnForRevision(reviewer, submitted.getId(),
				"Bổ sung tổng vốn đầu tư toàn xã hội cả nhiệm kỳ ở phần khái quát.");
		ReportSection overview = submitted.numberedSections().get(0).section();
		this.reports.editSection(clerk, submitted.getId(), overview.getId(), overview.getVersion(),
				overview.getTitle(), overview.getBody() + "\nTổng vốn đầu tư toàn xã hội cả nhiệm kỳ ước đạt "
						+ "12.500 tỷ đồng, bằng 1,6 lần nhiệm kỳ trước.");
		this.workflow.submit(clerk, submitted.getId());
	}

	/** A report of the kind with its first sections written; {@code null} when the kind is not loaded. */
	private Report written(PortalUser clerk, String kindCode, Integer year, Integer number, java.time.LocalDate start,
			java.time.LocalDate end) {
		ReportKind kind = this.kinds.active()
			.stream()
			.filter((k) -> k.getCode().equals(kindCode))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("report kind " + kindCode + " is not loaded"));
		Report report = this.reports.create(clerk, new ReportService.NewReport(kind.getId(), year, number, start, end,
				false));
		List<String> texts = List.of(
				"Trong kỳ báo cáo, tình hình kinh tế - xã hội của huyện tiếp tục ổn định; sản xuất nông nghiệp "
						+ "được mùa, giá lúa ở mức khá^[Số liệu ước thực hiện đến ngày chốt số liệu của kỳ báo cáo.].",
				"- Được sự quan tâm chỉ đạo của Ủy ban nhân dân tỉnh và sự phối hợp của các ngành;\n"
						+ "- Cơ sở hạ tầng giao thông nông thôn tiếp tục được đầu tư.",
				"- Thời tiết diễn biến bất thường, hạn hán cục bộ ở các xã phía bắc;\n"
						+ "+ Giá vật tư nông nghiệp tăng cao.");
		// the first sections as above, every other section without subsections a paragraph of its own
		List<ReportSection> sections = report.numberedSections().stream().map((n) -> n.section()).toList();
		int written = 0;
		for (ReportSection section : sections) {
			String text = (written < texts.size()) ? texts.get(written) : filler(report, section);
			if (text != null) {
				this.reports.editSection(clerk, report.getId(), section.getId(), section.getVersion(),
						section.getTitle(), text);
				written++;
			}
		}
		return report;
	}

	/** A paragraph for a section without subsections, as its role or title asks; {@code null} for a heading. */
	private static String filler(Report report, ReportSection section) {
		if (!report.childrenOf(section.getId()).isEmpty()) {
			return null;
		}
		if (section.getRole() != null) {
			return switch (section.getRole()) {
				case ACHIEVEMENTS -> "Tình hình kinh tế - xã hội tiếp tục ổn định và phát triển; phần lớn các chỉ tiêu "
						+ "chủ yếu đạt và vượt kế hoạch; quốc phòng, an ninh được giữ vững, trật tự an toàn xã hội "
						+ "được bảo đảm.";
				case LIMITATIONS -> "- Tiến độ giải ngân vốn đầu tư công còn chậm so với kế hoạch;\n"
						+ "- Việc giải quyết hồ sơ đất đai ở một số xã còn trễ hạn.";
				case CAUSES -> "- Nguyên nhân khách quan: thời tiết diễn biến bất thường, giá vật tư tăng cao;\n"
						+ "- Nguyên nhân chủ quan: một số cơ quan, đơn vị chưa quyết liệt trong chỉ đạo, phối hợp.";
				case NEXT_TASKS -> "- Tập trung chỉ đạo thực hiện các chỉ tiêu kinh tế - xã hội, phấn đấu hoàn thành "
						+ "vượt kế hoạch năm;\n- Đẩy nhanh tiến độ giải ngân vốn đầu tư công;\n"
						+ "- Tiếp tục cải cách hành chính, nâng cao chất lượng phục vụ người dân và doanh nghiệp.";
			};
		}
		String title = section.getTitle();
		return (title == null || title.isBlank()) ? null
				: "Trong kỳ, Ủy ban nhân dân huyện đã chỉ đạo triển khai nhiệm vụ về " + Texts.lowerFirst(title)
						+ " theo kế hoạch; kết quả cơ bản đạt yêu cầu đề ra.";
	}

	private PortalUser user(String username) {
		return this.lookup.findPortalUser(username, (unit) -> true).orElseThrow();
	}

	private void seed() {
		Unit province = unit(UnitLevel.PROVINCE, null, "Tỉnh Bình Nguyên", "TỈNH BÌNH NGUYÊN", "Bình Nguyên", "tỉnh");
		leader(province, "Trịnh Hoàng Nam", LeaderPosition.CHAIR, 0);

		Unit phuSon = unit(UnitLevel.DISTRICT, province, "Huyện Phú Sơn", "HUYỆN PHÚ SƠN", "Phú Sơn", "huyện");
		Leader chair = leader(phuSon, "Lê Minh Khang", LeaderPosition.CHAIR, 0);
		Leader deputy = leader(phuSon, "Phạm Thị Thu Hà", LeaderPosition.DEPUTY_CHAIR, 1);
		leader(phuSon, "Ngô Văn Tài", LeaderPosition.DEPUTY_CHAIR, 2);

		Unit tanHa = unit(UnitLevel.DISTRICT, province, "Huyện Tân Hà", "HUYỆN TÂN HÀ", "Tân Hà", "huyện");
		Leader tanHaChair = leader(tanHa, "Võ Quốc Bảo", LeaderPosition.CHAIR, 0);

		Unit hoaAn = unit(UnitLevel.COMMUNE, phuSon, "Xã Hòa An", "XÃ HÒA AN", "Hòa An", "xã");
		leader(hoaAn, "Đặng Văn Lợi", LeaderPosition.CHAIR, 0);

		account("vanthu", "Nguyễn Thị Lan", phuSon, Role.CLERK, null);
		account("hdnd", "Trần Văn Hùng", phuSon, Role.COUNCIL_REVIEWER, null);
		account("chutich", chair.getFullName(), phuSon, Role.CHAIR, chair);
		account("phochutich", deputy.getFullName(), phuSon, Role.CHAIR, deputy);
		account("quantri", "Hoàng Đức Tâm", phuSon, Role.ADMIN, null);
		account("vanthu2", "Bùi Thị Mai", tanHa, Role.CLERK, null);
		account("chutich2", tanHaChair.getFullName(), tanHa, Role.CHAIR, tanHaChair);

		// every demo unit signs with its own self-signed demo certificate, made once and kept in the database
		for (Unit unit : List.of(province, phuSon, tanHa, hoaAn)) {
			this.signingKeys.provide(unit.getId());
		}
	}

	private Unit unit(UnitLevel level, Unit parent, String name, String printedArea, String place, String area) {
		return this.units.createAsSystem(new UnitData(level, parent == null ? null : parent.getId(), name,
				"ỦY BAN NHÂN DÂN\n" + printedArea, place, "UBND", "Hội đồng nhân dân " + area + " " + place));
	}

	private Leader leader(Unit unit, String name, LeaderPosition position, int order) {
		String title = position == LeaderPosition.CHAIR ? "Chủ tịch" : "Phó Chủ tịch";
		return this.units.addLeaderAsSystem(unit.getId(), new LeaderData(name, position, title, order));
	}

	private void account(String username, String fullName, Unit unit, Role role, Leader leader) {
		this.accounts.createAsSystem(username, PASSWORD,
				new AccountData(fullName, unit.getId(), role, leader == null ? null : leader.getId()));
	}

}
