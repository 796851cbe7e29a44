package vn.ubnd.baocao.report;

/**
 * A workflow transition that the report's state does not allow (accepting a draft, issuing twice, …). Answered
 * with 409 and a Vietnamese message naming both states.
 */
public class ReportStateException extends RuntimeException {

	private final ReportStatus status;

	private final ReportStatus target;

	public ReportStateException(ReportStatus status, ReportStatus target) {
		super("report is " + status + ", cannot become " + target);
		this.status = status;
		this.target = target;
	}

	public ReportStatus status() {
		return this.status;
	}

	public ReportStatus target() {
		return this.target;
	}

}
