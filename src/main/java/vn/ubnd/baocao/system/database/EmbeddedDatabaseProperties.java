package vn.ubnd.baocao.system.database;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the embedded PostgreSQL that the portal starts when no database server is configured.
 *
 * @param dataDirectory where the cluster lives; it survives restarts unless {@code ephemeral} is set
 * @param port the port to listen on, {@code 0} for a free one
 * @param ephemeral start from an empty cluster in a temporary folder and delete it on shutdown (tests)
 * @param binariesDirectory where the PostgreSQL binaries are unpacked
 */
@ConfigurationProperties("portal.database.embedded")
public record EmbeddedDatabaseProperties(Path dataDirectory, int port, boolean ephemeral,
		Path binariesDirectory) {

	public EmbeddedDatabaseProperties {
		if (dataDirectory == null) {
			dataDirectory = Path.of(System.getProperty("user.home"), ".baocao-portal", "pgdata");
		}
		if (binariesDirectory == null) {
			binariesDirectory = Path.of(System.getProperty("java.io.tmpdir"), "baocao-portal-pg");
		}
	}

}
