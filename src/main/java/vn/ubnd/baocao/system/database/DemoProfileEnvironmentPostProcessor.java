package vn.ubnd.baocao.system.database;

import java.util.Arrays;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Demo mode is on by default with the embedded database and off when a server is configured. Either way it can be
 * set explicitly with {@code portal.demo=true|false}, or by activating the {@code demo} profile.
 */
class DemoProfileEnvironmentPostProcessor implements EnvironmentPostProcessor {

	static final String DEMO_PROFILE = "demo";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (Arrays.asList(environment.getActiveProfiles()).contains(DEMO_PROFILE)) {
			return;
		}
		String url = environment.getProperty(NoDatabaseConfiguredCondition.URL_PROPERTY);
		boolean embedded = url == null || url.isBlank();
		boolean demo = environment.getProperty("portal.demo", Boolean.class, embedded);
		if (demo) {
			environment.addActiveProfile(DEMO_PROFILE);
		}
	}

}
