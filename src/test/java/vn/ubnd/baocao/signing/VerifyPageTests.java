package vn.ubnd.baocao.signing;

import java.nio.charset.StandardCharsets;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import vn.ubnd.baocao.PortalIntegrationTest;
import vn.ubnd.baocao.system.PortalUser;
import vn.ubnd.baocao.workflow.ReportWorkflow;
import vn.ubnd.baocao.workflow.WorkflowFixtures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

/**
 * The verification page over HTTP: an issued PDF is recognised with its number, unit, signer and time (linked to the
 * report only for whoever may read it); a changed copy is reported as changed; an unsigned PDF, another file, an
 * empty or garbage upload get a Vietnamese answer, never a 500.
 */
@PortalIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VerifyPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	WorkflowFixtures fixtures;

	@Autowired
	ReportWorkflow workflow;

	@Autowired
	IssuedDocuments issued;

	long reportId;

	byte[] pdf;

	@BeforeAll
	void issue() {
		this.reportId = this.fixtures.approved("chutich");
		this.workflow.issue(this.fixtures.user("chutich"), this.reportId);
		this.pdf = this.issued.issuedPdf(this.reportId).orElseThrow();
	}

	@Test
	void theFormIsThereForEverySignedInUser() throws Exception {
		MvcResult result = this.mvc.perform(get("/verify").with(user(this.fixtures.user("vanthu2")))).andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		Document page = Jsoup.parse(result.getResponse().getContentAsString());
		assertThat(page.select("form#verify-form[enctype=multipart/form-data] input[type=file][name=file]"))
			.hasSize(1);
		assertThat(page.select("h1").text()).isEqualTo("Kiểm tra văn bản");
		assertThat(page.select("nav a[href=/verify]").text()).isEqualTo("Kiểm tra văn bản");
	}

	@Test
	void anIssuedPdfIsRecognisedAndLinkedForThoseWhoMayReadIt() throws Exception {
		IssuedDocument document = this.issued.find(this.reportId).orElseThrow();
		Document own = upload(this.fixtures.user("vanthu"), "bao-cao.pdf", this.pdf, 200);
		assertThat(own.select("#verify-verdict").text()).isEqualTo("Văn bản do Cổng ban hành, còn nguyên vẹn");
		assertThat(own.select("#verify-number a[href=/reports/" + this.reportId + "]").text())
			.isEqualTo(document.numberAndSymbol());
		assertThat(own.select("#verify-unit").text()).isEqualTo("Huyện Phú Sơn");
		assertThat(own.select("#verify-signer").text()).isEqualTo("Lê Minh Khang (TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH)");
		assertThat(own.select("#verify-time").text())
			.isEqualTo(IssuedDocuments.ISO_TIME.format(document.signedAt()))
			.matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\+07:00");
		assertThat(own.select("#verify-sha256").text()).isEqualTo(document.sha256());
		assertThat(own.select("#verify-result").text()).contains("Tệp: bao-cao.pdf");

		// another unit learns what the document is, but gets no link to a report it may not read
		Document other = upload(this.fixtures.user("vanthu2"), "bao-cao.pdf", this.pdf, 200);
		assertThat(other.select("#verify-verdict").text()).isEqualTo("Văn bản do Cổng ban hành, còn nguyên vẹn");
		assertThat(other.select("#verify-number").text()).isEqualTo(document.numberAndSymbol());
		assertThat(other.select("#verify-number a")).isEmpty();
	}

	@Test
	void aChangedCopyIsReportedAsChanged() throws Exception {
		byte[] flipped = this.pdf.clone();
		int offset = SigningTests.streamStart(flipped, flipped.length / 3) + 25;
		flipped[offset] ^= 0x20;
		Document altered = upload(this.fixtures.user("hdnd"), "da-sua.pdf", flipped, 200);
		assertThat(altered.select("#verify-verdict").text()).isEqualTo("Nội dung đã bị sửa đổi sau khi ký");
		assertThat(altered.select("#verify-result").hasClass("border-danger")).isTrue();
		assertThat(altered.select("#verify-number").text())
			.isEqualTo(this.issued.find(this.reportId).orElseThrow().numberAndSymbol());

		Document appended = upload(this.fixtures.user("hdnd"), "them.pdf", SigningTests.appendUpdate(this.pdf), 200);
		assertThat(appended.select("#verify-verdict").text()).isEqualTo("Tệp đã bị thay đổi sau khi ký");
		assertThat(appended.select("#verify-explanation").text()).contains("không bao trùm toàn bộ tệp");
	}

	@Test
	void anUnsignedPdfIsNotThePortals() throws Exception {
		long draft = this.fixtures.draft("vanthu").getId();
		byte[] unsigned = this.mvc.perform(get("/reports/" + draft + "/pdf").with(user(this.fixtures.user("vanthu"))))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		Document page = upload(this.fixtures.user("vanthu"), "du-thao.pdf", unsigned, 200);
		assertThat(page.select("#verify-verdict").text()).isEqualTo("Tệp không có chữ ký số");
	}

	@Test
	void badUploadsAreAnsweredOnTheForm() throws Exception {
		PortalUser user = this.fixtures.user("quantri");
		assertThat(upload(user, "trong.pdf", new byte[0], 422).select("#verify-error").text())
			.startsWith("Vui lòng chọn một tệp PDF");
		assertThat(upload(user, "anh.png", new byte[] { (byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0 }, 422)
			.select("#verify-error")
			.text()).startsWith("Tệp này không phải là tệp PDF");
		byte[] garbage = new byte[4096];
		new java.util.Random(7).nextBytes(garbage);
		assertThat(upload(user, "rac.pdf", garbage, 422).select("#verify-error").text())
			.startsWith("Tệp này không phải là tệp PDF");
		// a PDF header followed by junk: a PDF that cannot be read
		byte[] broken = ("%PDF-1.7\n" + "x".repeat(2000)).getBytes(StandardCharsets.ISO_8859_1);
		assertThat(upload(user, "hong.pdf", broken, 422).select("#verify-error").text())
			.startsWith("Tệp PDF này bị hỏng");
		// the first half of the issued file
		byte[] truncated = java.util.Arrays.copyOf(this.pdf, this.pdf.length / 2);
		Document cut = upload(user, "mot-nua.pdf", truncated, null);
		assertThat(cut.select("#verify-error, #verify-verdict").text()).isNotBlank();
		assertThat(cut.select("#verify-verdict").text()).isNotEqualTo("Văn bản do Cổng ban hành, còn nguyên vẹn");
		// a post without any file
		MvcResult none = this.mvc.perform(multipart("/verify").with(csrf()).with(user(user))).andReturn();
		assertThat(none.getResponse().getStatus()).isEqualTo(422);
	}

	private Document upload(PortalUser user, String name, byte[] content, Integer status) throws Exception {
		MvcResult result = this.mvc
			.perform(multipart("/verify").file(new MockMultipartFile("file", name, "application/pdf", content))
				.with(csrf())
				.with(user(user)))
			.andReturn();
		if (status != null) {
			assertThat(result.getResponse().getStatus()).isEqualTo(status);
		}
		else {
			assertThat(result.getResponse().getStatus()).isIn(200, 422);
		}
		return Jsoup.parse(result.getResponse().getContentAsString());
	}

}
