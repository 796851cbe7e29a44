package vn.ubnd.baocao.report;

/**
 * The report is not in a state in which the clerk may change it (it has been submitted, or issued).
 */
public class ReportNotEditableException extends RuntimeException {

	private final ReportStatus status;

	public ReportNotEditableException(ReportStatus status) {
		super("report is " + status);
		this.status = status;
	}

	public ReportStatus status() {
		return this.status;
	}

}
