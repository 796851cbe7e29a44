package vn.ubnd.baocao.indicator;

import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import vn.ubnd.baocao.MvcForms;
import vn.ubnd.baocao.PortalIntegrationTest;
import vn.ubnd.baocao.account.AccountLookup;
import vn.ubnd.baocao.report.Report;
import vn.ubnd.baocao.report.ReportKind;
import vn.ubnd.baocao.report.ReportKindService;
import vn.ubnd.baocao.report.ReportSection;
import vn.ubnd.baocao.report.ReportService;
import vn.ubnd.baocao.system.AuditRecord;
import vn.ubnd.baocao.system.PortalUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static vn.ubnd.baocao.MvcForms.form;

/**
 * The catalogue of indicators managed by an administrator over HTTP, against the real database: what the page
 * lists, the Vietnamese messages of a form with mistakes (nothing saved), adding, editing, reordering, deactivating,
 * and what the reports' panels and print show afterwards. The catalogues are those of the annual kind, which no
 * other test changes: the commune Xã Hòa An's (a unit below the administrator's) for the forms, Huyện Phú Sơn's for
 * the reports.
 */
@PortalIntegrationTest
@RecordApplicationEvents
class IndicatorCatalogueTests {

	static final String KIND = "bc-kiem-diem-chi-dao-dieu-hanh-nam";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AccountLookup lookup;

	@Autowired
	ReportService reports;

	@Autowired
	ReportKindService kinds;

	@Autowired
	IndicatorService indicators;

	@Autowired
	ApplicationEvents events;

	PortalUser admin;

	PortalUser clerk;

	ReportKind kind;

	long hoaAn;

	@BeforeEach
	void setUp() {
		this.admin = this.lookup.findPortalUser("quantri", (id) -> true).orElseThrow();
		this.clerk = this.lookup.findPortalUser("vanthu", (id) -> true).orElseThrow();
		this.kind = this.kinds.all().stream().filter((k) -> k.getCode().equals(KIND)).findFirst().orElseThrow();
		this.hoaAn = this.jdbc.sql("select id from unit where name = 'Xã Hòa An'").query(Long.class).single();
	}

