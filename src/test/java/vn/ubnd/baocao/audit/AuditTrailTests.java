package vn.ubnd.baocao.audit;

import java.time.LocalDate;
import java.util.List;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import vn.ubnd.baocao.PortalIntegrationTest;
import vn.ubnd.baocao.account.Account;
import vn.ubnd.baocao.account.AccountData;
import vn.ubnd.baocao.account.AccountService;
import vn.ubnd.baocao.report.HolidayService;
import vn.ubnd.baocao.report.KindDefinition;
import vn.ubnd.baocao.report.Report;
import vn.ubnd.baocao.report.ReportKind;
import vn.ubnd.baocao.report.ReportKindService;
import vn.ubnd.baocao.report.ReportSection;
import vn.ubnd.baocao.report.ReportService;
import vn.ubnd.baocao.review.ReviewComments;
import vn.ubnd.baocao.system.AuditRecord;
import vn.ubnd.baocao.system.PortalUser;
import vn.ubnd.baocao.system.Role;
import vn.ubnd.baocao.unit.Leader;
import vn.ubnd.baocao.unit.LeaderData;
import vn.ubnd.baocao.unit.LeaderPosition;
import vn.ubnd.baocao.unit.Unit;
import vn.ubnd.baocao.unit.UnitData;
import vn.ubnd.baocao.unit.UnitLevel;
import vn.ubnd.baocao.unit.UnitService;
import vn.ubnd.baocao.workflow.ReportWorkflow;
import vn.ubnd.baocao.workflow.WorkflowFixtures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static vn.ubnd.baocao.MvcForms.page;

/**
 * What goes into the audit trail, through the real services and over HTTP: a row for each kind of action, written in
 * the transaction of the work (none when it rolls back), sign-ins and failed sign-ins, the administrators' changes
 * without passwords; and what an administrator sees of it.
 */
@PortalIntegrationTest
class AuditTrailTests {

	@Autowired
	AuditRows rows;

	@Autowired
	AuditTrail trail;

	@Autowired
	WorkflowFixtures fixtures;

	@Autowired
	ReportService reports;

	@Autowired
	ReportWorkflow workflow;

	@Autowired
	ReviewComments comments;

	@Autowired
	UnitService units;

	@Autowired
	AccountService accounts;

	@Autowired
	ReportKindService kinds;

	@Autowired
	HolidayService holidays;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Test
	void theWorkOnAReportIsRecordedWithItsUnitReportAndSection() {
		PortalUser clerk = this.fixtures.user("vanthu");
		PortalUser reviewer = this.fixtures.user("hdnd");
		long start = this.rows.lastId();
		Report report = this.fixtures.draft("vanthu");
		ReportSection section = this.reports.readable(clerk, report.getId()).childrenOf(null).get(0);
		this.reports.editSection(clerk, report.getId(), section.getId(), section.getVersion(), section.getTitle(),
				"Kinh tế tăng trưởng khá.");
		this.workflow.submit(clerk, report.getId());
		this.comments.open(reviewer, report.getId(), section.getId(), null, "Bổ sung số liệu quý II.");
		this.workflow.returnForRevision(reviewer, report.getId(), "Chưa đủ số liệu");

		List<AuditEvent> written = this.rows.after(start);
		assertThat(written).extracting(AuditEvent::action, AuditEvent::actorAccountId, AuditEvent::actorName,
				AuditEvent::unitId, AuditEvent::reportId, AuditEvent::sectionId)
			.containsExactly(tuple("report.create", clerk.accountId(), "vanthu", clerk.unitId(), report.getId(), null),
					tuple("section.edit", clerk.accountId(), "vanthu", clerk.unitId(), report.getId(),
							section.getId()),
					tuple("report.submit", clerk.accountId(), "vanthu", clerk.unitId(), report.getId(), null),
					tuple("comment.add", reviewer.accountId(), "hdnd", clerk.unitId(), report.getId(),
							section.getId()),
					tuple("report.return", reviewer.accountId(), "hdnd", clerk.unitId(), report.getId(), null));
		assertThat(written.get(1).detail()).contains("→ «Kinh tế tăng trưởng khá.»");
		assertThat(written.get(4).detail()).isEqualTo("SUBMITTED → RETURNED: Chưa đủ số liệu");
		assertThat(this.trail.verify().intact()).isTrue();
	}

