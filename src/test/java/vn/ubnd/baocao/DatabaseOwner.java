package vn.ubnd.baocao;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

/**
 * A connection as the user the portal signs in as and migrates with, the owner of the tables, without the pool's
 * {@code SET ROLE} to the restricted application role: what someone with the owner's password could do behind the
 * portal's back (tampering tests), and what a trigger must still refuse.
 */
public final class DatabaseOwner {

	private DatabaseOwner() {
	}

	public static Connection connect(DataSource dataSource) throws SQLException {
		HikariDataSource hikari = dataSource.unwrap(HikariDataSource.class);
		return DriverManager.getConnection(hikari.getJdbcUrl(), hikari.getUsername(),
				(hikari.getPassword() == null) ? "" : hikari.getPassword());
	}

}
