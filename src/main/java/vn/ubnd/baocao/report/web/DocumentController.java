package vn.ubnd.baocao.report.web;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

import vn.ubnd.baocao.rendering.DocxRenderer;
import vn.ubnd.baocao.rendering.HtmlRenderer;
import vn.ubnd.baocao.rendering.OfficialDocument;
import vn.ubnd.baocao.rendering.PdfRenderer;
import vn.ubnd.baocao.report.Report;
import vn.ubnd.baocao.report.IssuedPdfSource;
import vn.ubnd.baocao.report.ReportDocuments;
import vn.ubnd.baocao.report.ReportStatus;
import vn.ubnd.baocao.report.ReportService;
import vn.ubnd.baocao.system.PortalUser;

/**
 * The report as an official document: the HTML print view, the PDF/A and the DOCX, for whoever may read the report
 * (drafts too, marked "DỰ THẢO").
 */
@Controller
@RequestMapping("/reports/{reportId}")
class DocumentController {

	/** The print view carries its own page styles (A4, margins, fonts); scripts stay forbidden. */
	static final String PRINT_CSP = "default-src 'self'; script-src 'none'; style-src 'self' 'unsafe-inline'; "
			+ "img-src 'self' data:; font-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'none'; "
			+ "frame-ancestors 'none'";

	static final MediaType DOCX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

	private final ReportService reports;

	private final ReportDocuments documents;

	private final HtmlRenderer html;

	private final PdfRenderer pdf;

	private final DocxRenderer docx;

	private final ObjectProvider<IssuedPdfSource> issued;

	DocumentController(ReportService reports, ReportDocuments documents, HtmlRenderer html, PdfRenderer pdf,
			DocxRenderer docx, ObjectProvider<IssuedPdfSource> issued) {
		this.reports = reports;
		this.documents = documents;
		this.html = html;
		this.pdf = pdf;
		this.docx = docx;
		this.issued = issued;
	}

	@GetMapping("/print")
	ResponseEntity<String> print(@AuthenticationPrincipal PortalUser user, @PathVariable long reportId,
			HttpServletResponse response) {
		OfficialDocument document = document(user, reportId);
		response.setHeader("Content-Security-Policy", PRINT_CSP);
		return ResponseEntity.ok()
			.contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
			.body(this.html.render(document));
	}

	@GetMapping("/pdf")
	ResponseEntity<byte[]> pdf(@AuthenticationPrincipal PortalUser user, @PathVariable long reportId) {
		Report report = this.reports.readable(user, reportId);
		byte[] bytes = (report.getStatus() == ReportStatus.ISSUED) ? issuedPdf(reportId)
				: this.pdf.render(this.documents.document(report));
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename("bao-cao-" + reportId + ".pdf").build().toString())
			.body(bytes);
	}

	@GetMapping("/docx")
	ResponseEntity<byte[]> docx(@AuthenticationPrincipal PortalUser user, @PathVariable long reportId) {
		byte[] bytes = this.docx.render(document(user, reportId));
		return ResponseEntity.ok()
			.contentType(DOCX)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("bao-cao-" + reportId + ".docx").build().toString())
			.body(bytes);
	}

	/** An issued report's PDF is the signed one stored when it was issued, byte for byte. */
	private byte[] issuedPdf(long reportId) {
		return this.issued.orderedStream()
			.map((source) -> source.issuedPdf(reportId))
			.flatMap(java.util.Optional::stream)
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("issued report " + reportId + " has no stored PDF"));
	}

	private OfficialDocument document(PortalUser user, long reportId) {
		return this.documents.document(this.reports.readable(user, reportId));
	}

}
