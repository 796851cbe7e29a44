package vn.ubnd.baocao.account;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import vn.ubnd.baocao.system.PortalUser;
import vn.ubnd.baocao.system.Role;

/**
 * A person who signs in: one role, in one unit. A chair's account is tied to the leader record it signs as.
 */
@Entity
@Table(name = "account")
public class Account {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, updatable = false)
	private String username;

	@Column(name = "password_hash", nullable = false)
	private String passwordHash;

	@Column(name = "full_name", nullable = false)
	private String fullName;

	@Column(name = "unit_id", nullable = false)
	private Long unitId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Role role;

	@Column(name = "leader_id")
	private Long leaderId;

	@Column(nullable = false)
	private boolean enabled = true;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt = Instant.now();

	@Version
	private long version;

	protected Account() {
	}

	Account(String username, String passwordHash, AccountData data) {
		this.username = username;
		this.passwordHash = passwordHash;
		apply(data);
	}

	final void apply(AccountData data) {
		this.fullName = data.fullName();
		this.unitId = data.unitId();
		this.role = data.role();
		this.leaderId = data.role() == Role.CHAIR ? data.leaderId() : null;
	}

	String passwordHash() {
		return this.passwordHash;
	}

	void changePassword(String passwordHash) {
		this.passwordHash = passwordHash;
	}

	void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	PortalUser toPortalUser(boolean unitActive) {
		return new PortalUser(this.id, this.username, this.passwordHash, this.fullName, this.unitId, this.role,
				this.leaderId, this.enabled && unitActive);
	}

	public Long getId() {
		return this.id;
	}

	public String getUsername() {
		return this.username;
	}

	public String getFullName() {
		return this.fullName;
	}

	public Long getUnitId() {
		return this.unitId;
	}

	public Role getRole() {
		return this.role;
	}

	public Long getLeaderId() {
		return this.leaderId;
	}

	public boolean isEnabled() {
		return this.enabled;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public long getVersion() {
		return this.version;
	}

}
