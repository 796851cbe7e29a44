package vn.ubnd.baocao.system.web;

import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.webmvc.autoconfigure.error.DefaultErrorViewResolver;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

import vn.ubnd.baocao.system.DatabaseUnavailable;

/**
 * The error pages by status ({@code error/404.html}, {@code error/4xx.html} …), as Spring Boot's own resolver finds
 * them, which this one replaces; and a request that failed outside the controllers because the database was away
 * (reading or saving the session, which lives in PostgreSQL) gets the same "not saved, try again" page as one that
 * failed inside them, with 503.
 */
@Component
class DatabaseErrorViewResolver extends DefaultErrorViewResolver {

	private static final Logger log = LoggerFactory.getLogger(DatabaseErrorViewResolver.class);

	DatabaseErrorViewResolver(ApplicationContext context, WebProperties web) {
		super(context, web.getResources());
	}

	@Override
	public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
		Object failure = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
		if (failure instanceof Throwable throwable && DatabaseUnavailable.isCause(throwable)) {
			log.warn("The database cannot take the request: {}", ErrorAdvice.rootMessage(throwable));
			return new ModelAndView("error/503", Map.of(), HttpStatus.SERVICE_UNAVAILABLE);
		}
		return super.resolveErrorView(request, status, model);
	}

}
