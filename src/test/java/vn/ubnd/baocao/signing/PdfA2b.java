package vn.ubnd.baocao.signing;

import java.io.ByteArrayInputStream;
import java.util.List;

import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** veraPDF's verdict on a file against PDF/A-2b, whatever the file claims to be. */
final class PdfA2b {

	private PdfA2b() {
	}

	/** The rules the file breaks (rule id and message), none for a valid PDF/A-2b file. */
	static List<String> failures(byte[] file) throws Exception {
		VeraGreenfieldFoundryProvider.initialise();
		try (PDFAParser parser = Foundries.defaultInstance()
			.createParser(new ByteArrayInputStream(file), PDFAFlavour.PDFA_2_B);
				PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_2_B, false)) {
			ValidationResult result = validator.validate(parser);
			List<String> failures = result.getTestAssertions()
				.stream()
				.filter((assertion) -> assertion.getStatus() == TestAssertion.Status.FAILED)
				.map((assertion) -> assertion.getRuleId() + " " + assertion.getMessage())
				.distinct()
				.toList();
			if (failures.isEmpty() && !result.isCompliant()) {
				return List.of("not compliant");
			}
			return failures;
		}
	}

}