	@Test
	void aRolledBackChangeLeavesNoTraceAndACommittedOneAlwaysDoes() {
		PortalUser clerk = this.fixtures.user("vanthu");
		Report report = this.fixtures.draft("vanthu");
		ReportSection section = this.reports.readable(clerk, report.getId()).childrenOf(null).get(0);
		long start = this.rows.lastId();

		this.transactions.executeWithoutResult((status) -> {
			this.reports.editSection(clerk, report.getId(), section.getId(), section.getVersion(), "Bỏ đi", "Bỏ đi");
			status.setRollbackOnly();
		});
		assertThatThrownBy(() -> this.transactions.executeWithoutResult((status) -> {
			this.reports.addSection(clerk, report.getId(), null, null);
			throw new IllegalStateException("something failed after the work");
		})).isInstanceOf(IllegalStateException.class);
		assertThat(this.rows.after(start)).isEmpty();
		assertThat(this.reports.readable(clerk, report.getId()).section(section.getId()).getTitle())
			.isNotEqualTo("Bỏ đi");

		this.transactions.executeWithoutResult((status) -> {
			this.reports.addSection(clerk, report.getId(), null, null);
			this.reports.addSection(clerk, report.getId(), null, null);
			// inside the transaction nothing is written yet: the rows go in as it commits
			assertThat(this.rows.after(start)).isEmpty();
		});
		assertThat(this.rows.actionsAfter(start)).containsExactly("section.add", "section.add");
	}

	@Test
	void anEventOutsideAnyTransactionIsWrittenInATransactionOfItsOwn() {
		long start = this.rows.lastId();
		this.events.publishEvent(new AuditRecord(null, null, "report.issue", null, null, null, "tự động"));
		assertThat(this.rows.after(start)).extracting(AuditEvent::action, AuditEvent::detail)
			.containsExactly(tuple("report.issue", "tự động"));
	}

	@Test
	void signInsFailedSignInsAndSignOutsAreRecorded() throws Exception {
		PortalUser clerk = this.fixtures.user("vanthu");
		long start = this.rows.lastId();
		this.mvc.perform(formLogin("/login").user("vanthu").password("sai-mat-khau"));
		this.mvc.perform(formLogin("/login").user("vanthu").password("Demo@2026"));
		this.mvc.perform(formLogin("/login").user("Không-Có-Ai").password("x"));
		for (int i = 0; i < 5; i++) {
			this.mvc.perform(formLogin("/login").user("ke-do-mat-khau").password("doan-" + i));
		}
		this.mvc.perform(post("/logout").with(csrf()).with(user(clerk)));

		List<AuditEvent> written = this.rows.after(start);
		assertThat(written).extracting(AuditEvent::action, AuditEvent::actorAccountId, AuditEvent::actorName,
				AuditEvent::unitId)
			.containsExactly(tuple("login.failure", clerk.accountId(), "vanthu", clerk.unitId()),
					tuple("login.success", clerk.accountId(), "vanthu", clerk.unitId()),
					tuple("login.failure", null, "Không-Có-Ai", null),
					tuple("login.failure", null, "ke-do-mat-khau", null),
					tuple("login.failure", null, "ke-do-mat-khau", null),
					tuple("login.failure", null, "ke-do-mat-khau", null),
					tuple("login.failure", null, "ke-do-mat-khau", null),
					tuple("login.throttled", null, "ke-do-mat-khau", null),
					tuple("logout", clerk.accountId(), "vanthu", clerk.unitId()));
		// the address each came from, never the password typed
		assertThat(written).extracting(AuditEvent::detail).containsOnly("127.0.0.1");
	}

