package vn.ubnd.baocao.indicator;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
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
import vn.ubnd.baocao.system.PortalUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static vn.ubnd.baocao.MvcForms.form;

/**
 * The printed indicator table ({@code {{bảng chỉ tiêu}}}) in the print view, the PDF and the DOCX: every target a
 * row has a figure for (the council's resolution, the province's, the plan) and the same period, each with its
 * percentage under its name; nothing for a comparison no row has a figure for; and the widest table still inside
 * the text area of an upright A4 page.
 */
@PortalIntegrationTest
class IndicatorTableTests {

	static final String KIND = "bc-6-thang-chi-dao-dieu-hanh";

	/** A4 upright, 30 mm left margin, 15 mm right margin (official format §1). */
	static final double RIGHT_EDGE = (210 - 15) * 72 / 25.4;

	static final double LEFT_EDGE = 30 * 72 / 25.4;

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

	PortalUser clerk;

	ReportKind kind;

	@BeforeEach
	void setUp() {
		this.clerk = this.lookup.findPortalUser("vanthu", (id) -> true).orElseThrow();
		this.kind = this.kinds.all().stream().filter((k) -> k.getCode().equals(KIND)).findFirst().orElseThrow();
		this.indicators.catalogue(this.clerk.unitId(), this.kind.getId());
	}

	@Test
	void everyTargetAnyRowHasIsPrintedWithItsPercentageInHtmlPdfAndDocx() throws Exception {
		Report report = report(2076);
		save(report, "THU_NSNN", "actual", "270.000", "targetCouncil", "335.000", "targetProvince", "269.000",
				"samePeriod", "208.694");
		save(report, "GIAI_NGAN_DTC", "actual", "96.450", "estimated", "true", "plan", "180.000", "samePeriod",
				"88.120");

		Document print = MvcForms.page(this.mvc, get("/reports/" + report.getId() + "/print").with(user(this.clerk)));
		Element table = print.selectFirst("table.data");
		List<Element> headerRows = table.select("thead tr");
		assertThat(headerRows).hasSize(2);
		assertThat(headerRows.get(0).select("th").eachText()).containsExactly("Chỉ tiêu", "Đơn vị tính", "Thực hiện",
				"Nghị quyết HĐND giao", "Tỉnh giao", "Kế hoạch", "Cùng kỳ năm trước");
		assertThat(headerRows.get(0).select("th[rowspan=2]")).hasSize(3);
		assertThat(headerRows.get(0).select("th[colspan=2]")).hasSize(4);
		assertThat(headerRows.get(1).select("th").eachText()).containsExactly("Chỉ tiêu", "Tỷ lệ đạt", "Chỉ tiêu",
				"Tỷ lệ đạt", "Chỉ tiêu", "Tỷ lệ đạt", "Thực hiện", "So sánh");
		List<String> revenue = row(table, "Thu ngân sách nhà nước trên địa bàn");
		assertThat(revenue).containsExactly("Thu ngân sách nhà nước trên địa bàn", "triệu đồng", "270.000", "335.000",
				"80,60%", "269.000", "100,37%", "", "", "208.694", "129,38%");
		List<String> investment = row(table, "Giải ngân vốn đầu tư công (ước)");
		assertThat(investment).containsExactly("Giải ngân vốn đầu tư công (ước)", "triệu đồng", "96.450", "", "", "",
				"", "180.000", "53,58%", "88.120", "109,45%");
		// a row without figures keeps its empty cells
		assertThat(table.select("tbody tr")).hasSize(activeIndicators());
		assertThat(table.select("tbody tr").get(1).select("td")).hasSize(11);

		// the PDF: the same headings and figures, within the text area of an upright A4 page
		byte[] pdf = this.mvc.perform(get("/reports/" + report.getId() + "/pdf").with(user(this.clerk)))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		Files.createDirectories(Path.of("target", "rendered"));
		Files.write(Path.of("target", "rendered", "indicator-table.pdf"), pdf);
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(document.getPage(0).getMediaBox().getWidth()).isLessThan(document.getPage(0)
				.getMediaBox()
				.getHeight());
			List<TextPosition> glyphs = new ArrayList<>();
			PDFTextStripper positions = new PDFTextStripper() {

				@Override
				protected void processTextPosition(TextPosition text) {
					glyphs.add(text);
				}

			};
			positions.writeText(document, new StringWriter());
			String flat = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
			assertThat(flat).contains("Nghị quyết HĐND giao", "Tỉnh giao", "Kế hoạch", "Cùng kỳ năm trước", "80,60%",
					"100,37%", "53,58%", "129,38%", "109,45%");
			assertThat(glyphs).allSatisfy((glyph) -> assertThat(glyph.getXDirAdj() + glyph.getWidthDirAdj())
				.as(glyph.getUnicode())
				.isLessThanOrEqualTo((float) RIGHT_EDGE + 1));
		}

