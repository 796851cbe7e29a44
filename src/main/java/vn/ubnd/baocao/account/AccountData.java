package vn.ubnd.baocao.account;

import vn.ubnd.baocao.system.Role;

/**
 * What an administrator enters for an account, apart from the user name and the password.
 */
public record AccountData(String fullName, long unitId, Role role, Long leaderId) {
}
