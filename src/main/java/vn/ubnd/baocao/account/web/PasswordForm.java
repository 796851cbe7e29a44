package vn.ubnd.baocao.account.web;

/**
 * A new password, typed twice (and, when users change their own, the current one).
 */
class PasswordForm {

	private String current;

	private String password;

	private String confirmation;

	public String getCurrent() {
		return this.current;
	}

	public void setCurrent(String current) {
		this.current = current;
	}

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
