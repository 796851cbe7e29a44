package vn.ubnd.baocao.system;

import java.sql.SQLException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which database failures are "not saved, try again" (503) and which are the portal's own fault (500), by the
 * SQLSTATE PostgreSQL gives (as seen by bench/faults: 57P01 restart, 25006 read-only, 53100 disk full).
 */
class DatabaseUnavailableTests {

	@ParameterizedTest
	@CsvSource({ "57P01, true", "57P03, true", "08006, true", "08003, true", "25006, true", "53100, true",
			"53300, true", "23505, false", "22001, false", "42P01, false", "40001, false" })
	void theSqlStateTells(String state, boolean unavailable) {
		SQLException sql = new SQLException("from PostgreSQL", state);
		assertThat(DatabaseUnavailable.isCause(new DataAccessResourceFailureException("wrapped", sql)))
			.isEqualTo(unavailable);
		assertThat(DatabaseUnavailable.isCause(new DataIntegrityViolationException("wrapped",
				new RuntimeException("deeper", sql)))).isEqualTo(unavailable);
	}

	@org.junit.jupiter.api.Test
	void aClosedConnectionOrNoConnectionAtAllIsUnavailable() {
		assertThat(DatabaseUnavailable.isCause(new RuntimeException(new SQLException("Connection is closed")))).isTrue();
		assertThat(DatabaseUnavailable.isCause(new org.springframework.transaction.CannotCreateTransactionException(
				"no connection", new java.sql.SQLTransientConnectionException("timeout")))).isTrue();
		assertThat(DatabaseUnavailable.isCause(new IllegalStateException("something else"))).isFalse();
		assertThat(DatabaseUnavailable.isCause(null)).isFalse();
	}

}
