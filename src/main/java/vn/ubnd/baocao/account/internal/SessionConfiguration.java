package vn.ubnd.baocao.account.internal;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;
import org.springframework.session.jdbc.config.annotation.web.http.EnableJdbcHttpSession;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;
import org.springframework.session.web.http.SessionRepositoryFilter;

/**
 * Sessions live in PostgreSQL (tables created by Flyway), so any instance of the portal can serve any user. The
 * cookie is HttpOnly and SameSite=Lax, and Secure whenever the request came over HTTPS.
 */
@Configuration(proxyBeanMethods = false)
@EnableJdbcHttpSession(maxInactiveIntervalInSeconds = 4 * 60 * 60)
class SessionConfiguration {

	@Bean
	CookieSerializer sessionCookieSerializer() {
		DefaultCookieSerializer serializer = new DefaultCookieSerializer();
		serializer.setCookieName("BAOCAO_SESSION");
		serializer.setUseHttpOnlyCookie(true);
		serializer.setSameSite("Lax");
		serializer.setCookiePath("/");
		return serializer;
	}

	/**
	 * Writes session attributes with PostgreSQL's upsert: two requests of one session at once (the panels a page
	 * loads, several tabs, two portals) that both add the same attribute would otherwise break the second with a
	 * duplicate key.
	 */
	/** Wraps the session repository so that a session that cannot be saved during an outage fails no request. */
	@Bean
	static BeanPostProcessor outageTolerantSessions() {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				return (bean instanceof JdbcIndexedSessionRepository repository)
						? new OutageTolerantSessionRepository(repository) : bean;
			}

		};
	}

	/**
	 * Wraps Spring Session's filter (and so every request, errors and async dispatches included) in the scope within
	 * which the session a request saved answers that request's own look-up of it
	 * ({@link OutageTolerantSessionRepository}).
	 */
	@Bean
	FilterRegistrationBean<OutageTolerantSessionRepository.RequestScope> sessionRequestScope() {
		FilterRegistrationBean<OutageTolerantSessionRepository.RequestScope> registration = new FilterRegistrationBean<>(
				new OutageTolerantSessionRepository.RequestScope());
		registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 1);
		registration.setDispatcherTypes(jakarta.servlet.DispatcherType.REQUEST, jakarta.servlet.DispatcherType.ASYNC,
				jakarta.servlet.DispatcherType.ERROR);
		return registration;
	}

	@Bean
	PostgreSqlJdbcIndexedSessionRepositoryCustomizer sessionAttributesUpsert() {
		return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
	}

}
