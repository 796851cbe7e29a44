package vn.ubnd.baocao.audit;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The audit rows as stored, read with the application's own connections; and a privileged connection (the
 * configured user, who owns the tables, without the switch to the application's role) for tampering.
 */
@Component
class AuditRows {

	private final JdbcClient jdbc;

	private final DataSource dataSource;

	AuditRows(JdbcClient jdbc, DataSource dataSource) {
		this.jdbc = jdbc;
		this.dataSource = dataSource;
	}

	long lastId() {
		return this.jdbc.sql("select coalesce(max(id), 0) from audit_event").query(Long.class).single();
	}

	/** The rows written after the given id, in order. */
	List<AuditEvent> after(long id) {
		return this.jdbc.sql("select * from audit_event where id > ? order by id")
			.param(id)
			.query((rs, n) -> new AuditEvent(rs.getLong("id"), rs.getObject("occurred_at", OffsetDateTime.class)
				.toInstant(), (Long) rs.getObject("actor_account_id"), rs.getString("actor_name"),
					rs.getString("action"), (Long) rs.getObject("unit_id"), (Long) rs.getObject("report_id"),
					(Long) rs.getObject("section_id"), rs.getString("detail"), rs.getString("prev_hash"),
					rs.getString("hash")))
			.list();
	}

	List<String> actionsAfter(long id) {
		return after(id).stream().map(AuditEvent::action).toList();
	}

	/** A connection as the configured user (the tables' owner, a superuser here), not as the application's role. */
	Connection privileged() throws SQLException {
		return vn.ubnd.baocao.DatabaseOwner.connect(this.dataSource);
	}

}
