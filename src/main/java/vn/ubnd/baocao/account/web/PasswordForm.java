package vn.ubnd.baocao.account.web;

/**
 * A new password, typed twice.
 */
class PasswordForm {

	private String password;

	private String confirmation;

	public String getPassword() {
		return this.password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

	public String getConfirmation() {
		return this.confirmation;
	}

	public void setConfirmation(String confirmation) {
		this.confirmation = confirmation;
	}

}
