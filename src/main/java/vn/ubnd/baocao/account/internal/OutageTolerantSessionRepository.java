package vn.ubnd.baocao.account.internal;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;

import vn.ubnd.baocao.system.DatabaseUnavailable;

/**
 * The sessions in PostgreSQL, saved after each request: when the database goes away between the request's own work
 * and that save (a restart, a read-only switch), the request's answer must still tell what happened to its work. A
 * save that succeeded must not turn into an error page because its session's last-access time could not be written;
 * that failure is logged and the session is saved again by the next request.
 * <p>
 * A page larger than the response buffer commits the response while it is written: Spring Session then saves the
 * session and forgets it, and at the end of the request looks it up again by its id ({@code commitSession}) only to
 * learn the id it has just saved; a second read of the session and its attributes from PostgreSQL (and their
 * deserialisation) for every such page. Within a request ({@link RequestScope}, a filter before Spring Session's)
 * the session just saved answers that look-up. Outside a request, and for any other id, every look-up reads the
 * database.
 */
@SuppressWarnings({ "rawtypes", "unchecked" })
class OutageTolerantSessionRepository implements FindByIndexNameSessionRepository<Session> {

	private static final Logger log = LoggerFactory.getLogger(OutageTolerantSessionRepository.class);

	/** The session saved last in the request under way on this thread; none outside a request. */
	private static final ThreadLocal<Session[]> SAVED_IN_REQUEST = new ThreadLocal<>();

	private final FindByIndexNameSessionRepository delegate;

	OutageTolerantSessionRepository(FindByIndexNameSessionRepository<?> delegate) {
		this.delegate = delegate;
	}

	@Override
	public Session createSession() {
		return this.delegate.createSession();
	}

	@Override
	public void save(Session session) {
		try {
			this.delegate.save(session);
			Session[] saved = SAVED_IN_REQUEST.get();
			if (saved != null) {
				saved[0] = session;
			}
		}
		catch (RuntimeException ex) {
			if (!DatabaseUnavailable.isCause(ex)) {
				throw ex;
			}
			log.warn("Session not saved, the database is away: {}", ex.getMessage());
		}
	}

	@Override
	public Session findById(String id) {
		Session[] saved = SAVED_IN_REQUEST.get();
		if (saved != null && saved[0] != null && saved[0].getId().equals(id) && !saved[0].isExpired()) {
			return saved[0];
		}
		return (Session) this.delegate.findById(id);
	}

	@Override
	public void deleteById(String id) {
		Session[] saved = SAVED_IN_REQUEST.get();
		if (saved != null) {
			saved[0] = null;
		}
		this.delegate.deleteById(id);
	}

	@Override
	public Map<String, Session> findByIndexNameAndIndexValue(String indexName, String indexValue) {
		return this.delegate.findByIndexNameAndIndexValue(indexName, indexValue);
	}

	/** Marks the request under way on this thread, so that the session it saves answers its own look-up after. */
	static final class RequestScope implements Filter {

		@Override
		public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
				throws IOException, ServletException {
			Session[] outer = SAVED_IN_REQUEST.get();
			SAVED_IN_REQUEST.set(new Session[1]);
			try {
				chain.doFilter(request, response);
			}
			finally {
				if (outer != null) {
					SAVED_IN_REQUEST.set(outer);
				}
				else {
					SAVED_IN_REQUEST.remove();
				}
			}
		}

	}

}
