/**
 * Accounts, roles and sign-in: form login with a Vietnamese page, passwords hashed with BCrypt, repeated failed
 * logins throttled, sessions kept in PostgreSQL so that several instances can serve the same users, and the
 * administration of accounts within an administrator's units.
 * <p>
 * API: {@link vn.ubnd.baocao.account.AccountService}, {@link vn.ubnd.baocao.account.Account}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Tài khoản")
package vn.ubnd.baocao.account;
