package vn.ubnd.baocao.account.internal;

import java.util.Map;

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
 */
@SuppressWarnings({ "rawtypes", "unchecked" })
class OutageTolerantSessionRepository implements FindByIndexNameSessionRepository<Session> {

	private static final Logger log = LoggerFactory.getLogger(OutageTolerantSessionRepository.class);

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
		return (Session) this.delegate.findById(id);
	}

	@Override
	public void deleteById(String id) {
		this.delegate.deleteById(id);
	}

	@Override
	public Map<String, Session> findByIndexNameAndIndexValue(String indexName, String indexValue) {
		return this.delegate.findByIndexNameAndIndexValue(indexName, indexValue);
	}

}
