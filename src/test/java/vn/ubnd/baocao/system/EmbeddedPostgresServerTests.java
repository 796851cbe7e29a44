package vn.ubnd.baocao.system;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.ubnd.baocao.system.database.EmbeddedDatabaseProperties;
import vn.ubnd.baocao.system.database.EmbeddedPostgresServer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded PostgreSQL keeps its data across restarts (as root and as a normal user alike).
 */
class EmbeddedPostgresServerTests {

	@TempDir
	Path folder;

	@Test
	void dataSurvivesARestart() throws Exception {
		EmbeddedDatabaseProperties properties = new EmbeddedDatabaseProperties(this.folder.resolve("pgdata"), 0,
				false, null);
		try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(properties);
				Connection connection = DriverManager.getConnection(server.jdbcUrl("postgres"), "postgres", "");
				Statement statement = connection.createStatement()) {
			statement.execute("create table giu_lai (ten text)");
			statement.execute("insert into giu_lai values ('Ủy ban nhân dân')");
		}
		assertThat(Files.exists(this.folder.resolve("pgdata/PG_VERSION"))).isTrue();
		try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(properties);
				Connection connection = DriverManager.getConnection(server.jdbcUrl("postgres"), "postgres", "");
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("select ten from giu_lai")) {
			assertThat(rows.next()).isTrue();
			assertThat(rows.getString(1)).isEqualTo("Ủy ban nhân dân");
		}
	}

	@Test
	void anEphemeralClusterIsDeletedOnClose() throws Exception {
		EmbeddedDatabaseProperties properties = new EmbeddedDatabaseProperties(null, 0, true, null);
		Path data;
		try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(properties)) {
			data = server.dataDirectory();
			assertThat(Files.exists(data.resolve("PG_VERSION"))).isTrue();
		}
		assertThat(Files.exists(data)).isFalse();
	}

}