		// the DOCX: two header rows, a heading over each pair of columns, the others merged down
		byte[] docx = this.mvc.perform(get("/reports/" + report.getId() + "/docx").with(user(this.clerk)))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		Files.write(Path.of("target", "rendered", "indicator-table.docx"), docx);
		try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(docx))) {
			XWPFTable data = word.getTables()
				.stream()
				.filter((t) -> t.getText().contains("Tỷ lệ đạt"))
				.findFirst()
				.orElseThrow();
			assertThat(data.getRow(0).isRepeatHeader()).isTrue();
			assertThat(data.getRow(1).isRepeatHeader()).isTrue();
			assertThat(data.getRow(0).getTableCells()).extracting(XWPFTableCell::getText)
				.containsExactly("Chỉ tiêu", "Đơn vị tính", "Thực hiện", "Nghị quyết HĐND giao", "Tỉnh giao",
						"Kế hoạch", "Cùng kỳ năm trước");
			assertThat(data.getRow(0).getCell(3).getCTTc().getTcPr().getGridSpan().getVal().intValue()).isEqualTo(2);
			assertThat(data.getRow(0).getCell(0).getCTTc().getTcPr().getVMerge().getVal().toString())
				.isEqualTo("restart");
			assertThat(data.getRow(1).getCell(0).getCTTc().getTcPr().getVMerge().getVal().toString())
				.isEqualTo("continue");
			assertThat(data.getRow(1).getTableCells()).extracting(XWPFTableCell::getText)
				.containsExactly("", "", "", "Chỉ tiêu", "Tỷ lệ đạt", "Chỉ tiêu", "Tỷ lệ đạt", "Chỉ tiêu", "Tỷ lệ đạt",
						"Thực hiện", "So sánh");
			assertThat(data.getRow(2).getTableCells()).extracting(XWPFTableCell::getText)
				.containsExactlyElementsOf(revenue);
		}
	}

	/** Reports of years whose year before has none: no same period is taken from last year. */
	@Test
	void comparisonsNoRowHasAFigureForAreLeftOut() throws Exception {
		Report report = report(2080);
		save(report, "GIAI_NGAN_DTC", "actual", "96.450", "plan", "180.000");
		Document print = MvcForms.page(this.mvc, get("/reports/" + report.getId() + "/print").with(user(this.clerk)));
		Element table = print.selectFirst("table.data");
		assertThat(table.select("thead tr").first().select("th").eachText()).containsExactly("Chỉ tiêu",
				"Đơn vị tính", "Thực hiện", "Kế hoạch");
		assertThat(row(table, "Giải ngân vốn đầu tư công")).containsExactly("Giải ngân vốn đầu tư công",
				"triệu đồng", "96.450", "180.000", "53,58%");

		Report empty = report(2082);
		Document none = MvcForms.page(this.mvc, get("/reports/" + empty.getId() + "/print").with(user(this.clerk)));
		assertThat(none.select("table.data thead tr")).hasSize(2);
		assertThat(none.select("table.data thead tr").first().select("th").eachText()).containsExactly("Chỉ tiêu",
				"Đơn vị tính", "Thực hiện");
		assertThat(none.select("table.data thead tr").last().select("th")).isEmpty();
	}

	private static List<String> row(Element table, String name) {
		return table.select("tbody tr")
			.stream()
			.filter((tr) -> tr.select("td").first().text().equals(name))
			.findFirst()
			.orElseThrow()
			.select("td")
			.stream()
			.map(Element::text)
			.toList();
	}

	private int activeIndicators() {
		return this.jdbc.sql("select count(*) from indicator where unit_id = ? and kind_id = ? and active")
			.params(this.clerk.unitId(), this.kind.getId())
			.query(Integer.class)
			.single();
	}

	private Report report(int year) {
		Report report = this.reports.create(this.clerk,
				new ReportService.NewReport(this.kind.getId(), year, 1, null, null, false));
		ReportSection section = report.childrenOf(null).get(0);
		this.reports.editSection(this.clerk, report.getId(), section.getId(), section.getVersion(), section.getTitle(),
				"Kết quả thực hiện các chỉ tiêu chủ yếu như sau:\n{{bảng chỉ tiêu}}");
		return report;
	}

	private void save(Report report, String code, String... params) throws Exception {
		long indicator = this.jdbc.sql("select id from indicator where unit_id = ? and kind_id = ? and code = ?")
			.params(this.clerk.unitId(), this.kind.getId(), code)
			.query(Long.class)
			.single();
		String[] all = java.util.Arrays.copyOf(params, params.length + 2);
		all[params.length] = "version";
		all[params.length + 1] = "-1";
		MvcResult saved = this.mvc
			.perform(form(post("/reports/" + report.getId() + "/indicators/" + indicator), this.clerk, all))
			.andReturn();
		assertThat(saved.getResponse().getStatus()).isEqualTo(200);
	}

}
