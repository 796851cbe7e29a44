package vn.ubnd.baocao.report;

import vn.ubnd.baocao.system.InputRejectedException;

/**
 * An entry about reports that breaks one of their rules.
 */
public class ReportValidationException extends InputRejectedException {

	public ReportValidationException(String field, String messageKey) {
		super(field, messageKey);
	}

}
