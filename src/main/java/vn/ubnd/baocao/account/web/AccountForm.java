package vn.ubnd.baocao.account.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import vn.ubnd.baocao.account.Account;
import vn.ubnd.baocao.account.AccountData;
import vn.ubnd.baocao.system.Role;

/**
 * The account form. The user name and the first password are entered only when creating.
 */
class AccountForm {

	private String username;

	private String password;

	@NotBlank(message = "{account.fullName.required}")
	@Size(max = 120, message = "{validation.too-long}")
	private String fullName;

	@NotNull(message = "{account.unit.required}")
	private Long unitId;

	@NotNull(message = "{account.role.required}")
	private Role role;

	private Long leaderId;

	private long version;

	static AccountForm of(Account account) {
		AccountForm form = new AccountForm();
		form.username = account.getUsername();
		form.fullName = account.getFullName();
		form.unitId = account.getUnitId();
		form.role = account.getRole();
		form.leaderId = account.getLeaderId();
		form.version = account.getVersion();
		return form;
	}

	AccountData toData() {
		return new AccountData(this.fullName, this.unitId, this.role, this.leaderId);
	}

	public String getUsername() {
		return this.username;
	}

	public void setUsername(String username) {
		this.username = username;
	}

	public String getPassword() {
		return this.password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

	public String getFullName() {
		return this.fullName;
	}

	public void setFullName(String fullName) {
		this.fullName = fullName;
	}

	public Long getUnitId() {
		return this.unitId;
	}

	public void setUnitId(Long unitId) {
		this.unitId = unitId;
	}

	public Role getRole() {
		return this.role;
	}

	public void setRole(Role role) {
		this.role = role;
	}

	public Long getLeaderId() {
		return this.leaderId;
	}

	public void setLeaderId(Long leaderId) {
		this.leaderId = leaderId;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