	@Test
	void aSignInToADisabledAccountIsRecordedAsSuch() throws Exception {
		PortalUser admin = this.fixtures.user("quantri");
		Account account = this.accounts.createAsSystem("da-nghi-viec", "MatKhau@Cu-123",
				new AccountData("Người Đã Nghỉ", admin.unitId(), Role.CLERK, null));
		this.accounts.setEnabled(admin, account.getId(), false);
		long start = this.rows.lastId();
		this.mvc.perform(formLogin("/login").user("da-nghi-viec").password("MatKhau@Cu-123"));
		assertThat(this.rows.after(start)).extracting(AuditEvent::action, AuditEvent::actorAccountId,
				AuditEvent::unitId)
			.containsExactly(tuple("login.disabled", account.getId(), admin.unitId()));
	}

	@Test
	void theAdministratorsChangesAreRecordedBeforeAndAfterWithoutPasswords() {
		PortalUser admin = this.fixtures.user("quantri");
		long start = this.rows.lastId();
		Unit unit = this.units.create(admin, new UnitData(UnitLevel.COMMUNE, admin.unitId(), "Xã Kiểm Toán",
				"ỦY BAN NHÂN DÂN\nXÃ KIỂM TOÁN", "Kiểm Toán", "UBND", "Hội đồng nhân dân xã Kiểm Toán"));
		this.units.update(admin, unit.getId(), this.units.get(unit.getId()).getVersion(),
				new UnitData(UnitLevel.COMMUNE, admin.unitId(), "Xã Kiểm Toán Mới", "ỦY BAN NHÂN DÂN\nXÃ KIỂM TOÁN",
						"Kiểm Toán", "UBND", "Hội đồng nhân dân xã Kiểm Toán"));
		Leader leader = this.units.addLeader(admin, unit.getId(),
				new LeaderData("Đỗ Văn Kiểm", LeaderPosition.CHAIR, "Chủ tịch", 1));
		this.units.updateLeader(admin, leader.getId(), this.units.leader(leader.getId()).getVersion(),
				new LeaderData("Đỗ Văn Kiểm", LeaderPosition.DEPUTY_CHAIR, "Phó Chủ tịch", 1));
		Account account = this.accounts.create(admin, "kiemtoan", "MatKhau@Bi-Mat-1",
				new AccountData("Ngô Thị Kiểm", unit.getId(), Role.CLERK, null));
		this.accounts.update(admin, account.getId(), this.accounts.get(admin, account.getId()).getVersion(),
				new AccountData("Ngô Thị Kiểm Toán", unit.getId(), Role.COUNCIL_REVIEWER, null));
		this.accounts.resetPassword(admin, account.getId(), "MatKhau@Moi-Hon-2");
		this.accounts.setEnabled(admin, account.getId(), false);
		this.units.setLeaderActive(admin, leader.getId(), false);
		this.units.setActive(admin, unit.getId(), false);
		ReportKind kind = this.kinds.active().get(0);
		KindDefinition definition = kind.toDefinition();
		this.kinds.update(admin, kind.getId(), kind.getVersion(), definition, false);
		this.kinds.update(admin, kind.getId(), this.kinds.get(kind.getId()).getVersion(), definition, true);
		this.holidays.add(admin, LocalDate.of(2099, 12, 30), "Ngày thử");
		this.holidays.add(admin, LocalDate.of(2099, 12, 30), "Ngày thử đổi tên");
		this.holidays.remove(admin, LocalDate.of(2099, 12, 30));

		List<AuditEvent> written = this.rows.after(start);
		assertThat(written).extracting(AuditEvent::action)
			.containsExactly("unit.create", "unit.update", "leader.add", "leader.update", "account.create",
					"account.update", "account.password", "account.deactivate", "leader.deactivate", "unit.deactivate",
					"kind.update", "kind.update", "holiday.add", "holiday.update", "holiday.remove");
		assertThat(written).allSatisfy((event) -> {
			assertThat(event.actorAccountId()).isEqualTo(admin.accountId());
			assertThat(event.actorName()).isEqualTo("quantri");
		});
		assertThat(written.subList(0, 10)).extracting(AuditEvent::unitId).containsOnly(unit.getId());
		assertThat(written.subList(10, 15)).extracting(AuditEvent::unitId).containsOnly(admin.unitId());
		assertThat(written).extracting(AuditEvent::detail)
			.containsExactly("Xã Kiểm Toán (COMMUNE, parent " + admin.unitId() + ")",
					"Xã Kiểm Toán Mới: name: «» → « Mới»",
					"#" + leader.getId() + " Đỗ Văn Kiểm, Chủ tịch (CHAIR)",
					"#" + leader.getId() + " Đỗ Văn Kiểm: title: «» → «Phó »; position: CHAIR → DEPUTY_CHAIR",
					"kiemtoan (Ngô Thị Kiểm, CLERK, unit " + unit.getId() + ")",
					"kiemtoan: fullName: «» → « Toán»; role: CLERK → COUNCIL_REVIEWER", "kiemtoan", "kiemtoan",
					"#" + leader.getId() + " Đỗ Văn Kiểm", "Xã Kiểm Toán Mới", kind.getCode() + ": active: true → false",
					kind.getCode() + ": active: false → true", "2099-12-30 Ngày thử",
					"2099-12-30: «» → « đổi tên»", "2099-12-30 Ngày thử đổi tên");
		assertThat(written).allSatisfy((event) -> assertThat(event.detail()).doesNotContain("MatKhau", "{bcrypt}",
				"$2a$"));
	}

