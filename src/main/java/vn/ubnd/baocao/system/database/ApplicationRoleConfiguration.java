package vn.ubnd.baocao.system.database;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Registers {@link ApplicationRole}: a post-processor (it finds the connection pool before it opens), hence
 * {@code static}.
 */
@Configuration(proxyBeanMethods = false)
class ApplicationRoleConfiguration {

	@Bean
	static ApplicationRole applicationRole(Environment environment) {
		return new ApplicationRole(environment);
	}

}
