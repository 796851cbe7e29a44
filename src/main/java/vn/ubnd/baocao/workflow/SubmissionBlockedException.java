package vn.ubnd.baocao.workflow;

import java.util.List;

import vn.ubnd.baocao.checking.Finding;

/**
 * The report has checker errors that the clerk has neither corrected nor justified; it stays a draft.
 */
public class SubmissionBlockedException extends RuntimeException {

	private final transient List<Finding> findings;

	public SubmissionBlockedException(List<Finding> findings) {
		super(findings.size() + " unjustified checker errors");
		this.findings = List.copyOf(findings);
	}

	public List<Finding> findings() {
		return this.findings;
	}

}
