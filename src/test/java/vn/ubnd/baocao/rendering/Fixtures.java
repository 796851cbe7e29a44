package vn.ubnd.baocao.rendering;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;

import org.springframework.context.support.ResourceBundleMessageSource;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import vn.ubnd.baocao.rendering.Block.Bullet;
import vn.ubnd.baocao.rendering.Block.Paragraph;

import static vn.ubnd.baocao.rendering.Inline.bold;
import static vn.ubnd.baocao.rendering.Inline.footnote;
import static vn.ubnd.baocao.rendering.Inline.italic;
import static vn.ubnd.baocao.rendering.Inline.text;

/**
 * A fictional six-month report of a fictional district, Huyện Phú Sơn, with fictional figures: long enough for
 * several pages, with footnotes on the first page and later ones, sections down to {@code a)}, bullets and an
 * indicator table. Also the renderers as the application would wire them, without starting the application.
 */
final class Fixtures {

	static final String FOOTNOTE_1 = "Các từ viết tắt trong văn bản: Hội đồng nhân dân (HĐND), Ủy ban nhân dân (UBND), "
			+ "Mặt trận Tổ quốc Việt Nam (MTTQVN), nông thôn mới (NTM).";

	static final String FOOTNOTE_2 = "Nghị quyết số 18/NQ-HĐND ngày 20 tháng 12 năm 2024 của HĐND huyện về nhiệm vụ "
			+ "phát triển kinh tế - xã hội năm 2025.";

	static final String FOOTNOTE_3 = "Theo số liệu của Trạm Chăn nuôi và Thú y huyện đến ngày 15/6/2025.";

	static final String FOOTNOTE_4 = "Gồm 12 trường mầm non, 14 trường tiểu học và 9 trường trung học cơ sở.";

	static final String FOOTNOTE_5 = "Kế hoạch số 96/KH-UBND ngày 02 tháng 6 năm 2025 của UBND huyện về chuyển đổi số "
			+ "giai đoạn 2025 - 2026.";

	private Fixtures() {
	}

	static OfficialDocument report() {
		return reportBuilder().build();
	}

