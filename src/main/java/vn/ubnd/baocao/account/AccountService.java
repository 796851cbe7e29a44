package vn.ubnd.baocao.account;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ubnd.baocao.system.AuditRecord;
import vn.ubnd.baocao.system.ChangeSummary;
import vn.ubnd.baocao.system.NotFoundException;
import vn.ubnd.baocao.system.PortalUser;
import vn.ubnd.baocao.system.Role;
import vn.ubnd.baocao.unit.Leader;
import vn.ubnd.baocao.unit.Unit;
import vn.ubnd.baocao.unit.UnitService;

/**
 * Accounts, managed by an administrator for their own unit and the units below it. Every change goes into the audit
 * trail ({@link AuditRecord}), never a password or its hash.
 */
@Service
@Transactional(readOnly = true)
public class AccountService {

	/** Lower-case letters, digits, dot, hyphen and underscore; 3 to 60 characters. */
	public static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{3,60}");

	public static final int MIN_PASSWORD_LENGTH = 8;

	public static final int MAX_PASSWORD_LENGTH = 100;

	private final AccountRepository accounts;

	private final UnitService units;

	private final PasswordEncoder passwordEncoder;

	private final ApplicationEventPublisher events;

	AccountService(AccountRepository accounts, UnitService units, PasswordEncoder passwordEncoder,
			ApplicationEventPublisher events) {
		this.accounts = accounts;
		this.units = units;
		this.passwordEncoder = passwordEncoder;
		this.events = events;
	}

	/** Records the administrator's change to the account in the audit trail (in this transaction). */
	private void audit(PortalUser admin, String action, Account account, String detail) {
		this.events.publishEvent(AuditRecord.of(admin, action, account.getUnitId(), null, null, detail));
	}

	/** The accounts of the administrator's unit and the units below it. */
	public List<Account> visibleTo(PortalUser admin) {
		return this.accounts.findByUnitIdInOrderByUsernameAsc(this.units.subtree(admin.unitId()));
	}

	/** The account if it belongs to a unit the administrator manages; otherwise not found. */
	public Account get(PortalUser admin, long accountId) {
		Account account = this.accounts.findById(accountId)
			.orElseThrow(() -> new NotFoundException("account " + accountId));
		if (!this.units.isWithin(account.getUnitId(), admin.unitId())) {
			throw new NotFoundException("account " + accountId);
		}
		return account;
	}

	@Transactional
	public Account create(PortalUser admin, String username, String password, AccountData data) {
		checkUnitAndLeader(admin, data);
		Account account = createChecked(username, password, data);
		audit(admin, "account.create", account, account.getUsername() + " (" + account.getFullName() + ", "
				+ account.getRole() + ", unit " + account.getUnitId() + ")");
		return account;
	}

	/** Creates an account on behalf of the system (demo data). */
	@Transactional
	public Account createAsSystem(String username, String password, AccountData data) {
		return createChecked(username, password, data);
	}

	private Account createChecked(String username, String password, AccountData data) {
		String name = username == null ? "" : username.toLowerCase(Locale.ROOT);
		if (!USERNAME.matcher(name).matches()) {
			throw new AccountValidationException("username", "account.username.pattern");
		}
		if (this.accounts.existsByUsernameIgnoreCase(name)) {
			throw new AccountValidationException("username", "account.username.taken");
		}
		checkPassword(password);
		try {
			return this.accounts.saveAndFlush(new Account(name, this.passwordEncoder.encode(password), data));
		}
		catch (DataIntegrityViolationException ex) {
			throw new AccountValidationException("username", "account.username.taken");
		}
	}

	@Transactional
	public Account update(PortalUser admin, long accountId, long expectedVersion, AccountData data) {
		Account account = get(admin, accountId);
		if (account.getVersion() != expectedVersion) {
			throw new ObjectOptimisticLockingFailureException(Account.class, accountId);
		}
		checkUnitAndLeader(admin, data);
		if (account.getId() == admin.accountId() && data.role() != Role.ADMIN) {
			throw new AccountValidationException("role", "account.error.own-role");
		}
		String changes = ChangeSummary.about(account.getUsername(),
				ChangeSummary.fields("fullName", account.getFullName(), data.fullName()),
				ChangeSummary.values("unit", account.getUnitId(), data.unitId(), "role", account.getRole(), data.role(),
						"leader", account.getLeaderId(), (data.role() == Role.CHAIR) ? data.leaderId() : null));
		account.apply(data);
		audit(admin, "account.update", account, changes);
		return account;
	}

	@Transactional
	public void setEnabled(PortalUser admin, long accountId, boolean enabled) {
		Account account = get(admin, accountId);
		if (!enabled && account.getId() == admin.accountId()) {
			throw new AccountValidationException(null, "account.error.deactivate-self");
		}
		account.setEnabled(enabled);
		audit(admin, enabled ? "account.activate" : "account.deactivate", account, account.getUsername());
	}

	@Transactional
	public void resetPassword(PortalUser admin, long accountId, String newPassword) {
		Account account = get(admin, accountId);
		checkPassword(newPassword);
		account.changePassword(this.passwordEncoder.encode(newPassword));
		audit(admin, "account.password", account, account.getUsername());
	}

	/**
	 * A user changes their own password: the current one must be right, the new one long enough and different.
	 * Recorded in the audit trail (never the password).
	 */
	@Transactional
	public void changeOwnPassword(PortalUser user, String currentPassword, String newPassword) {
		Account account = this.accounts.findById(user.accountId())
			.orElseThrow(() -> new NotFoundException("account " + user.accountId()));
		if (currentPassword == null || !this.passwordEncoder.matches(currentPassword, account.passwordHash())) {
			throw new AccountValidationException("current", "account.password.current-wrong");
		}
		checkPassword(newPassword);
		if (newPassword.equals(currentPassword)) {
			throw new AccountValidationException("password", "account.password.unchanged");
		}
		account.changePassword(this.passwordEncoder.encode(newPassword));
		this.events.publishEvent(AuditRecord.of(user, "account.password.own", account.getUnitId(), null, null,
				account.getUsername()));
	}

	private static void checkPassword(String password) {
		if (password == null || password.length() < MIN_PASSWORD_LENGTH || password.length() > MAX_PASSWORD_LENGTH) {
			throw new AccountValidationException("password", "account.password.length");
		}
	}

	private void checkUnitAndLeader(PortalUser admin, AccountData data) {
		Set<Long> managed = this.units.subtree(admin.unitId());
		if (!managed.contains(data.unitId())) {
			throw new AccountValidationException("unitId", "account.error.unit-outside");
		}
		Unit unit = this.units.get(data.unitId());
		if (!unit.isActive()) {
			throw new AccountValidationException("unitId", "account.error.unit-inactive");
		}
		if (data.role() == Role.CHAIR) {
			if (data.leaderId() == null) {
				throw new AccountValidationException("leaderId", "account.leader.required");
			}
			Leader leader = this.units.leader(data.leaderId());
			if (!leader.getUnitId().equals(data.unitId()) || !leader.isActive()) {
				throw new AccountValidationException("leaderId", "account.leader.other-unit");
			}
		}
	}

}
