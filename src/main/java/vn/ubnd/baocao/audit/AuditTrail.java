package vn.ubnd.baocao.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ubnd.baocao.audit.ChainVerification.Problem;
import vn.ubnd.baocao.audit.internal.AuditChain;
import vn.ubnd.baocao.system.PortalUser;
import vn.ubnd.baocao.system.Role;
import vn.ubnd.baocao.unit.UnitService;

/**
 * Reading the audit trail, for administrators: a page of what happened in the administrator's unit and the units
 * below it (sign-ins of their accounts included), and the check of the whole chain. What concerns no unit (a failed
 * sign-in under a name that does not exist) is seen by the administrators of a top-level unit.
 */
@Service
@Transactional(readOnly = true)
public class AuditTrail {

	public static final int PAGE_SIZE = 50;

	/** Days are Vietnam's. */
	public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	private static final String COLUMNS = "id, occurred_at, actor_account_id, actor_name, action, unit_id, report_id, "
			+ "section_id, detail, prev_hash, hash";

	private final JdbcClient jdbc;

	private final UnitService units;

	AuditTrail(JdbcClient jdbc, UnitService units) {
		this.jdbc = jdbc;
		this.units = units;
	}

	/** The page (from 1; past the last, the last) of the rows the administrator may see that match, newest first. */
	public AuditPage page(PortalUser admin, AuditFilter filter, int page) {
		Where where = scope(admin);
		if (filter.userName() != null) {
			where.and("actor_name ilike :user escape '\\'", "user", "%" + likeEscaped(filter.userName()) + "%");
		}
		if (filter.action() != null) {
			where.and("action = :action", "action", filter.action());
		}
		if (filter.reportId() != null) {
			where.and("report_id = :report", "report", filter.reportId());
		}
		if (filter.from() != null) {
			where.and("occurred_at >= :from", "from", filter.from().atStartOfDay(VIETNAM).toOffsetDateTime());
		}
		if (filter.to() != null) {
			where.and("occurred_at < :to", "to", filter.to().plusDays(1).atStartOfDay(VIETNAM).toOffsetDateTime());
		}
		long total = this.jdbc.sql("select count(*) from audit_event where " + where.sql())
			.params(where.params())
			.query(Long.class)
			.single();
		int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
		int current = Math.min(Math.max(1, page), pages);
		List<AuditEvent> events = this.jdbc
			.sql("select " + COLUMNS + " from audit_event where " + where.sql()
					+ " order by id desc limit :limit offset :offset")
			.params(where.params())
			.param("limit", PAGE_SIZE)
			.param("offset", (long) (current - 1) * PAGE_SIZE)
			.query((rs, n) -> event(rs))
			.list();
		return new AuditPage(events, current, pages, total);
	}

	/** The codes of the actions found in what the administrator may see, in alphabetical order. */
	public List<String> actions(PortalUser admin) {
		Where where = scope(admin);
		return this.jdbc.sql("select distinct action from audit_event where " + where.sql() + " order by action")
			.params(where.params())
			.query(String.class)
			.list();
	}

	/**
	 * Reads the whole chain in order and recomputes every hash: intact, or the first row where it breaks (altered,
	 * or rows removed before it).
	 */
	public ChainVerification verify() {
		return this.jdbc.sql("select " + COLUMNS + " from audit_event order by id")
			.withFetchSize(1000)
			.query((ResultSet rs) -> {
				long rows = 0;
				long expectedId = 1;
				String previousHash = AuditChain.GENESIS;
				while (rs.next()) {
					AuditEvent event = event(rs);
					rows++;
					if (!AuditChain.hash(event).equals(event.hash())) {
						return broken(rows, Problem.ALTERED, event, null, null);
					}
					if (event.id() != expectedId) {
						return broken(rows, Problem.REMOVED, event, expectedId, event.id() - 1);
					}
					if (!event.prevHash().equals(previousHash)) {
						return broken(rows, Problem.PREVIOUS_REPLACED, event, null, null);
					}
					expectedId = event.id() + 1;
					previousHash = event.hash();
				}
				return new ChainVerification(rows, null, null, null, null, null, (rows == 0) ? null : expectedId - 1,
						(rows == 0) ? null : previousHash);
			});
	}

	private static ChainVerification broken(long rows, Problem problem, AuditEvent event, Long missingFrom,
			Long missingTo) {
		return new ChainVerification(rows, problem, event.id(), event.occurredAt(), missingFrom, missingTo, null, null);
	}

	/** The rows of the administrator's units; and those of no unit for an administrator of a top-level unit. */
	private Where scope(PortalUser admin) {
		admin.require(Role.ADMIN);
		Set<Long> visible = this.units.subtree(admin.unitId());
		boolean top = this.units.get(admin.unitId()).getParentId() == null;
		Where where = new Where();
		where.and("(unit_id in (:units)" + (top ? " or unit_id is null)" : ")"), "units", visible);
		return where;
	}

	private static AuditEvent event(ResultSet rs) throws SQLException {
		return new AuditEvent(rs.getLong("id"), rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
				(Long) rs.getObject("actor_account_id"), rs.getString("actor_name"), rs.getString("action"),
				(Long) rs.getObject("unit_id"), (Long) rs.getObject("report_id"), (Long) rs.getObject("section_id"),
				rs.getString("detail"), rs.getString("prev_hash"), rs.getString("hash"));
	}

	private static String likeEscaped(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	/** Conditions joined by {@code and}, with their named parameters. */
	private static final class Where {

		private final List<String> conditions = new ArrayList<>();

		private final Map<String, Object> params = new LinkedHashMap<>();

		void and(String condition, String name, Object value) {
			this.conditions.add(condition);
			this.params.put(name, value);
		}

		String sql() {
			return String.join(" and ", this.conditions);
		}

		Map<String, Object> params() {
			return this.params;
		}

	}

}