	@Test
	void anAdministratorSeesTheUnitsBelowAndNothingElseUnlessAtTheTop() {
		PortalUser admin = this.fixtures.user("quantri");
		long start = this.rows.lastId();
		Report own = this.fixtures.draft("vanthu");
		Report other = this.fixtures.draft("vanthu2");
		this.events.publishEvent(new AuditRecord(null, "ai-do", "login.failure", null, null, null, null));

		List<Long> seen = this.trail.page(admin, AuditFilter.NONE, 1).events().stream().map(AuditEvent::id).toList();
		List<AuditEvent> written = this.rows.after(start);
		assertThat(seen).contains(written.get(0).id()).doesNotContain(written.get(1).id(), written.get(2).id());

		long province = this.units.get(admin.unitId()).getParentId();
		PortalUser top = new PortalUser(admin.accountId(), "quantri", null, "Quản trị tỉnh", province, Role.ADMIN,
				null, true);
		List<Long> seenFromTheTop = this.trail.page(top, AuditFilter.NONE, 1).events().stream()
			.map(AuditEvent::id)
			.toList();
		assertThat(seenFromTheTop).contains(written.get(0).id(), written.get(1).id(), written.get(2).id());
		assertThat(this.trail.page(admin, new AuditFilter(null, null, other.getId(), null, null), 1).events())
			.isEmpty();
		assertThat(this.trail.page(admin, new AuditFilter(null, null, own.getId(), null, null), 1).events())
			.extracting(AuditEvent::action)
			.containsExactly("report.create");
		assertThatThrownBy(() -> this.trail.page(this.fixtures.user("vanthu"), AuditFilter.NONE, 1))
			.isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
	}

