package vn.ubnd.baocao.account;

import vn.ubnd.baocao.system.InputRejectedException;

/**
 * An entry about accounts that breaks one of their rules.
 */
public class AccountValidationException extends InputRejectedException {

	public AccountValidationException(String field, String messageKey) {
		super(field, messageKey);
	}

}
