package vn.ubnd.baocao.unit;

import vn.ubnd.baocao.system.InputRejectedException;

/**
 * An entry about units that breaks one of their rules.
 */
public class UnitValidationException extends InputRejectedException {

	public UnitValidationException(String field, String messageKey) {
		super(field, messageKey);
	}

}
