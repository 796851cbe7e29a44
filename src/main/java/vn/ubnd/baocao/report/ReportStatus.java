package vn.ubnd.baocao.report;

/**
 * Where a report is in its life: written, submitted to the council's standing committee, returned with reasons,
 * accepted, approved and signed by the chair, issued with its number.
 */
public enum ReportStatus {

	DRAFT, SUBMITTED, RETURNED, ACCEPTED, APPROVED, ISSUED;

	/** Whether the clerk may change the report. */
	public boolean isEditable() {
		return this == DRAFT || this == RETURNED;
	}

	public String messageKey() {
		return "report.status." + name();
	}

}
