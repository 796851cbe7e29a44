package vn.ubnd.baocao.account.internal;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.transaction.annotation.Transactional;

import vn.ubnd.baocao.account.AccountLookup;
import vn.ubnd.baocao.unit.UnitService;

/**
 * Loads the signing-in user; an account of a deactivated unit cannot sign in either. Used only by
 * {@link ThrottledAuthenticationProvider}, hence not a bean of its own.
 */
class PortalUserDetailsService implements UserDetailsService {

	private final AccountLookup accounts;

	private final UnitService units;

	PortalUserDetailsService(AccountLookup accounts, UnitService units) {
		this.accounts = accounts;
		this.units = units;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		return this.accounts.findPortalUser(username, (unitId) -> this.units.get(unitId).isActive())
			.orElseThrow(() -> new UsernameNotFoundException("no account"));
	}

}
