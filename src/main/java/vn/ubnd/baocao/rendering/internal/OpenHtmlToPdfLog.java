package vn.ubnd.baocao.rendering.internal;

import java.util.logging.Level;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * openhtmltopdf's messages sent to the application's logging, under openhtmltopdf's logger names
 * ({@code com.openhtmltopdf.load}, ...), so that the configured levels apply: by itself openhtmltopdf writes several
 * INFO lines to the console for every PDF.
 */
public final class OpenHtmlToPdfLog implements XRLogger {

	private static final OpenHtmlToPdfLog INSTANCE = new OpenHtmlToPdfLog();

	private OpenHtmlToPdfLog() {
	}

	/** Sends openhtmltopdf's messages to the application's logging (idempotent). */
	public static void install() {
		if (XRLog.getLoggerImpl() != INSTANCE) {
			XRLog.setLoggerImpl(INSTANCE);
		}
	}

	@Override
	public void log(String where, Level level, String message) {
		log(where, level, message, null);
	}

	@Override
	public void log(String where, Level level, String message, Throwable error) {
		Logger logger = LoggerFactory.getLogger(where);
		int value = level.intValue();
		if (value >= Level.SEVERE.intValue()) {
			logger.error(message, error);
		}
		else if (value >= Level.WARNING.intValue()) {
			logger.warn(message, error);
		}
		else if (value >= Level.INFO.intValue()) {
			logger.info(message, error);
		}
		else if (value >= Level.FINE.intValue()) {
			logger.debug(message, error);
		}
		else {
			logger.trace(message, error);
		}
	}

	@Override
	public void setLevel(String logger, Level level) {
		// levels are the application's logging configuration
	}

	@Override
	public boolean isLogLevelEnabled(Diagnostic diagnostic) {
		Logger logger = LoggerFactory.getLogger(diagnostic.getLogMessageId().getWhere());
		int value = diagnostic.getLevel().intValue();
		if (value >= Level.SEVERE.intValue()) {
			return logger.isErrorEnabled();
		}
		if (value >= Level.WARNING.intValue()) {
			return logger.isWarnEnabled();
		}
		if (value >= Level.INFO.intValue()) {
			return logger.isInfoEnabled();
		}
		return (value >= Level.FINE.intValue()) ? logger.isDebugEnabled() : logger.isTraceEnabled();
	}

	@Override
	public void log(Diagnostic diagnostic) {
		log(diagnostic.getLogMessageId().getWhere(), diagnostic.getLevel(), diagnostic.getFormattedMessage(),
				diagnostic.getError());
	}

}