	@Test
	void filtersByUserActionReportAndDaysAndPagesNewestFirst() {
		PortalUser admin = this.fixtures.user("quantri");
		PortalUser clerk = this.fixtures.user("vanthu");
		Report report = this.fixtures.draft("vanthu");
		for (int i = 0; i < AuditTrail.PAGE_SIZE + 5; i++) {
			this.events.publishEvent(
					AuditRecord.of(clerk, "checklist.mark", clerk.unitId(), report.getId(), null, "lần " + i));
		}
		LocalDate today = LocalDate.now(AuditTrail.VIETNAM);
		AuditFilter byReport = new AuditFilter("VANT", "checklist.mark", report.getId(), today, today);
		AuditPage first = this.trail.page(admin, byReport, 1);
		AuditPage second = this.trail.page(admin, byReport, 2);
		assertThat(first.total()).isEqualTo(AuditTrail.PAGE_SIZE + 5);
		assertThat(first.pages()).isEqualTo(2);
		assertThat(first.events()).hasSize(AuditTrail.PAGE_SIZE);
		assertThat(first.events().get(0).detail()).isEqualTo("lần " + (AuditTrail.PAGE_SIZE + 4));
		assertThat(second.events()).extracting(AuditEvent::detail).containsExactly("lần 4", "lần 3", "lần 2", "lần 1",
				"lần 0");
		assertThat(this.trail.page(admin, byReport, 99).page()).isEqualTo(2);
		assertThat(this.trail.page(admin, new AuditFilter("hdnd", null, report.getId(), null, null), 1).total())
			.isZero();
		assertThat(this.trail.page(admin, new AuditFilter("%", null, report.getId(), null, null), 1).total())
			.isZero();
		assertThat(this.trail.page(admin, new AuditFilter(null, null, report.getId(), today.plusDays(1), null), 1)
			.total()).isZero();
		assertThat(this.trail.page(admin, new AuditFilter(null, null, report.getId(), null, today.minusDays(1)), 1)
			.total()).isZero();
		assertThat(this.trail.actions(admin)).contains("checklist.mark", "report.create");
	}

	@Test
	void thePageShowsTheRowsInVietnamTimeWithTheirLabelsAndEscapesWhatUsersTyped() throws Exception {
		PortalUser admin = this.fixtures.user("quantri");
		PortalUser clerk = this.fixtures.user("vanthu");
		Report report = this.fixtures.draft("vanthu");
		this.events.publishEvent(AuditRecord.of(clerk, "report.header", clerk.unitId(), report.getId(), 77L,
				"<b>in đậm</b>"));
		Document page = page(this.mvc, get("/admin/audit").param("report", String.valueOf(report.getId()))
			.with(user(admin)));
		assertThat(page.select("h1").text()).isEqualTo("Nhật ký hệ thống");
		assertThat(page.select("tbody tr")).hasSize(2);
		List<String> cells = page.select("tbody tr").get(0).select("td").eachText();
		assertThat(cells.get(0)).matches("\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}:\\d{2}");
		assertThat(cells.subList(1, 7)).containsExactly("vanthu", "Sửa phần đầu báo cáo", "Huyện Phú Sơn",
				"#" + report.getId(), "#77", "<b>in đậm</b>");
		assertThat(page.select("tbody tr").get(0).select("a").attr("href")).isEqualTo("/reports/" + report.getId());
		assertThat(page.select("tbody b")).isEmpty();
		assertThat(page.select("tbody tr").get(1).select("td").get(2).text()).isEqualTo("Tạo báo cáo");

		Document bad = page(this.mvc, get("/admin/audit").param("report", "mười hai").param("from", "31/12/2026")
			.param("to", "2026-01-01")
			.param("page", "x")
			.with(user(admin)));
		assertThat(bad.select(".invalid-feedback").eachText()).containsExactly("Mã báo cáo là một số, ví dụ 12.",
				"Ngày không hợp lệ.");
		assertThat(bad.select("#audit-report").attr("value")).isEqualTo("mười hai");

		Document verified = page(this.mvc, get("/admin/audit/verify").with(user(admin)));
		assertThat(verified.select("#audit-verification").text())
			.startsWith("Chuỗi nhật ký toàn vẹn: ")
			.contains("bản ghi");
	}

	@Test
	void theLabelOfEveryActionIsInTheMessages() throws Exception {
		PortalUser admin = this.fixtures.user("quantri");
		Document page = page(this.mvc, get("/admin/audit").with(user(admin)));
		assertThat(page.select("#audit-action option").eachText()).doesNotContain("").allSatisfy(
				(label) -> assertThat(label).doesNotContain("."));
	}

}
