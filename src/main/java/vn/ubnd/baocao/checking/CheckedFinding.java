package vn.ubnd.baocao.checking;

/**
 * A finding on a report of the portal, with where it is and whether the clerk has justified it.
 *
 * @param finding the finding, its message resolved
 * @param sectionId the id of the section it is in, {@code null} for the header and the closing
 * @param fingerprint what identifies the finding across checks: a hash of its code, its section's id, its quote,
 * the correct value and the figures of its message, so that it changes when the finding changes (the text of the
 * figures, the figures themselves) and not when other text of the report does or the section is renumbered
 * @param justification the clerk's justification, {@code null} when there is none
 */
public record CheckedFinding(Finding finding, Long sectionId, String fingerprint, Justification justification) {

	/** Whether it is an error that stops the report from being submitted: an error not justified. */
	public boolean blocking() {
		return this.finding.severity() == Finding.Severity.ERROR && this.justification == null;
	}

	/** Whether it is an error (only errors are justified). */
	public boolean error() {
		return this.finding.severity() == Finding.Severity.ERROR;
	}

}
