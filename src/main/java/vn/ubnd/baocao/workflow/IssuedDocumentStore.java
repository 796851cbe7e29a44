package vn.ubnd.baocao.workflow;

import java.time.Instant;

import org.springframework.stereotype.Component;

import vn.ubnd.baocao.report.Report;
import vn.ubnd.baocao.report.ReportDocuments;
import vn.ubnd.baocao.report.SignatureLines;
import vn.ubnd.baocao.signing.IssuedDocuments;
import vn.ubnd.baocao.signing.SigningRequest;

/**
 * Renders the issued report (number, date, no draft mark) to PDF/A, signs it with the unit's key and keeps it,
 * inside the issuing transaction ({@link IssuedDocuments}); a unit that cannot sign makes the whole issue fail.
 */
@Component
class IssuedDocumentStore {

	private final ReportDocuments documents;

	private final IssuedDocuments issued;

	IssuedDocumentStore(ReportDocuments documents, IssuedDocuments issued) {
		this.documents = documents;
		this.issued = issued;
	}

	/**
	 * Signs and stores the issued report's PDF.
	 * @param report the report, with its number and date
	 * @param signerTitle its signature block's title lines joined as the register shows them (the same lines the
	 * signing request carries one by one)
	 * @param signedAt the signing time
	 */
	void issue(Report report, String signerTitle, Instant signedAt) {
		SigningRequest request = new SigningRequest(report.getId(), report.getUnitId(), report.getNumberAndSymbol(),
				report.getSignerName(), report.getSignerLeaderId(), SignatureLines.lines(report.getSignatureForm(),
						report.getSignatureAuthority(), report.getSignatureTitle()),
				signedAt);
		if (!request.signerTitle().equals(signerTitle)) {
			throw new IllegalStateException("signature lines " + request.signatureLines() + " differ from the register's '"
					+ signerTitle + "'");
		}
		this.issued.signAndStore(request, () -> this.documents.pdf(report));
	}

}
