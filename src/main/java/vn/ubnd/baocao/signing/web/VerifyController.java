package vn.ubnd.baocao.signing.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartFile;

import vn.ubnd.baocao.report.ReportService;
import vn.ubnd.baocao.signing.DocumentVerification;
import vn.ubnd.baocao.signing.IssuedDocuments;
import vn.ubnd.baocao.signing.Verification;
import vn.ubnd.baocao.system.NotFoundException;
import vn.ubnd.baocao.system.PortalUser;
import vn.ubnd.baocao.system.Texts;
import vn.ubnd.baocao.unit.UnitService;

/**
 * The verification page, for every signed-in user: upload a PDF (up to 20 MB) and learn whether it is a document
 * this portal issued, by whom and when, and whether it is intact. An empty, oversized or non-PDF upload is answered
 * on the form (422) with a Vietnamese message; the link to the report is shown only to whoever may read it.
 */
@Controller
@RequestMapping("/verify")
class VerifyController {

	static final int MAX_FILE_NAME = 200;

	private final DocumentVerification verification;

	private final UnitService units;

	private final ReportService reports;

	VerifyController(DocumentVerification verification, UnitService units, ReportService reports) {
		this.verification = verification;
		this.units = units;
		this.reports = reports;
	}

	/** The limit, for the page's script to refuse a larger file before sending it. */
	@ModelAttribute("maxBytes")
	int maxBytes() {
		return DocumentVerification.MAX_BYTES;
	}

	/** The form; with the reason when {@link VerifyUploadFilter} could not read an upload. */
	@GetMapping
	String form(HttpServletRequest request, Model model, HttpServletResponse response) {
		if (request.getAttribute(VerifyUploadFilter.REJECTED) instanceof String rejected) {
			return rejected(rejected, model, response);
		}
		return "signing/verify";
	}

	@PostMapping
	String verify(@AuthenticationPrincipal PortalUser user, @RequestParam(required = false) MultipartFile file,
			Model model, HttpServletResponse response) throws IOException {
		if (file == null || file.isEmpty()) {
			return rejected("signing.verify.error.empty", model, response);
		}
		if (file.getSize() > DocumentVerification.MAX_BYTES) {
			return rejected("signing.verify.error.too-large", model, response);
		}
		Verification result = this.verification.verify(file.getBytes());
		model.addAttribute("fileName", fileName(file.getOriginalFilename()));
		if (result.outcome() == Verification.Outcome.NOT_PDF) {
			return rejected("signing.verify.error.not-pdf", model, response);
		}
		if (result.outcome() == Verification.Outcome.UNREADABLE_PDF) {
			return rejected("signing.verify.error.unreadable", model, response);
		}
		model.addAttribute("result", result);
		model.addAttribute("isoTime", IssuedDocuments.ISO_TIME);
		if (result.signature() != null) {
			model.addAttribute("unit", this.units.get(result.signature().unitId()));
		}
		if (result.issued() != null) {
			model.addAttribute("mayOpen", mayRead(user, result.issued().reportId()));
		}
		return "signing/verify";
	}

	/** An upload the multipart resolver cannot read: the reason on the form. */
	@ExceptionHandler(MultipartException.class)
	String unreadableUpload(MultipartException ex, Model model, HttpServletResponse response) {
		return rejected((ex instanceof MaxUploadSizeExceededException) ? "signing.verify.error.too-large"
				: "signing.verify.error.unreadable-upload", model, response);
	}

	private boolean mayRead(PortalUser user, long reportId) {
		try {
			this.reports.readable(user, reportId);
			return true;
		}
		catch (NotFoundException ex) {
			return false;
		}
	}

	private static String rejected(String messageKey, Model model, HttpServletResponse response) {
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		model.addAttribute("verifyError", messageKey);
		model.addAttribute("maxBytes", DocumentVerification.MAX_BYTES);
		return "signing/verify";
	}

	private static String fileName(String name) {
		String cleaned = Texts.clean(name);
		if (cleaned == null) {
			return null;
		}
		return (cleaned.length() > MAX_FILE_NAME) ? cleaned.substring(0, MAX_FILE_NAME) + "…" : cleaned;
	}

}
