package vn.ubnd.baocao.system.web;

import jakarta.persistence.PersistenceException;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.TransactionException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

import vn.ubnd.baocao.system.DatabaseUnavailable;

/**
 * A change made on an outdated copy answers 409 with the Vietnamese conflict page; nothing is overwritten. A database
 * that cannot take the change (restarting, unreachable, read-only, disk full) answers 503 with a page that says the
 * change was not saved; anything else from the database is a 500 with the general error page.
 */
@ControllerAdvice
class ErrorAdvice {

	private static final Logger log = LoggerFactory.getLogger(ErrorAdvice.class);

	@ExceptionHandler(OptimisticLockingFailureException.class)
	@ResponseStatus(HttpStatus.CONFLICT)
	String conflict() {
		return "error/409";
	}

	@ExceptionHandler({ DataAccessException.class, TransactionException.class, PersistenceException.class })
	String database(Exception ex, HttpServletResponse response) {
		if (DatabaseUnavailable.isCause(ex)) {
			log.warn("The database cannot take the request: {}", rootMessage(ex));
			response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
			response.setHeader("Retry-After", "10");
			return "error/503";
		}
		log.error("Database error", ex);
		response.setStatus(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
		return "error/5xx";
	}

	static String rootMessage(Throwable ex) {
		Throwable root = ex;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return root.getClass().getSimpleName() + ": " + root.getMessage();
	}

}