	@Test
	void theAdministratorSeesTheCatalogueOfAUnitBelowAndMistakesAreRefusedFieldByField() throws Exception {
		Document page = page(this.hoaAn);
		List<String> defaults = this.kind.toDefinition().indicators().stream().map((i) -> i.code()).toList();
		assertThat(page.select("tr.catalogue-row").eachAttr("data-code")).containsExactlyElementsOf(defaults);
		Element first = page.selectFirst("tr.catalogue-row");
		assertThat(first.text()).contains("THU_NSNN", "Thu ngân sách nhà nước trên địa bàn", "triệu đồng",
				"Tài chính - ngân sách", "NQ HĐND", "Tỉnh giao", "Cùng kỳ", "0 · 2", "Đang theo dõi");
		assertThat(page.select(".catalogue-kinds a.active").text()).isEqualTo(this.kind.getName());
		long before = count(this.hoaAn);

		MvcResult wrong = add(this.hoaAn, "code", "thu ngân sách", "name", " ", "unitOfMeasure", "ha",
				"decimals", "hai", "ratioDecimals", "7", "comparisons", "PLAN");
		assertThat(wrong.getResponse().getStatus()).isEqualTo(200);
		Document shown = org.jsoup.Jsoup.parse(wrong.getResponse().getContentAsString());
		assertThat(shown.select("details.catalogue-add").hasAttr("open")).isTrue();
		assertThat(feedback(shown, "code")).startsWith("Mã chỉ tiêu chỉ gồm chữ cái không dấu");
		assertThat(feedback(shown, "name")).isEqualTo("Hãy nhập tên chỉ tiêu.");
		assertThat(feedback(shown, "decimals")).isEqualTo("Số chữ số thập phân phải là số nguyên từ 0 đến 6.");
		assertThat(feedback(shown, "ratioDecimals"))
			.isEqualTo("Số chữ số thập phân của tỷ lệ phải là số nguyên từ 0 đến 4.");
		// as typed
		assertThat(shown.select("#unitOfMeasure").val()).isEqualTo("ha");
		assertThat(shown.select("input[name=comparisons][value=PLAN]").hasAttr("checked")).isTrue();

		MvcResult duplicate = add(this.hoaAn, "code", "thu_nsnn", "name", "Thu ngân sách lần hai");
		assertThat(feedback(org.jsoup.Jsoup.parse(duplicate.getResponse().getContentAsString()), "code"))
			.startsWith("Mã này đã có trong danh mục");
		assertThat(count(this.hoaAn)).isEqualTo(before);
		assertThat(this.events.stream(AuditRecord.class).filter((a) -> a.action().startsWith("indicator."))).isEmpty();

		// a clerk does not manage the catalogue; an administrator of another unit does not see it
		assertThat(this.mvc.perform(get("/admin/units/" + this.hoaAn + "/indicators").with(user(this.clerk)))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(403);
		PortalUser tanHaAdmin = new PortalUser(this.admin.accountId(), "quantri", null, "Quản trị", this.jdbc
			.sql("select id from unit where name = 'Huyện Tân Hà'").query(Long.class).single(),
				vn.ubnd.baocao.system.Role.ADMIN, null, true);
		assertThat(this.mvc.perform(get("/admin/units/" + this.hoaAn + "/indicators").with(user(tanHaAdmin)))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(404);
	}

	@Test
	void addedEditedReorderedAndDeactivatedIndicatorsShowInTheReportsThatShouldShowThem() throws Exception {
		long unit = this.clerk.unitId();
		page(unit);
		// last year's report has figures for CHI_NSDP
		Report lastYear = create(2073);
		String chi = id(unit, "CHI_NSDP");
		assertThat(save(lastYear, chi, "actual", "150", "samePeriod", "120", "targetCouncil", "300").getResponse()
			.getStatus()).isEqualTo(200);

		// a new indicator, measured against the plan and last year, its ratios rounded to one decimal
		MvcResult added = add(unit, "code", "dien_tich_lua", "name", "Diện tích gieo trồng lúa", "unitOfMeasure",
				"ha", "decimals", "1", "ratioDecimals", "1", "sector", "Nông nghiệp", "comparisons", "PLAN",
				"comparisons", "SAME_PERIOD");
		assertThat(added.getResponse().getStatus()).isEqualTo(302);
		String lua = id(unit, "DIEN_TICH_LUA");
		assertThat(added.getResponse().getRedirectedUrl()).endsWith("#indicator-" + lua);
		assertThat(page(unit).select("tr.catalogue-row").last().attr("data-code")).isEqualTo("DIEN_TICH_LUA");
		assertThat(audit("indicator.add")).contains("DIEN_TICH_LUA Diện tích gieo trồng lúa");

		// moved up once: before the last of the defaults
		assertThat(this.mvc.perform(form(post("/admin/indicators/" + lua + "/move"), this.admin, "direction", "up"))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(302);
		List<String> order = page(unit).select("tr.catalogue-row").eachAttr("data-code");
		assertThat(order.get(order.size() - 2)).isEqualTo("DIEN_TICH_LUA");

		// CHI_NSDP is no longer tracked
		assertThat(this.mvc.perform(form(post("/admin/indicators/" + chi + "/active"), this.admin, "active", "false"))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(302);
		assertThat(page(unit).select("tr.catalogue-row[data-code=CHI_NSDP]").text()).contains("Ngừng theo dõi",
				"Theo dõi lại");
		assertThat(audit("indicator.deactivate")).startsWith("CHI_NSDP");

		Report thisYear = create(2074);
		Document panel = panel(thisYear);
		List<String> codes = panel.select("tr.indicator-row").eachAttr("data-code");
		assertThat(codes).contains("DIEN_TICH_LUA").doesNotContain("CHI_NSDP");
		assertThat(codes.indexOf("DIEN_TICH_LUA")).isEqualTo(codes.size() - 2);
		// the old report keeps the deactivated indicator and its figures
		Element old = panel(lastYear).selectFirst("tr.indicator-row[data-code=CHI_NSDP]");
		assertThat(old).isNotNull();
		assertThat(old.select("input[name=actual]").val()).isEqualTo("150");
		// a figure for it in the new report is refused: it is not in its panel
		assertThat(save(thisYear, chi, "actual", "1").getResponse().getStatus()).isEqualTo(404);

		// ratios rounded to one decimal, half up: 1.234,5 of 1.500 is 82,3%; 1.234,5 of 1.111 is 111,1%
		MvcResult saved = save(thisYear, lua, "actual", "1.234,5", "plan", "1.500", "samePeriod", "1.111");
		assertThat(saved.getResponse().getContentAsString()).contains("Đạt 82,3%", "Bằng 111,1% so với cùng kỳ");
		ReportSection section = thisYear.childrenOf(null).get(0);
		this.reports.editSection(this.clerk, thisYear.getId(), section.getId(), section.getVersion(),
				section.getTitle(), "{{câu chỉ tiêu DIEN_TICH_LUA}}.");
		assertThat(print(thisYear).text()).contains("Diện tích gieo trồng lúa thực hiện 1.234,5 ha, đạt 82,3% kế "
				+ "hoạch (1.500,0 ha), bằng 111,1% so với cùng kỳ (1.111,0 ha).");

		// edited: whole percentages, another name; the code stays whatever is posted
		Document edit = MvcForms.page(this.mvc, get("/admin/indicators/" + lua + "/edit").with(user(this.admin)));
		assertThat(edit.select("#code").val()).isEqualTo("DIEN_TICH_LUA");
		assertThat(edit.select("#code").hasAttr("readonly")).isTrue();
		String version = edit.select("input[name=version]").val();
		MvcResult updated = this.mvc.perform(form(post("/admin/indicators/" + lua), this.admin, "code", "KHAC",
				"name", "Diện tích lúa cả năm", "unitOfMeasure", "ha", "decimals", "1", "ratioDecimals", "0",
				"sector", "Nông nghiệp", "comparisons", "PLAN", "comparisons", "SAME_PERIOD", "version", version))
			.andReturn();
		assertThat(updated.getResponse().getStatus()).isEqualTo(302);
		assertThat(print(thisYear).text()).contains("Diện tích lúa cả năm thực hiện 1.234,5 ha, đạt 82% kế hoạch");
		assertThat(id(unit, "DIEN_TICH_LUA")).isEqualTo(lua);
		// the same copy again is outdated
		assertThat(this.mvc.perform(form(post("/admin/indicators/" + lua), this.admin, "name", "Khác", "decimals",
				"1", "ratioDecimals", "2", "version", version)).andReturn().getResponse().getStatus()).isEqualTo(409);
		assertThat(this.jdbc.sql("select name from indicator where id = ?").param(Long.parseLong(lua))
			.query(String.class)
			.single()).isEqualTo("Diện tích lúa cả năm");

		// back in the panel of new reports once active again
		this.mvc.perform(form(post("/admin/indicators/" + chi + "/active"), this.admin, "active", "true"));
		assertThat(panel(create(2075)).select("tr.indicator-row").eachAttr("data-code")).contains("CHI_NSDP");
	}

	private String audit(String action) {
		return this.events.stream(AuditRecord.class)
			.filter((a) -> a.action().equals(action))
			.reduce((a, b) -> b)
			.map(AuditRecord::detail)
			.orElse("");
	}

	private static String feedback(Document page, String field) {
		Element input = page.selectFirst("#" + field);
		assertThat(input.hasClass("is-invalid")).as(field).isTrue();
		return input.parent().select(".invalid-feedback").text();
	}

	private long count(long unit) {
		return this.jdbc.sql("select count(*) from indicator where unit_id = ? and kind_id = ?")
			.params(unit, this.kind.getId())
			.query(Long.class)
			.single();
	}

	private String id(long unit, String code) {
		return String.valueOf(this.jdbc.sql("select id from indicator where unit_id = ? and kind_id = ? and code = ?")
			.params(unit, this.kind.getId(), code)
			.query(Long.class)
			.single());
	}

	private Document page(long unit) throws Exception {
		return MvcForms.page(this.mvc,
				get("/admin/units/" + unit + "/indicators").param("kind", String.valueOf(this.kind.getId()))
					.with(user(this.admin)));
	}

	private MvcResult add(long unit, String... params) throws Exception {
		return this.mvc
			.perform(form(post("/admin/units/" + unit + "/indicators").param("kind", String.valueOf(this.kind.getId())),
					this.admin, params))
			.andReturn();
	}

	private Report create(int year) {
		return this.reports.create(this.clerk,
				new ReportService.NewReport(this.kind.getId(), year, null, null, null, false));
	}

	private Document panel(Report report) throws Exception {
		return MvcForms.page(this.mvc, get("/reports/" + report.getId() + "/indicators").with(user(this.clerk)));
	}

	private Document print(Report report) throws Exception {
		return MvcForms.page(this.mvc, get("/reports/" + report.getId() + "/print").with(user(this.clerk)));
	}

	private MvcResult save(Report report, String indicatorId, String... params) throws Exception {
		String[] all = java.util.Arrays.copyOf(params, params.length + 2);
		all[params.length] = "version";
		all[params.length + 1] = String.valueOf(this.jdbc
			.sql("select coalesce(max(version), -1) from indicator_value where report_id = ? and indicator_id = ?")
			.params(report.getId(), Long.parseLong(indicatorId))
			.query(Long.class)
			.single());
		return this.mvc
			.perform(form(post("/reports/" + report.getId() + "/indicators/" + indicatorId), this.clerk, all))
			.andReturn();
	}

}