	static OfficialDocument.Builder reportBuilder() {
		return OfficialDocument.builder()
			.issuingBody("ỦY BAN NHÂN DÂN", "HUYỆN PHÚ SƠN")
			.number(7, "BC-UBND")
			.placeAndDate("Phú Sơn", LocalDate.of(2025, 6, 18))
			.documentType("BÁO CÁO")
			.summary("Tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội 6 tháng đầu năm "
					+ "và phương hướng, nhiệm vụ 6 tháng cuối năm 2025")
			.addressees("Thường trực Hội đồng nhân dân huyện")
			.opening(Paragraph.of(text("Thực hiện Nghị quyết của Huyện ủy và Nghị quyết của Hội đồng nhân dân huyện về "
					+ "nhiệm vụ năm 2025, Ủy ban nhân dân (UBND)"), footnote(1),
					text(" huyện Phú Sơn báo cáo tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội 6 tháng đầu "
							+ "năm và phương hướng, nhiệm vụ 6 tháng cuối năm 2025 như sau:")))
			.section(new Section("I.", "Đặc điểm tình hình", HeadingLevel.SECTION, List.of(), List.of(
					Section.of("1.", "Thuận lợi", HeadingLevel.CLAUSE,
							Paragraph.of(text("UBND huyện luôn nhận được sự quan tâm lãnh đạo, chỉ đạo của Huyện ủy, sự "
									+ "giám sát của HĐND huyện theo Nghị quyết năm 2025"), footnote(2),
									text("; sự phối hợp chặt chẽ giữa các cơ quan, đơn vị và sự đồng thuận của Nhân "
											+ "dân đã tạo điều kiện thuận lợi để triển khai các nhiệm vụ được giao.")),
							Paragraph.of("Cơ cấu tổ chức và các chức danh lãnh đạo của các cơ quan chuyên môn thuộc UBND "
									+ "huyện được kiện toàn kịp thời; hoạt động công vụ được duy trì thông suốt, bảo "
									+ "đảm hiệu lực, hiệu quả trong chỉ đạo, điều hành.")),
					Section.of("2.", "Khó khăn", HeadingLevel.CLAUSE,
							Paragraph.of("Thời tiết diễn biến thất thường, nắng nóng kéo dài đầu năm ảnh hưởng đến sản "
									+ "xuất nông nghiệp; giá vật tư đầu vào ở mức cao trong khi giá một số nông sản "
									+ "chủ lực giảm so với cùng kỳ, cụ thể:"),
							Bullet.dash("Diện tích lúa bị thiếu nước cục bộ là 126 ha, tập trung ở các xã vùng cao;"),
							Bullet.dash("Giá phân bón tăng bình quân 8,5% so với cùng kỳ năm 2024.")))))
			.section(new Section("II.", "Kết quả thực hiện nhiệm vụ 6 tháng đầu năm 2025", HeadingLevel.SECTION,
					List.of(), List.of(economy(), society())))
			.section(new Section("III.", "Đánh giá chung", HeadingLevel.SECTION, List.of(), List.of(
					Section.of("1.", "Ưu điểm", HeadingLevel.CLAUSE,
							Paragraph.of("Trong chỉ đạo, điều hành, UBND huyện bám sát chương trình, kế hoạch của UBND "
									+ "tỉnh, nghị quyết của Huyện ủy và HĐND huyện để kịp thời cụ thể hóa, giao nhiệm "
									+ "vụ cho từng cơ quan, đơn vị và UBND các xã, thị trấn thực hiện."),
							Paragraph.of("Các chỉ tiêu chủ yếu đều đạt hoặc vượt tiến độ đề ra; thu ngân sách đạt khá; an "
									+ "sinh xã hội được bảo đảm; quốc phòng, an ninh được giữ vững.")),
					Section.of("2.", "Hạn chế, tồn tại", HeadingLevel.CLAUSE,
							Paragraph.of("Tiến độ giải ngân vốn đầu tư công còn chậm so với kế hoạch; một số nhiệm vụ "
									+ "được giao chưa hoàn thành đúng thời hạn; công tác bồi thường, giải phóng mặt "
									+ "bằng ở một số dự án còn vướng mắc."),
							Paragraph.of(italic("Nguyên nhân"), text(": khách quan là do nguồn lực của huyện còn hạn chế, "
									+ "thời tiết bất lợi; chủ quan là do ý thức trách nhiệm của một bộ phận cán bộ, "
									+ "công chức trong thực thi công vụ chưa cao."))))))
			.section(new Section("IV.", "Phương hướng, nhiệm vụ 6 tháng cuối năm 2025", HeadingLevel.SECTION,
					List.of(Paragraph.of(bold("1. "), text("Tiếp tục triển khai đồng bộ, hiệu quả các nghị quyết của "
							+ "Huyện ủy, HĐND huyện; tập trung chỉ đạo hoàn thành các chỉ tiêu kinh tế - xã hội năm 2025, "
							+ "nhất là các chỉ tiêu còn đạt thấp.")),
							Paragraph.of(bold("2. "), text("Đẩy mạnh chuyển đổi số, cải cách hành chính theo kế hoạch của "
									+ "UBND huyện"), footnote(5), text("; nâng tỷ lệ hồ sơ thủ tục hành chính được giải "
											+ "quyết trực tuyến toàn trình lên trên 80%.")),
							Paragraph.of(bold("3. "), text("Tập trung giải ngân vốn đầu tư công, phấn đấu đạt trên 95% "
									+ "kế hoạch vốn năm 2025; tháo gỡ kịp thời vướng mắc trong bồi thường, giải phóng "
									+ "mặt bằng."))),
					List.of()))
			.closing(Paragraph.of("Trên đây là báo cáo tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội 6 tháng "
					+ "đầu năm và phương hướng, nhiệm vụ 6 tháng cuối năm 2025 của UBND huyện Phú Sơn."))
			.footnote(FOOTNOTE_1)
			.footnote(FOOTNOTE_2)
			.footnote(FOOTNOTE_3)
			.footnote(FOOTNOTE_4)
			.footnote(FOOTNOTE_5)
			.recipients("Như trên", "TT Huyện ủy", "Đại biểu HĐND huyện", "Các cơ quan, ban ngành huyện",
					"UBND các xã, thị trấn", "Lưu: VT, VP")
			.signature(new SignatureBlock(List.of("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"), "PHÓ CHỦ TỊCH",
					"Trần Minh Khải"));
	}

