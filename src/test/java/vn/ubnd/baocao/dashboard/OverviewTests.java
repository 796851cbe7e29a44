package vn.ubnd.baocao.dashboard;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;

import vn.ubnd.baocao.PortalIntegrationTest;
import vn.ubnd.baocao.indicator.IndicatorService;
import vn.ubnd.baocao.report.Report;
import vn.ubnd.baocao.report.ReportKind;
import vn.ubnd.baocao.report.ReportKindService;
import vn.ubnd.baocao.report.ReportService;
import vn.ubnd.baocao.system.NotFoundException;
import vn.ubnd.baocao.system.PortalUser;
import vn.ubnd.baocao.system.Role;
import vn.ubnd.baocao.workflow.ReportWorkflow;
import vn.ubnd.baocao.workflow.WorkflowFixtures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The period overview, its exports and the indicators across periods and units, against the real database, with
 * reports written and submitted through the real services. Each test uses years of its own (2001–2009).
 */
@PortalIntegrationTest
class OverviewTests {

	@Autowired
	PeriodOverview overview;

	@Autowired
	IndicatorOverview indicators;

	@Autowired
	IndicatorService indicatorService;

	@Autowired
	ReportService reports;

	@Autowired
	ReportKindService kinds;

	@Autowired
	ReportWorkflow workflow;

	@Autowired
	WorkflowFixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	private PortalUser in(String unitName, Role role) {
		PortalUser base = this.fixtures.user("vanthu");
		long unit = unitId(unitName);
		return new PortalUser(base.accountId(), base.getUsername(), null, base.fullName(), unit, role, null, true);
	}

	private long unitId(String unitName) {
		return this.jdbc.sql("select id from unit where name = ?").param(unitName).query(Long.class).single();
	}

	private ReportKind kind() {
		return this.kinds.active()
			.stream()
			.filter((k) -> k.getCode().equals("bc-6-thang-tinh-hinh-cong-tac"))
			.findFirst()
			.orElseThrow();
	}

	private Report draft(PortalUser clerk, int year, int half) {
		return this.reports.create(clerk, new ReportService.NewReport(kind().getId(), year, half, null, null, false));
	}

	private static Map<String, PeriodOverview.Line> byUnit(PeriodOverview.Overview overview) {
		return overview.lines()
			.stream()
			.collect(Collectors.toMap((l) -> l.unit().getName(), Function.identity()));
	}

	@Test
	void eachUnitBelowIsShownWithItsStateAndHowLate() {
		PortalUser clerk = this.fixtures.user("vanthu");
		PortalUser commune = in("Xã Hòa An", Role.CLERK);
		Report own = draft(clerk, 2001, 1);
		Report below = draft(commune, 2001, 1);
		LocalDate today = LocalDate.now(ReportWorkflow.VIETNAM);
		PeriodOverview.Overview result = this.overview.overview(clerk,
				new PeriodOverview.Request(clerk.unitId(), kind().getId(), 2001, 1));
		Map<String, PeriodOverview.Line> lines = byUnit(result);
		assertThat(lines).containsKeys("Huyện Phú Sơn", "Xã Hòa An").doesNotContainKeys("Huyện Tân Hà", "Tỉnh Bình Nguyên");
		assertThat(result.lines().get(0).unit().getName()).isEqualTo("Huyện Phú Sơn");
		assertThat(result.lines().subList(1, result.lines().size())).allSatisfy((l) -> assertThat(l.depth()).isEqualTo(1));
		PeriodOverview.Line ownLine = lines.get("Huyện Phú Sơn");
		assertThat(ownLine.state()).isEqualTo(PeriodOverview.State.DRAFT);
		assertThat(ownLine.reportId()).isEqualTo(own.getId());
		assertThat(ownLine.stillLate()).isTrue();
		assertThat(ownLine.daysLate()).isEqualTo(ChronoUnit.DAYS.between(own.getDeadline(), today));
		// the commune's draft: its state, but not the report (a draft of a unit below is not readable)
		PeriodOverview.Line belowLine = lines.get("Xã Hòa An");
		assertThat(belowLine.state()).isEqualTo(PeriodOverview.State.DRAFT);
		assertThat(belowLine.reportId()).isNull();
		assertThat(result.counts()).containsEntry(PeriodOverview.State.DRAFT, 2L);
		assertThat(result.late()).isEqualTo(result.lines().stream().filter(PeriodOverview.Line::late).count())
			.isGreaterThanOrEqualTo(2);

		this.workflow.submit(commune, below.getId());
		this.workflow.submit(clerk, own.getId());
		lines = byUnit(this.overview.overview(clerk, new PeriodOverview.Request(clerk.unitId(), kind().getId(), 2001, 1)));
		assertThat(lines.get("Xã Hòa An").state()).isEqualTo(PeriodOverview.State.SUBMITTED);
		assertThat(lines.get("Xã Hòa An").reportId()).isEqualTo(below.getId());
		assertThat(lines.get("Xã Hòa An").submittedOn()).isEqualTo(today);
		assertThat(lines.get("Xã Hòa An").stillLate()).isFalse();
		assertThat(lines.get("Xã Hòa An").daysLate()).isEqualTo(ChronoUnit.DAYS.between(below.getDeadline(), today));
	}

