package vn.ubnd.baocao.account.internal;

import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;

import vn.ubnd.baocao.PortalIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The session a request saved answers that request's own look-up of it (Spring Session looks the session up again
 * after saving it when the response was committed early), and nothing else: outside a request, after it, and for
 * another id the session is read from PostgreSQL.
 */
@PortalIntegrationTest
class SessionRequestScopeTests {

	@Autowired
	SessionRepository<?> repository;

	SessionRepository<Session> sessions;

	@Test
	@SuppressWarnings("unchecked")
	void withinARequestTheSavedSessionAnswersItsLookUpAndOnlyThere() throws Exception {
		// the repository Spring Session's filter uses: the JDBC one, wrapped
		assertThat(this.repository).isInstanceOf(OutageTolerantSessionRepository.class);
		this.sessions = (SessionRepository<Session>) this.repository;
		Session created = this.sessions.createSession();
		created.setAttribute("step", "1");
		this.sessions.save(created);
		String id = created.getId();
		Session other = this.sessions.createSession();
		this.sessions.save(other);

		// outside a request: always the database's copy
		assertThat(this.sessions.findById(id)).isNotSameAs(created);

		AtomicReference<Session> savedInRequest = new AtomicReference<>();
		new OutageTolerantSessionRepository.RequestScope().doFilter(new MockHttpServletRequest(),
				new MockHttpServletResponse(), (request, response) -> {
					Session read = this.sessions.findById(id);
					assertThat(read).isNotSameAs(created);
					assertThat((String) read.getAttribute("step")).isEqualTo("1");
					read.setAttribute("step", "2");
					this.sessions.save(read);
					savedInRequest.set(read);
					// the look-up after the save: the session just saved, not a second read
					assertThat(this.sessions.findById(id)).isSameAs(read);
					// another session is still read from the database
					assertThat(this.sessions.findById(other.getId())).isNotNull().isNotSameAs(other);
				});

		// after the request: the database again, with what the request saved
		Session after = this.sessions.findById(id);
		assertThat(after).isNotSameAs(savedInRequest.get());
		assertThat((String) after.getAttribute("step")).isEqualTo("2");

		// a session deleted within the request is not answered from memory
		new OutageTolerantSessionRepository.RequestScope().doFilter(new MockHttpServletRequest(),
				new MockHttpServletResponse(), (request, response) -> {
					Session read = this.sessions.findById(id);
					this.sessions.save(read);
					this.sessions.deleteById(id);
					assertThat(this.sessions.findById(id)).isNull();
				});
		this.sessions.deleteById(other.getId());
	}

}
