package vn.ubnd.baocao.system;

import java.io.Serial;
import java.util.Collection;
import java.util.List;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in user as the rest of the portal sees it: who they are, their unit and their role. Kept in the
 * session (stored in PostgreSQL), hence serialisable.
 */
public final class PortalUser implements UserDetails, CredentialsContainer {

	@Serial
	private static final long serialVersionUID = 1L;

	private final long accountId;

	private final String username;

	private String passwordHash;

	private final String fullName;

	private final long unitId;

	private final Role role;

	private final Long leaderId;

	private final boolean enabled;

	public PortalUser(long accountId, String username, String passwordHash, String fullName, long unitId, Role role,
			Long leaderId, boolean enabled) {
		this.accountId = accountId;
		this.username = username;
		this.passwordHash = passwordHash;
		this.fullName = fullName;
		this.unitId = unitId;
		this.role = role;
		this.leaderId = leaderId;
		this.enabled = enabled;
	}

	public long accountId() {
		return this.accountId;
	}

	public String fullName() {
		return this.fullName;
	}

	public long unitId() {
		return this.unitId;
	}

	public Role role() {
		return this.role;
	}

	/** The leader record a chair account signs as, or {@code null}. */
	public Long leaderId() {
		return this.leaderId;
	}

	public boolean hasRole(Role candidate) {
		return this.role == candidate;
	}

	/** Refuses (403) a user who does not have the role. */
	public void require(Role required) {
		if (this.role != required) {
			throw new org.springframework.security.access.AccessDeniedException(required + " only");
		}
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.of(this.role.authority());
	}

	@Override
	public String getPassword() {
		return this.passwordHash;
	}

	@Override
	public String getUsername() {
		return this.username;
	}

	@Override
	public boolean isEnabled() {
		return this.enabled;
	}

	@Override
	public void eraseCredentials() {
		this.passwordHash = null;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof PortalUser user && user.accountId == this.accountId;
	}

	@Override
	public int hashCode() {
		return Long.hashCode(this.accountId);
	}

	@Override
	public String toString() {
		return "PortalUser[" + this.username + ", " + this.role + ", unit " + this.unitId + "]";
	}

}
