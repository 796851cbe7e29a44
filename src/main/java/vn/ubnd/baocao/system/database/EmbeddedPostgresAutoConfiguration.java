package vn.ubnd.baocao.system.database;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;

/**
 * With no database configured ({@code SPRING_DATASOURCE_URL} unset, and no connection given by a test container),
 * the portal starts its own PostgreSQL and connects to it. Nothing here runs when a server is configured.
 */
@AutoConfiguration(before = DataSourceAutoConfiguration.class)
@Conditional(NoDatabaseConfiguredCondition.class)
@ConditionalOnMissingBean(JdbcConnectionDetails.class)
@EnableConfigurationProperties(EmbeddedDatabaseProperties.class)
public class EmbeddedPostgresAutoConfiguration {

	static final String DATABASE = "postgres";

	static final String USER = "postgres";

	@Bean(destroyMethod = "close")
	EmbeddedPostgresServer embeddedPostgresServer(EmbeddedDatabaseProperties properties) {
		return EmbeddedPostgresServer.start(properties);
	}

	@Bean
	JdbcConnectionDetails embeddedPostgresConnectionDetails(EmbeddedPostgresServer server) {
		return new JdbcConnectionDetails() {

			@Override
			public String getUsername() {
				return USER;
			}

			@Override
			public String getPassword() {
				return "";
			}

			@Override
			public String getJdbcUrl() {
				return server.jdbcUrl(DATABASE);
			}

		};
	}

}