	private static Section economy() {
		Section cropping = Section.of("a)", "Trồng trọt", HeadingLevel.POINT,
				Paragraph.of("Tổng diện tích gieo trồng vụ Đông Xuân đạt 8.450 ha, bằng 101,2% kế hoạch; năng suất lúa "
						+ "bình quân ước đạt 6,8 tấn/ha, tăng 0,2 tấn/ha so với cùng kỳ. Các mô hình sản xuất theo chuỗi "
						+ "giá trị tiếp tục được nhân rộng, trong đó:"),
				Bullet.dash("Mô hình cánh đồng lớn: 1.250 ha, tăng 150 ha so với cùng kỳ;"),
				Bullet.plus("Xã Phú Thịnh: 420 ha;"),
				Bullet.plus("Xã Sơn Hà: 380 ha;"),
				Bullet.dash("Diện tích cây ăn quả đạt tiêu chuẩn VietGAP: 315 ha."),
				Paragraph.of("Công tác phòng, chống sâu bệnh được thực hiện thường xuyên; không để dịch hại lây lan diện "
						+ "rộng. Hệ thống thủy lợi nội đồng được nạo vét 42 km kênh mương, bảo đảm nước tưới cho sản "
						+ "xuất vụ Hè Thu."));
		Section husbandry = Section.of("b)", "Chăn nuôi", HeadingLevel.POINT,
				Paragraph.of(text("Tổng đàn gia súc, gia cầm ổn định; đàn trâu, bò đạt 12.340 con, đàn lợn đạt 36.800 con, "
						+ "đàn gia cầm đạt 512.000 con"), footnote(3), text(". Công tác tiêm phòng vụ Xuân đạt 96,4% "
								+ "tổng đàn thuộc diện tiêm; không phát sinh dịch bệnh nguy hiểm trên địa bàn.")));
		Section agriculture = new Section("1.1.", "Sản xuất nông nghiệp", HeadingLevel.SUBCLAUSE,
				List.of(Paragraph.of("Sản xuất nông nghiệp cơ bản ổn định, giá trị sản xuất ước đạt 1.236,5 tỷ đồng, "
						+ "bằng 52,3% kế hoạch năm, tăng 3,1% so với cùng kỳ.")),
				List.of(cropping, husbandry));
		Section budget = Section.of("1.2.", "Thu, chi ngân sách", HeadingLevel.SUBCLAUSE,
				Paragraph.of("Kết quả thu, chi ngân sách 6 tháng đầu năm 2025 như sau:"),
				new Block.Table(List.of("Chỉ tiêu", "Đơn vị tính", "Dự toán năm", "Thực hiện 6 tháng", "Tỷ lệ"),
						List.of(List.of("Tổng thu ngân sách trên địa bàn", "triệu đồng", "185.000", "103.414", "55,9%"),
								List.of("Thu từ doanh nghiệp ngoài quốc doanh", "triệu đồng", "64.500", "33.217",
										"51,5%"),
								List.of("Thu tiền sử dụng đất", "triệu đồng", "70.000", "42.860", "61,2%"),
								List.of("Tổng chi ngân sách địa phương", "triệu đồng", "612.300", "287.615", "47,0%"))),
				Paragraph.of("Công tác quản lý thu được tăng cường; chi ngân sách bảo đảm đúng dự toán, tiết kiệm, đáp "
						+ "ứng kịp thời các nhiệm vụ chính trị của địa phương."));
		Section industry = Section.of("1.3.", "Công nghiệp, thương mại và dịch vụ", HeadingLevel.SUBCLAUSE,
				Paragraph.of("Giá trị sản xuất công nghiệp - tiểu thủ công nghiệp ước đạt 2.148 tỷ đồng, bằng 48,7% kế "
						+ "hoạch, tăng 6,2% so với cùng kỳ. Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ ước đạt 3.960 "
						+ "tỷ đồng, tăng 9,4% so với cùng kỳ; các chợ nông thôn hoạt động ổn định, hàng hóa phong phú, "
						+ "giá cả không có biến động lớn."),
				Paragraph.of("Công tác quản lý thị trường, chống buôn lậu, gian lận thương mại và hàng giả được tăng "
						+ "cường; đã kiểm tra 64 cơ sở kinh doanh, xử lý vi phạm hành chính 11 trường hợp với số tiền "
						+ "47,5 triệu đồng."));
		return new Section("1.", "Lĩnh vực kinh tế", HeadingLevel.CLAUSE, List.of(),
				List.of(agriculture, budget, industry));
	}

