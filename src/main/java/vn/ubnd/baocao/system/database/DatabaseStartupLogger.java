package vn.ubnd.baocao.system.database;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Says in the log which database the portal uses, as which user and role, and, for the embedded one, where its data
 * lives.
 */
@Component
class DatabaseStartupLogger {

	private static final Logger log = LoggerFactory.getLogger(DatabaseStartupLogger.class);

	private final DataSource dataSource;

	private final ObjectProvider<EmbeddedPostgresServer> embedded;

	DatabaseStartupLogger(DataSource dataSource, ObjectProvider<EmbeddedPostgresServer> embedded) {
		this.dataSource = dataSource;
		this.embedded = embedded;
	}

	@EventListener(ApplicationReadyEvent.class)
	void logDatabase() {
		try (Connection connection = this.dataSource.getConnection();
				Statement statement = connection.createStatement();
				ResultSet roles = statement.executeQuery("select session_user, current_user")) {
			DatabaseMetaData meta = connection.getMetaData();
			String user = roles.next() ? roles.getString(1) + " as role " + roles.getString(2) : "?";
			EmbeddedPostgresServer server = this.embedded.getIfAvailable();
			if (server != null) {
				log.info("Database: embedded {} {} at {} ({}), data directory {}", meta.getDatabaseProductName(),
						meta.getDatabaseProductVersion(), meta.getURL(), user, server.dataDirectory());
			}
			else {
				log.info("Database: {} {} at {} ({}, configured server)", meta.getDatabaseProductName(),
						meta.getDatabaseProductVersion(), meta.getURL(), user);
			}
		}
		catch (SQLException ex) {
			log.warn("Could not read the database's details: {}", ex.getMessage());
		}
	}

}
