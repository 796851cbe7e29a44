package vn.ubnd.baocao.system;

import java.sql.SQLException;

/**
 * Tells a database that cannot take a request at all (restarting, unreachable, read-only, out of space) from one that
 * refuses this request's data: the first is answered with "not saved, try again in a moment" (503), the second is a
 * fault of the portal.
 */
public final class DatabaseUnavailable {

	private DatabaseUnavailable() {
	}

	/**
	 * Whether {@code failure} or one of its causes says the database is down, restarting, unreachable, read-only or
	 * out of space: PostgreSQL's SQLSTATE classes 08 (connection), 53 (insufficient resources), 57P (operator
	 * intervention) and 25006 (read-only transaction), a connection the pool could not give or found closed.
	 */
	public static boolean isCause(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof org.springframework.transaction.CannotCreateTransactionException
					|| cause instanceof org.springframework.jdbc.CannotGetJdbcConnectionException
					|| cause instanceof java.sql.SQLTransientConnectionException
					|| cause instanceof java.net.ConnectException) {
				return true;
			}
			if (cause instanceof SQLException sql) {
				String state = sql.getSQLState();
				if (state != null && (state.startsWith("08") || state.startsWith("53") || state.startsWith("57P")
						|| state.equals("25006"))) {
					return true;
				}
				String message = String.valueOf(sql.getMessage());
				if (message.contains("onnection is closed") || message.contains("has been closed")) {
					return true;
				}
			}
			if (cause.getCause() == cause) {
				break;
			}
		}
		return false;
	}

}