	private static Section society() {
		return Section.of("2.", "Lĩnh vực văn hóa - xã hội", HeadingLevel.CLAUSE,
				Paragraph.of(text("Ngành giáo dục hoàn thành kế hoạch năm học 2024 - 2025; toàn huyện có 35 trường"),
						footnote(4), text(", trong đó 27 trường đạt chuẩn quốc gia, đạt tỷ lệ 77,1%. Tỷ lệ học sinh "
								+ "hoàn thành chương trình tiểu học đạt 100%; tỷ lệ học sinh tốt nghiệp trung học cơ "
								+ "sở đạt 99,6%.")),
				Paragraph.of("Công tác chăm sóc sức khỏe Nhân dân được quan tâm; tỷ lệ người dân tham gia bảo hiểm y tế "
						+ "đạt 93,8%. Các chính sách an sinh xã hội được thực hiện đầy đủ, kịp thời; đã chi trả trợ cấp "
						+ "thường xuyên cho 4.126 đối tượng bảo trợ xã hội với tổng kinh phí 19,7 tỷ đồng."),
				Paragraph.of("Các hoạt động văn hóa, văn nghệ, thể dục thể thao chào mừng các ngày lễ lớn được tổ chức "
						+ "sôi nổi, an toàn, tiết kiệm; phong trào Toàn dân đoàn kết xây dựng đời sống văn hóa tiếp tục "
						+ "được duy trì, có 91,5% hộ gia đình đạt danh hiệu gia đình văn hóa."),
				Paragraph.of("Công tác giải quyết việc làm đạt kết quả khá; trong 6 tháng đã giải quyết việc làm mới cho "
						+ "1.085 lao động, bằng 54,3% kế hoạch; tỷ lệ lao động qua đào tạo đạt 71,2%. Số hộ nghèo giảm "
						+ "còn 612 hộ, chiếm tỷ lệ 2,14%."));
	}

	/** The template engine as the application configures it: templates under {@code templates/}, UTF-8 messages. */
	static SpringTemplateEngine templateEngine() {
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
		resolver.setPrefix("templates/");
		resolver.setSuffix(".html");
		resolver.setTemplateMode(TemplateMode.HTML);
		resolver.setCharacterEncoding("UTF-8");
		SpringTemplateEngine engine = new SpringTemplateEngine();
		engine.setTemplateResolver(resolver);
		engine.setTemplateEngineMessageSource(messages());
		return engine;
	}

	static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

	static HtmlRenderer htmlRenderer() {
		return new HtmlRenderer(templateEngine(), messages());
	}

	static PdfRenderer pdfRenderer() {
		return new PdfRenderer(htmlRenderer());
	}

	/** An undated draft. */
	static OfficialDocument draft() {
		return reportBuilder().number(null, "BC-UBND").placeUndated("Phú Sơn", Year.of(2025)).draft(true).build();
	}

}
