package vn.ubnd.baocao.system.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * Links in pages are written as they are: Spring Boot would otherwise register a {@link ResourceUrlEncodingFilter}
 * (the WebJars locator turns the resource chain on), which asks the classpath for every link a page builds, as if it
 * were a static file; the editor builds hundreds (eight buttons per section), and that was most of its time under
 * load. WebJars are still served by their version-less paths ({@code /webjars/htmx.org/dist/htmx.min.js}): the
 * resource chain's WebJars resolver answers them when they are requested.
 */
@Configuration(proxyBeanMethods = false)
class ResourceLinkConfiguration {

	@Bean
	FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
		FilterRegistrationBean<ResourceUrlEncodingFilter> registration = new FilterRegistrationBean<>(
				new ResourceUrlEncodingFilter());
		registration.setEnabled(false);
		return registration;
	}

}
