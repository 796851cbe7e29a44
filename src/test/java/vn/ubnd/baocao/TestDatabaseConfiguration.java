package vn.ubnd.baocao;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * The one switch for the tests' database: a PostgreSQL container where Docker is available, and otherwise the
 * embedded PostgreSQL of the application itself (in a throw-away folder, see
 * {@code src/test/resources/config/application.properties}). Never anything but PostgreSQL.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestDatabaseConfiguration {

	@Bean
	@ServiceConnection
	@Conditional(DockerAvailable.class)
	PostgreSQLContainer postgresContainer() {
		return new PostgreSQLContainer(DockerImageName.parse("postgres:17-alpine"));
	}

	/** Whether a Docker engine answers; asked once per test run. */
	static class DockerAvailable implements Condition {

		private static volatile Boolean available;

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			if (available == null) {
				boolean answer;
				try {
					answer = DockerClientFactory.instance().isDockerAvailable();
				}
				catch (RuntimeException | LinkageError ex) {
					answer = false;
				}
				available = answer;
			}
			return available;
		}

	}

}
