package vn.ubnd.baocao.signing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.support.TransactionTemplate;

import vn.ubnd.baocao.DatabaseOwner;
import vn.ubnd.baocao.PortalIntegrationTest;
import vn.ubnd.baocao.account.AccountData;
import vn.ubnd.baocao.account.AccountService;
import vn.ubnd.baocao.report.Report;
import vn.ubnd.baocao.report.ReportService;
import vn.ubnd.baocao.report.ReportStatus;
import vn.ubnd.baocao.signing.internal.PdfSignatures;
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
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static vn.ubnd.baocao.MvcForms.form;

/**
 * Issuing signs the report's PDF/A as PAdES B-B with the unit's (demo) certificate and stores it: the signature
 * verifies with BouncyCastle and with poppler's {@code pdfsig}, the file is still PDF/A-2b, the visible signature
 * sits between the title lines and the name, {@code /pdf} serves the stored bytes, the store refuses changes, a
 * changed copy is detected, and a unit without a certificate cannot issue (nothing is consumed).
 */
@PortalIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SigningTests {

	static final Path OUT = Path.of("target", "signed");

	@Autowired
	WorkflowFixtures fixtures;

	@Autowired
	ReportWorkflow workflow;

	@Autowired
	ReportService reports;

	@Autowired
	IssuedDocuments issued;

	@Autowired
	DocumentVerification verification;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	UnitService units;

	@Autowired
	AccountService accounts;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	DataSource dataSource;

	long reportId;

	byte[] pdf;

	IssuedDocument document;

	@BeforeAll
	void issueAReportSignedByTheDeputy() throws IOException {
		this.reportId = this.fixtures.approved("phochutich");
		this.workflow.issue(this.fixtures.user("phochutich"), this.reportId);
		this.pdf = this.issued.issuedPdf(this.reportId).orElseThrow();
		this.document = this.issued.find(this.reportId).orElseThrow();
		Files.createDirectories(OUT);
		Files.write(OUT.resolve("issued.pdf"), this.pdf);
	}

	@Test
	void issuingStoresTheSignedPdfWithItsSha256() {
		Report report = this.reports.readable(this.fixtures.user("vanthu"), this.reportId);
		assertThat(report.getStatus()).isEqualTo(ReportStatus.ISSUED);
		assertThat(this.document.numberAndSymbol()).isEqualTo(report.getNumberAndSymbol());
		assertThat(this.document.sha256()).isEqualTo(sha256(this.pdf)).matches("[0-9a-f]{64}");
		assertThat(this.document.size()).isEqualTo(this.pdf.length);
		assertThat(this.document.signerName()).isEqualTo("Phạm Thị Thu Hà");
		assertThat(this.document.signerTitle()).isEqualTo("TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH");
		assertThat(this.document.unitId()).isEqualTo(report.getUnitId());
		assertThat(this.document.signedAt()).isEqualTo(this.document.signedAt().truncatedTo(ChronoUnit.SECONDS));
		assertThat(new String(this.pdf, 0, 8, StandardCharsets.ISO_8859_1)).startsWith("%PDF-");
	}

	@Test
	void pdfServesTheStoredBytesByteForByte() throws Exception {
		PortalUser clerk = this.fixtures.user("vanthu");
		MvcResult first = this.mvc.perform(get("/reports/" + this.reportId + "/pdf").with(user(clerk))).andReturn();
		MvcResult second = this.mvc.perform(get("/reports/" + this.reportId + "/pdf").with(user(clerk))).andReturn();
		assertThat(first.getResponse().getStatus()).isEqualTo(200);
		assertThat(first.getResponse().getContentType()).isEqualTo("application/pdf");
		byte[] one = first.getResponse().getContentAsByteArray();
		byte[] two = second.getResponse().getContentAsByteArray();
		assertThat(one).isEqualTo(two).isEqualTo(this.pdf);
		assertThat(sha256(one)).isEqualTo(this.document.sha256());
		// the reviewer of the same unit gets the same bytes; another unit does not see the report at all
		assertThat(this.mvc.perform(get("/reports/" + this.reportId + "/pdf").with(user(this.fixtures.user("hdnd"))))
			.andReturn().getResponse().getContentAsByteArray()).isEqualTo(this.pdf);
		assertThat(this.mvc.perform(get("/reports/" + this.reportId + "/pdf").with(user(this.fixtures.user("vanthu2"))))
			.andReturn().getResponse().getStatus()).isEqualTo(404);
	}

	@Test
	void theSignatureIsPadesBaselineBWithTheUnitsCertificate() throws Exception {
		try (PDDocument document = Loader.loadPDF(this.pdf)) {
			List<PDSignature> signatures = document.getSignatureDictionaries();
			assertThat(signatures).hasSize(1);
			PDSignature signature = signatures.get(0);
			assertThat(signature.getFilter()).isEqualTo("Adobe.PPKLite");
			assertThat(signature.getSubFilter()).isEqualTo("ETSI.CAdES.detached");
			assertThat(signature.getName()).isEqualTo("Phạm Thị Thu Hà");
			assertThat(signature.getReason()).isEqualTo("Ký ban hành văn bản số " + this.document.numberAndSymbol());
			assertThat(signature.getLocation()).isEqualTo("Phú Sơn");
			assertThat(signature.getContactInfo()).isEqualTo("Ủy ban nhân dân huyện Phú Sơn");
			assertThat(signature.getSignDate().toInstant()).isEqualTo(this.document.signedAt());
			// the time is written with the Vietnamese offset
			assertThat(signature.getCOSObject().getString(COSName.M)).endsWith("+07'00'");
			// the byte range covers the whole file but the signature itself
			int[] range = signature.getByteRange();
			assertThat(range[0]).isZero();
			assertThat(range[2] + range[3]).isEqualTo(this.pdf.length);
			assertThat(this.pdf[range[1]]).isEqualTo((byte) '<');
			assertThat(this.pdf[range[2] - 1]).isEqualTo((byte) '>');

			CMSSignedData cms = PdfSignatures.cms(signature.getSignedContent(this.pdf), signature.getContents());
			assertThat(cms.isDetachedSignature()).isTrue();
			SignerInformation signer = cms.getSignerInfos().getSigners().iterator().next();
			assertThat(signer.getDigestAlgOID()).isEqualTo("2.16.840.1.101.3.4.2.1");
			@SuppressWarnings("unchecked")
			X509CertificateHolder certificate = (X509CertificateHolder) cms.getCertificates()
				.getMatches(signer.getSID())
				.iterator()
				.next();
			assertThat(signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate))).isTrue();
			assertThat(certificate.getSubject().toString()).contains("CN=Ủy ban nhân dân huyện Phú Sơn", "C=VN");
			assertThat(sha256(certificate.getEncoded())).isEqualTo(this.document.certificateSha256());
			assertThat(certificate.getNotAfter().toInstant())
				.isAfter(certificate.getNotBefore().toInstant().plus(5 * 365 - 1, ChronoUnit.DAYS));

			AttributeTable attributes = signer.getSignedAttributes();
			assertThat(attributes.get(CMSAttributes.contentType)).isNotNull();
			assertThat(attributes.get(CMSAttributes.messageDigest)).isNotNull();
			assertThat(attributes.get(CMSAttributes.signingTime)).as("no CMS signing-time in PAdES").isNull();
			ASN1Encodable essValue = attributes.get(PKCSObjectIdentifiers.id_aa_signingCertificateV2)
				.getAttrValues()
				.getObjectAt(0);
			SigningCertificateV2 ess = SigningCertificateV2.getInstance(essValue);
			assertThat(ess.getCerts()[0].getCertHash()).isEqualTo(digest(certificate.getEncoded()));
		}
	}

	@Test
	void pdfsigSaysTheSignatureIsValid() throws Exception {
		Path pdfsig = Path.of("/usr/bin/pdfsig");
		assumeThat(Files.isExecutable(pdfsig)).as("poppler-utils' pdfsig is installed").isTrue();
		String output = run(pdfsig.toString(), OUT.resolve("issued.pdf").toString());
		Files.writeString(OUT.resolve("pdfsig.txt"), output);
		assertThat(output).contains("Signature is Valid.", "Total document signed", "ETSI.CAdES.detached",
				"Ủy ban nhân dân huyện Phú Sơn", "SHA-256");
	}

	@Test
	void theSignedFileIsStillPdfA2b() throws Exception {
		assertThat(PdfA2b.failures(this.pdf)).isEmpty();
	}

	@Test
	void theVisibleSignatureSitsBetweenTheTitleAndTheNameOnTheLastPage() throws Exception {
		try (PDDocument document = Loader.loadPDF(this.pdf)) {
			PDSignatureField field = (PDSignatureField) document.getDocumentCatalog()
				.getAcroForm()
				.getFields()
				.stream()
				.filter(PDSignatureField.class::isInstance)
				.findFirst()
				.orElseThrow();
			PDAnnotationWidget widget = field.getWidgets().get(0);
			PDPage last = document.getPage(document.getNumberOfPages() - 1);
			assertThat(last.getAnnotations()).contains(widget);
			assertThat(widget.isPrinted()).isTrue();
			PDRectangle rectangle = widget.getRectangle();
			PDRectangle page = last.getMediaBox();
			// inside the page's margins (30 mm left, 15 mm right), and a visible size
			assertThat(rectangle.getLowerLeftX()).isGreaterThan(30 * 72 / 25.4f);
			assertThat(rectangle.getUpperRightX()).isLessThan(page.getWidth() - 15 * 72 / 25.4f);
			assertThat(rectangle.getHeight()).isGreaterThan(60);
			assertThat(rectangle.getWidth()).isGreaterThan(150);
			// nothing of the page is printed inside it; the title is just above it, the name just below
			float height = page.getHeight();
			assertThat(textIn(last, rectangle.getLowerLeftX(), height - rectangle.getUpperRightY(),
					rectangle.getWidth(), rectangle.getHeight())).isBlank();
			assertThat(textIn(last, rectangle.getLowerLeftX(), height - rectangle.getUpperRightY() - 16,
					rectangle.getWidth(), 16)).contains("PHÓ CHỦ TỊCH");
			assertThat(textIn(last, rectangle.getLowerLeftX(), height - rectangle.getLowerLeftY(), rectangle.getWidth(),
					18)).contains("Phạm Thị Thu Hà");
			// the appearance: the demo signer's image and seal, and the caption in embedded Liberation Serif
			PDFormXObject appearance = widget.getAppearance().getNormalAppearance().getAppearanceStream();
			PDResources resources = appearance.getResources();
			List<PDFont> fonts = new java.util.ArrayList<>();
			for (COSName name : resources.getFontNames()) {
				fonts.add(resources.getFont(name));
			}
			assertThat(fonts).singleElement().satisfies((font) -> {
				assertThat(font.getName()).contains("LiberationSerif");
				assertThat(font.isEmbedded()).isTrue();
			});
			assertThat(resources.getXObjectNames()).hasSize(2);
			String stream = new String(appearance.getContentStream().toByteArray(), StandardCharsets.ISO_8859_1);
			assertThat(stream).contains("Tj");
		}
		Path pdftoppm = Path.of("/usr/bin/pdftoppm");
		if (Files.isExecutable(pdftoppm)) {
			run(pdftoppm.toString(), "-png", "-r", "110", "-l", "99", "-f", "1", OUT.resolve("issued.pdf").toString(),
					OUT.resolve("issued-page").toString());
		}
	}

	@Test
	void verificationKnowsTheIssuedFileAndDetectsAChangedCopy() throws Exception {
		Verification genuine = this.verification.verify(this.pdf);
		assertThat(genuine.outcome()).isEqualTo(Verification.Outcome.ISSUED_HERE);
		assertThat(genuine.issued().reportId()).isEqualTo(this.reportId);
		assertThat(genuine.signature().signerName()).isEqualTo("Phạm Thị Thu Hà");

		// one byte flipped inside a signed stream: the digest no longer matches
		byte[] flipped = this.pdf.clone();
		int offset = streamStart(flipped, flipped.length / 4) + 40;
		flipped[offset] ^= 0x01;
		Files.write(OUT.resolve("flipped.pdf"), flipped);
		Verification altered = this.verification.verify(flipped);
		assertThat(altered.outcome()).isEqualTo(Verification.Outcome.CONTENT_ALTERED);
		assertThat(altered.outcome().altered()).isTrue();
		assertThat(altered.issued().reportId()).as("the document it was signed as").isEqualTo(this.reportId);

		// an incremental update appended after the signature: the signature no longer covers the file
		byte[] appended = appendUpdate(this.pdf);
		Files.write(OUT.resolve("appended.pdf"), appended);
		Verification changed = this.verification.verify(appended);
		assertThat(changed.outcome()).isEqualTo(Verification.Outcome.CHANGED_AFTER_SIGNING);
		assertThat(changed.signature().signerName()).isEqualTo("Phạm Thị Thu Hà");
		assertThat(changed.issued().numberAndSymbol()).isEqualTo(this.document.numberAndSymbol());

		// the report's stored copy is untouched by all this
		assertThat(this.issued.issuedPdf(this.reportId).orElseThrow()).isEqualTo(this.pdf);
	}

	@Test
	void theApplicationCannotChangeOrDeleteAStoredDocument() throws Exception {
		// the portal's own connections have no right to change a stored document or a certificate
		for (String sql : List.of("update issued_document set pdf = '%PDF'::bytea where report_id = " + this.reportId,
				"update issued_document set signer_name = 'X' where report_id = " + this.reportId,
				"delete from issued_document where report_id = " + this.reportId, "truncate issued_document",
				"delete from signing_certificate", "update signing_certificate set subject = 'X'")) {
			assertThatThrownBy(() -> this.jdbc.sql(sql).update()).as(sql)
				.isInstanceOf(DataAccessException.class)
				.rootCause()
				.hasMessageContaining("permission denied");
		}
		// and the trigger refuses it even to the owner of the tables
		try (Connection owner = DatabaseOwner.connect(this.dataSource); Statement statement = owner.createStatement()) {
			assertThatThrownBy(() -> statement.executeUpdate(
					"update issued_document set pdf = '%PDF'::bytea where report_id = " + this.reportId))
				.hasMessageContaining("never changed");
			assertThatThrownBy(() -> statement.executeUpdate("delete from issued_document")).isInstanceOf(SQLException.class);
			assertThatThrownBy(() -> statement.executeUpdate("delete from signing_certificate"))
				.isInstanceOf(SQLException.class);
		}
		assertThat(this.issued.issuedPdf(this.reportId).orElseThrow()).isEqualTo(this.pdf);
		assertThat(this.issued.find(this.reportId).orElseThrow().sha256()).isEqualTo(this.document.sha256());
	}

	@Test
	void aUnitWithoutACertificateCannotIssueAndItsNumberIsNotConsumed() throws Exception {
		Unit phuSon = this.units.get(this.fixtures.user("vanthu").unitId());
		Unit commune = this.units.createAsSystem(new UnitData(UnitLevel.COMMUNE, phuSon.getId(), "Xã Thử Ký",
				"ỦY BAN NHÂN DÂN\nXÃ THỬ KÝ", "Thử Ký", "UBND", "Hội đồng nhân dân xã Thử Ký"));
		Leader chair = this.units.addLeaderAsSystem(commune.getId(),
				new LeaderData("Trương Văn Ký", LeaderPosition.CHAIR, "Chủ tịch", 0));
		this.accounts.createAsSystem("vanthu-thuky", "Mat-khau-123",
				new AccountData("Lý Thị Thư", commune.getId(), Role.CLERK, null));
		this.accounts.createAsSystem("hdnd-thuky", "Mat-khau-123",
				new AccountData("Hồ Văn Xét", commune.getId(), Role.COUNCIL_REVIEWER, null));
		this.accounts.createAsSystem("chutich-thuky", "Mat-khau-123",
				new AccountData(chair.getFullName(), commune.getId(), Role.CHAIR, chair.getId()));
		PortalUser chairUser = this.fixtures.user("chutich-thuky");
		long id = this.fixtures.draft("vanthu-thuky").getId();
		this.workflow.submit(this.fixtures.user("vanthu-thuky"), id);
		this.workflow.accept(this.fixtures.user("hdnd-thuky"), id);
		this.workflow.approve(chairUser, id);

		assertThatThrownBy(() -> this.workflow.issue(chairUser, id)).isInstanceOf(SigningUnavailableException.class);
		// over HTTP the chair is told why, on the page
		MvcResult refused = this.mvc
			.perform(form(post("/reports/" + id + "/issue"), chairUser).header("HX-Request", "true"))
			.andReturn();
		assertThat(refused.getResponse().getStatus()).isEqualTo(409);
		assertThat(Jsoup.parse(refused.getResponse().getContentAsString()).select(".alert-danger").text())
			.startsWith("Đơn vị chưa có chứng thư số");
		// nothing happened: still approved, no number, no register line, the counter untouched
		Report report = this.reports.readable(chairUser, id);
		assertThat(report.getStatus()).isEqualTo(ReportStatus.APPROVED);
		assertThat(report.getNumber()).isNull();
		assertThat(count("select count(*) from register_counter where unit_id = :unit", commune.getId())).isZero();
		assertThat(count("select count(*) from register_entry where unit_id = :unit", commune.getId())).isZero();
		assertThat(count("select count(*) from issued_document where report_id = :unit", id)).isZero();

		// once the unit has a certificate, the same report takes the number that was given back: 01
		// the administrator sees that on the unit's certificate page, and in demo mode makes it a demo certificate
		PortalUser admin = this.fixtures.user("quantri");
		String page = this.mvc.perform(get("/admin/units/" + commune.getId() + "/certificate").with(user(admin)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(Jsoup.parse(page).select("#certificate-source").text()).startsWith("Đơn vị chưa có chứng thư số");
		assertThat(Jsoup.parse(page).select("#make-demo-certificate")).hasSize(1);
		MvcResult made = this.mvc
			.perform(form(post("/admin/units/" + commune.getId() + "/certificate/demo"), admin))
			.andReturn();
		assertThat(made.getResponse().getRedirectedUrl()).isEqualTo("/admin/units/" + commune.getId() + "/certificate");
		page = this.mvc.perform(get("/admin/units/" + commune.getId() + "/certificate").with(user(admin)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(Jsoup.parse(page).select("#certificate-source").text()).contains("chứng thư thử nghiệm");
		assertThat(Jsoup.parse(page).select("#certificate dd").text()).contains("CN=").contains("Thử Ký");
		assertThat(Jsoup.parse(page).select("#make-demo-certificate")).isEmpty();
		assertThat(count("select count(*) from audit_event where action = 'signing.demo-certificate' and unit_id = :unit",
				commune.getId())).isEqualTo(1);
		this.workflow.issue(chairUser, id);
		assertThat(this.reports.readable(chairUser, id).getNumberAndSymbol()).isEqualTo("01/BC-UBND");
		assertThat(this.verification.verify(this.issued.issuedPdf(id).orElseThrow()).outcome())
			.isEqualTo(Verification.Outcome.ISSUED_HERE);
	}

	private long count(String sql, long id) {
		return this.jdbc.sql(sql).param("unit", id).query(Long.class).single();
	}

	/** The file with an incremental update after the signature: a new title in the document information. */
	static byte[] appendUpdate(byte[] signed) throws IOException {
		try (PDDocument document = Loader.loadPDF(signed)) {
			document.getDocumentInformation().setTitle("Bản đã bị sửa sau khi ký");
			document.getDocumentInformation().getCOSObject().setNeedToBeUpdated(true);
			document.getDocumentCatalog().getCOSObject().setNeedToBeUpdated(true);
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			document.saveIncremental(out);
			return out.toByteArray();
		}
	}

	private static String textIn(PDPage page, float x, float yFromTop, float width, float height)
			throws IOException {
		PDFTextStripperByArea stripper = new PDFTextStripperByArea();
		stripper.addRegion("area", new java.awt.geom.Rectangle2D.Float(x, yFromTop, width, height));
		stripper.extractRegions(page);
		return stripper.getTextForRegion("area").strip();
	}

	/** Where the data of the first stream after {@code from} begins (after a {@code stream} keyword, not endstream). */
	static int streamStart(byte[] file, int from) {
		byte[] keyword = "stream".getBytes(StandardCharsets.ISO_8859_1);
		int at = indexOf(file, keyword, from);
		while (at > 0 && file[at - 1] == 'd') {
			at = indexOf(file, keyword, at + 1);
		}
		assertThat(at).isPositive();
		return at + keyword.length;
	}

	static int indexOf(byte[] haystack, byte[] needle, int from) {
		outer: for (int i = from; i <= haystack.length - needle.length; i++) {
			for (int k = 0; k < needle.length; k++) {
				if (haystack[i + k] != needle[k]) {
					continue outer;
				}
			}
			return i;
		}
		return -1;
	}

	static String run(String... command) throws Exception {
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
		return output;
	}

	static String sha256(byte[] bytes) {
		return HexFormat.of().formatHex(digest(bytes));
	}

	static byte[] digest(byte[] bytes) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(bytes);
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
