package vn.ubnd.baocao.report;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

import vn.ubnd.baocao.rendering.OfficialDocument;
import vn.ubnd.baocao.rendering.PdfRenderer;
import vn.ubnd.baocao.report.web.OfficialDocumentMapper;

/**
 * A report as an official document (the model every renderer takes), with its indicator figures; and its PDF, as
 * the workflow renders it when the report is issued. The caller has checked that the user may read the report.
 */
@Service
public class ReportDocuments {

	private final ReportService reports;

	private final OfficialDocumentMapper mapper;

	private final PdfRenderer pdf;

	private final ObjectProvider<ReportFigures.Source> figures;

	ReportDocuments(ReportService reports, OfficialDocumentMapper mapper, PdfRenderer pdf,
			ObjectProvider<ReportFigures.Source> figures) {
		this.reports = reports;
		this.mapper = mapper;
		this.pdf = pdf;
		this.figures = figures;
	}

	public OfficialDocument document(Report report) {
		return this.mapper.toDocument(this.reports.view(report), figures(report));
	}

	/** The report's figures as its document prints them (the indicators), {@link ReportFigures#NONE} if none. */
	public ReportFigures figures(Report report) {
		return this.figures.orderedStream()
			.findFirst()
			.map((source) -> source.figures(report))
			.orElse(ReportFigures.NONE);
	}

	/**
	 * The report rendered to PDF/A as it stands, for the workflow to sign and store as it issues the report: rendered
	 * once, not kept (every later download is the stored file).
	 */
	public byte[] pdf(Report report) {
		return this.pdf.renderOnce(document(report));
	}

}
