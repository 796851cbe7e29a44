package vn.ubnd.baocao.account;

import java.util.Optional;
import java.util.function.LongPredicate;

import org.springframework.stereotype.Component;

import vn.ubnd.baocao.system.PortalUser;

/**
 * Finds the account behind a user name at sign-in.
 */
@Component
public class AccountLookup {

	private final AccountRepository accounts;

	AccountLookup(AccountRepository accounts) {
		this.accounts = accounts;
	}

	/** The user for the name (case-insensitive), enabled only if the account and its unit are active. */
	public Optional<PortalUser> findPortalUser(String username, LongPredicate unitActive) {
		if (username == null) {
			return Optional.empty();
		}
		return this.accounts.findByUsernameIgnoreCase(username.strip())
			.map((account) -> account.toPortalUser(unitActive.test(account.getUnitId())));
	}

}