	@Test
	void theProvinceSeesEveryUnitAndNoOneSeesAUnitOutsideTheirs() {
		PortalUser province = in("Tỉnh Bình Nguyên", Role.CHAIR);
		draft(this.fixtures.user("vanthu2"), 2002, 2);
		PeriodOverview.Overview result = this.overview.overview(province,
				new PeriodOverview.Request(province.unitId(), kind().getId(), 2002, 2));
		Map<String, PeriodOverview.Line> lines = byUnit(result);
		assertThat(lines).containsKeys("Tỉnh Bình Nguyên", "Huyện Phú Sơn", "Huyện Tân Hà", "Xã Hòa An");
		assertThat(lines.get("Huyện Tân Hà").state()).isEqualTo(PeriodOverview.State.DRAFT);
		assertThat(lines.get("Huyện Tân Hà").reportId()).isNull();
		assertThat(lines.get("Huyện Phú Sơn").state()).isEqualTo(PeriodOverview.State.NOT_STARTED);
		assertThat(lines.get("Huyện Phú Sơn").stillLate()).isTrue();
		assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> this.overview.overview(
				this.fixtures.user("vanthu"),
				new PeriodOverview.Request(unitId("Huyện Tân Hà"), kind().getId(), 2002, 2)));
		assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> this.overview.overview(
				this.fixtures.user("hdnd"),
				new PeriodOverview.Request(unitId("Tỉnh Bình Nguyên"), kind().getId(), 2002, 2)));
	}

	@Test
	void theExportsAreCsvWithAByteOrderMarkAndXlsx() throws Exception {
		PortalUser clerk = this.fixtures.user("vanthu");
		draft(clerk, 2004, 1);
		String query = "?kindId=" + kind().getId() + "&year=2004&number=1";
		MockHttpServletResponse csv = this.mvc
			.perform(get("/overview/csv" + query).with(SecurityMockMvcRequestPostProcessors.user(clerk)))
			.andReturn()
			.getResponse();
		assertThat(csv.getStatus()).isEqualTo(200);
		assertThat(csv.getContentType()).startsWith("text/csv");
		assertThat(csv.getHeader("Content-Disposition")).contains("attachment").contains(".csv");
		byte[] bytes = csv.getContentAsByteArray();
		assertThat(bytes[0]).isEqualTo((byte) 0xEF);
		assertThat(bytes[1]).isEqualTo((byte) 0xBB);
		assertThat(bytes[2]).isEqualTo((byte) 0xBF);
		List<String> lines = new String(bytes, StandardCharsets.UTF_8).substring(1).lines().toList();
		assertThat(lines.get(1)).isEqualTo("Đơn vị,Cấp,Tình trạng,Hạn gửi,Ngày trình,Số ngày trễ,Số văn bản,Ngày ban hành");
		assertThat(lines).anySatisfy((line) -> assertThat(line).startsWith("Huyện Phú Sơn,Cấp huyện,Đang soạn,"));
		assertThat(lines).anySatisfy((line) -> assertThat(line).startsWith("  Xã Hòa An,Cấp xã,Chưa tạo,"));

		MockHttpServletResponse xlsx = this.mvc
			.perform(get("/overview/xlsx" + query).with(SecurityMockMvcRequestPostProcessors.user(clerk)))
			.andReturn()
			.getResponse();
		assertThat(xlsx.getStatus()).isEqualTo(200);
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.getContentAsByteArray()))) {
			Sheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("Đơn vị");
			assertThat(sheet.getRow(3).getCell(0).getStringCellValue()).isEqualTo("Huyện Phú Sơn");
			assertThat(sheet.getRow(3).getCell(2).getStringCellValue()).isEqualTo("Đang soạn");
			assertThat(sheet.getRow(3).getCell(5).getNumericCellValue()).isPositive();
		}
	}

	@Test
	void aCsvCellThatLooksLikeAFormulaIsPlainText() throws Exception {
		java.lang.reflect.Method cell = Class.forName("vn.ubnd.baocao.dashboard.web.OverviewExport")
			.getDeclaredMethod("cell", String.class);
		cell.setAccessible(true);
		assertThat(cell.invoke(null, "=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
		assertThat(cell.invoke(null, "Xã A, huyện B")).isEqualTo("\"Xã A, huyện B\"");
		assertThat(cell.invoke(null, "Huyện Phú Sơn")).isEqualTo("Huyện Phú Sơn");
	}

	@Test
	void aBadPeriodIsAMessageNotAnError() throws Exception {
		PortalUser clerk = this.fixtures.user("vanthu");
		for (String query : List.of("?kindId=" + kind().getId() + "&year=2004&number=7", "?year=abc&number=x",
				"?kindId=999999999", "?unitId=abc", "?kindId=" + kind().getId() + "&year=1&number=1")) {
			MockHttpServletResponse response = this.mvc
				.perform(get("/overview" + query).with(SecurityMockMvcRequestPostProcessors.user(clerk)))
				.andReturn()
				.getResponse();
			assertThat(response.getStatus()).as(query).isEqualTo(200);
		}
		String html = this.mvc
			.perform(get("/overview?kindId=" + kind().getId() + "&year=2004&number=7")
				.with(SecurityMockMvcRequestPostProcessors.user(clerk)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("Kỳ trong năm không hợp lệ");
	}

	private void figures(PortalUser clerk, Report report, String code, String actual, String council) {
		long indicator = this.indicatorService.catalogue(report.getUnitId(), report.getKindId())
			.stream()
			.filter((i) -> i.getCode().equals(code))
			.findFirst()
			.orElseThrow()
			.getId();
		this.indicatorService.saveValue(clerk, report.getId(), indicator, -1,
				new IndicatorService.FiguresInput(actual, false, council, null, null, null));
	}

	@Test
	void theProvinceRollsUpItsDistrictsFiguresAndRecomputesTheRatio() {
		PortalUser phuSon = this.fixtures.user("vanthu");
		PortalUser tanHa = this.fixtures.user("vanthu2");
		Report a = draft(phuSon, 2005, 1);
		figures(phuSon, a, "THU_NSNN", "270", "335");
		figures(phuSon, a, "TY_LE_HO_NGHEO", "2,15", "2");
		Report b = draft(tanHa, 2005, 1);
		figures(tanHa, b, "THU_NSNN", "30", "65");
		figures(tanHa, b, "TY_LE_HO_NGHEO", "3,4", "3");
		PortalUser province = in("Tỉnh Bình Nguyên", Role.CHAIR);
		// drafts of the units below are not read
		IndicatorOverview.Across before = this.indicators.across(province, province.unitId(), kind().getId(), 2005, 1,
				"THU_NSNN");
		assertThat(before.rollUp().reporting()).isZero();
		this.workflow.submit(phuSon, a.getId());
		this.workflow.submit(tanHa, b.getId());
		IndicatorOverview.Across across = this.indicators.across(province, province.unitId(), kind().getId(), 2005,
				1, "THU_NSNN");
		assertThat(across.children()).extracting((c) -> c.unit().getName())
			.containsExactlyInAnyOrder("Huyện Phú Sơn", "Huyện Tân Hà");
		assertThat(across.rollUp().reporting()).isEqualTo(2);
		assertThat(across.rollUp().actual()).isEqualByComparingTo("300");
		assertThat(across.rollUp().targetCouncil()).isEqualByComparingTo("400");
		assertThat(across.rollUp().percentOfCouncil()).isEqualByComparingTo("75.00");
		assertThat(across.children()).anySatisfy((c) -> {
			assertThat(c.unit().getName()).isEqualTo("Huyện Phú Sơn");
			assertThat(c.point().percentOfCouncil()).isEqualByComparingTo("80.60");
		});
		IndicatorOverview.Across ratio = this.indicators.across(province, province.unitId(), kind().getId(), 2005, 1,
				"TY_LE_HO_NGHEO");
		assertThat(ratio.rollUp().summable()).isFalse();
		assertThat(ratio.rollUp().notSummable()).isEqualTo(RollUp.NotSummable.RATIO);
		assertThat(ratio.rollUp().actual()).isNull();
		// the district sees its commune (none reported), not its sibling
		assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> this.indicators.across(phuSon,
				tanHa.unitId(), kind().getId(), 2005, 1, "THU_NSNN"));
	}

	@Test
	void anIndicatorOverAUnitsPeriodsOldestFirst() {
		PortalUser clerk = this.fixtures.user("vanthu");
		Report first = draft(clerk, 2006, 1);
		figures(clerk, first, "THU_NSNN", "100", "200");
		Report second = draft(clerk, 2006, 2);
		figures(clerk, second, "THU_NSNN", "150", "200");
		IndicatorOverview.Trend trend = this.indicators.trend(clerk, clerk.unitId(), kind().getId(), "THU_NSNN");
		List<IndicatorOverview.Point> points = trend.points()
			.stream()
			.filter((p) -> p.periodYear() == 2006)
			.toList();
		assertThat(points).extracting(IndicatorOverview.Point::reportId).containsExactly(first.getId(), second.getId());
		assertThat(points.get(1).figures().actual()).isEqualByComparingTo("150");
		assertThat(points.get(1).percentOfCouncil()).isEqualByComparingTo("75.00");
		assertThat(trend.points()).hasSizeLessThanOrEqualTo(IndicatorOverview.TREND_PERIODS);
		// the district above does not see the commune's drafts in a trend either
		PortalUser commune = in("Xã Hòa An", Role.CLERK);
		Report communeDraft = draft(commune, 2006, 1);
		figures(commune, communeDraft, "THU_NSNN", "5", "10");
		assertThat(this.indicators.trend(clerk, commune.unitId(), kind().getId(), "THU_NSNN").points())
			.extracting(IndicatorOverview.Point::reportId)
			.doesNotContain(communeDraft.getId());
		assertThatExceptionOfType(NotFoundException.class)
			.isThrownBy(() -> this.indicators.trend(clerk, clerk.unitId(), kind().getId(), "NO_SUCH_CODE"));
	}

}
