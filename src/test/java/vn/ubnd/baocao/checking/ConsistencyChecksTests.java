package vn.ubnd.baocao.checking;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

import vn.ubnd.baocao.report.ReportView;
import vn.ubnd.baocao.report.SectionContent;

import static org.assertj.core.api.Assertions.assertThat;

/** The facade on a report of the portal: findings with their Vietnamese messages. */
class ConsistencyChecksTests {

	private final ConsistencyChecks checks = new ConsistencyChecks(messages());

	@Test
	void everyCodeHasAMessage() {
		ResourceBundleMessageSource messages = messages();
		for (Finding.Code code : Finding.Code.values()) {
			assertThat(messages.getMessage("checking.finding." + code.name(), new Object[] { "a", "b", "c", "d" },
					Locale.forLanguageTag("vi")))
				.doesNotContain("checking.finding");
		}
	}

	@Test
	void checksAReportViewAndResolvesTheMessages() {
		ReportView.Header header = new ReportView.Header("5", "BC-UBND", "Phú Sơn", LocalDate.of(2024, 1, 5),
				"BÁO CÁO", "Tình hình kinh tế - xã hội năm 2023", List.of("Hội đồng nhân dân huyện"), null, List.of());
		ReportView.Section section = new ReportView.Section(1, "I.", "ROMAN", 0, "KẾT QUẢ", null,
				SectionContent.parse("Thu ngân sách 270 tỷ đồng, đạt 85,59% dự toán (dự toán là 335 tỷ đồng).\n"
						+ "1. Luật Tổ chức chính quyền địa phương;\n3. Luật Ngân sách nhà nước.", new AtomicInteger()),
				List.of(), 0);
		ReportView view = new ReportView(1, 0, "DRAFT", null, null, null, header, List.of(section), List.of(),
				List.of("Như trên;", "Lưu: VT, VP."),
				new ReportView.Signature("DEPUTY", List.of("TM. ỦY BAN NHÂN DÂN", "PHÓ CHỦ TỊCH"), "Nguyễn Văn A",
						null),
				List.of(), null);
		List<Finding> findings = this.checks.check(view, "Ủy ban nhân dân huyện Phú Sơn", "Phú Sơn");
		assertThat(findings).extracting(Finding::code)
			.containsExactly(Finding.Code.NUMBER_FORMAT, Finding.Code.RATIO_MISMATCH, Finding.Code.NUMBERING_GAP,
					Finding.Code.SIGNATURE_DEPUTY);
		assertThat(findings.get(0).message()).isEqualTo("Số, ký hiệu \"Số: 5/BC-UBND\" chưa đúng thể thức; viết là"
				+ " \"Số: 05/BC-UBND\" (số nhỏ hơn 10 thêm số 0 phía trước, không có khoảng trắng quanh dấu \"/\").");
		assertThat(findings.get(1).message())
			.isEqualTo("Tỷ lệ ghi 85,59% không khớp với số liệu: 270 tỷ đồng so với 335 tỷ đồng là 80,60%.");
		assertThat(findings.get(1).section()).isEqualTo("I");
		assertThat(findings.get(2).quote()).isEqualTo("3. Luật Ngân sách nhà nước.");
		assertThat(findings.get(3).expected()).isEqualTo("KT. CHỦ TỊCH");
	}

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding(StandardCharsets.UTF_8.name());
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

}
