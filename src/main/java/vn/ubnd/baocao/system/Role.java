package vn.ubnd.baocao.system;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * What a user does in the portal. A user has exactly one role, within exactly one unit.
 */
public enum Role {

	/** Văn phòng HĐND-UBND: drafts the reports of their unit. */
	CLERK,

	/** Thường trực HĐND: reads submitted reports, comments, returns, accepts. */
	COUNCIL_REVIEWER,

	/** Chủ tịch or Phó Chủ tịch: approves and signs. */
	CHAIR,

	/** Manages units and accounts. */
	ADMIN;

	public GrantedAuthority authority() {
		return new SimpleGrantedAuthority("ROLE_" + name());
	}

	/** The key of the role's Vietnamese name in {@code messages.properties}. */
	public String messageKey() {
		return "role." + name();
	}

}
