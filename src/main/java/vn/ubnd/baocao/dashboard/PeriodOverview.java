package vn.ubnd.baocao.dashboard;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ubnd.baocao.report.PeriodType;
import vn.ubnd.baocao.report.Report;
import vn.ubnd.baocao.report.ReportKind;
import vn.ubnd.baocao.report.ReportKindService;
import vn.ubnd.baocao.report.ReportStatus;
import vn.ubnd.baocao.report.ReportingCalendar;
import vn.ubnd.baocao.report.ReportingPeriod;
import vn.ubnd.baocao.system.InputRejectedException;
import vn.ubnd.baocao.system.PortalUser;
import vn.ubnd.baocao.unit.Unit;
import vn.ubnd.baocao.unit.UnitService;
import vn.ubnd.baocao.workflow.ReportWorkflow;

/**
 * Who stands where for one period of one kind of report: a unit and every unit below it (a province sees its
 * districts and communes), each not started, drafting, submitted, returned, accepted, approved or issued, and late
 * ones with how late. A report is late when it was submitted after its deadline, or has not been submitted and the
 * deadline has passed (then it is still late, and counts the days to today).
 * <p>
 * The state of a unit below the user's is shown whatever it is (the province follows its districts' progress), but
 * its report is linked, and its number given, only once the user may read it ({@code ReportService#mayRead}: their
 * own unit's in every state, the others' once submitted); nothing of a draft's content is shown.
 */
@Service
@Transactional(readOnly = true)
public class PeriodOverview {

	private final JdbcClient jdbc;

	private final UnitService units;

	private final ReportKindService kinds;

	private final ReportingCalendar calendar;

	private final Clock clock;

	PeriodOverview(JdbcClient jdbc, UnitService units, ReportKindService kinds, ReportingCalendar calendar,
			ObjectProvider<Clock> clock) {
		this.jdbc = jdbc;
		this.units = units;
		this.kinds = kinds;
		this.calendar = calendar;
		this.clock = clock.getIfAvailable(() -> Clock.system(ReportWorkflow.VIETNAM));
	}

	/** The number of the period of {@code type} that {@code day} falls in (1 for a whole year or a single period). */
	public static int periodNumber(PeriodType type, LocalDate day) {
		return switch (type) {
			case MONTH -> day.getMonthValue();
			case QUARTER -> (day.getMonthValue() - 1) / 3 + 1;
			case HALF_YEAR -> (day.getMonthValue() <= 6) ? 1 : 2;
			default -> 1;
		};
	}

	/** The unit (with those below it), the kind, and the period: its year and, for a periodic kind, its number. */
	public record Request(long unitId, long kindId, int year, Integer number) {
	}

	/** Where a unit stands: no report yet, or its report's status. */
	public enum State {

		NOT_STARTED, DRAFT, SUBMITTED, RETURNED, ACCEPTED, APPROVED, ISSUED;

		static State of(ReportStatus status) {
			return valueOf(status.name());
		}

		public String messageKey() {
			return "overview.state." + name();
		}

	}

	/**
	 * One unit's line.
	 * @param depth how far below the chosen unit (0 for the unit itself)
	 * @param reportId its report, when the user may read it
	 * @param number the report's number as printed once issued, when the user may read it
	 * @param deadline the report's deadline (the period's for a unit that has not started)
	 * @param submittedOn the day it was first submitted, if it was
	 * @param daysLate how many days late it was submitted, or is (0 if not late)
	 * @param stillLate whether it is late and still not submitted
	 */
	public record Line(Unit unit, int depth, State state, Long reportId, String number, LocalDate deadline,
			LocalDate submittedOn, LocalDate issuedOn, long daysLate, boolean stillLate) {

		public boolean late() {
			return this.daysLate > 0;
		}

	}

	/**
	 * The overview.
	 * @param period the period of a periodic kind; {@code null} for a kind given by dates (all its reports of the
	 * year are taken)
	 * @param counts how many units in each state
	 * @param late how many units are or were late
	 */
	public record Overview(Unit unit, ReportKind kind, int year, Integer number, ReportingPeriod period,
			List<Line> lines, Map<State, Long> counts, long late, LocalDate today) {
	}

	/**
	 * The overview; not found if the user may not see the unit, refused with a message if the period number does not
	 * fit the kind.
	 */
	public Overview overview(PortalUser user, Request request) {
		Unit root = this.units.visibleTo(user, request.unitId());
		ReportKind kind = this.kinds.get(request.kindId());
		PeriodType type = kind.getPeriodType();
		Integer number = null;
		ReportingPeriod period = null;
		if (request.year() < 1990 || request.year() > 2100) {
			throw new InputRejectedException("year", "report.period.year-range");
		}
		if (!type.isFreeRange()) {
			number = (type.maxNumber() > 1) ? request.number() : null;
			if (type.maxNumber() > 1 && (number == null || number < 1 || number > type.maxNumber())) {
				throw new InputRejectedException("number", "report.period.number-range");
			}
			period = this.calendar.periodic(type, request.year(), number, kind.getDeadlineWorkingDays());
		}
		LocalDate today = LocalDate.now(this.clock);
		Set<Long> scope = this.units.subtree(root.getId());
		List<UnitService.UnitNode> nodes = new ArrayList<>();
		int rootDepth = 0;
		for (UnitService.UnitNode node : this.units.visibleTree(user)) {
			if (node.unit().getId().equals(root.getId())) {
				rootDepth = node.depth();
			}
			if (scope.contains(node.unit().getId())) {
				nodes.add(node);
			}
		}
		Map<Long, Found> found = reports(kind, request.year(), number, scope);
		List<Line> lines = new ArrayList<>();
		Map<State, Long> counts = new EnumMap<>(State.class);
		for (State state : State.values()) {
			counts.put(state, 0L);
		}
		long late = 0;
		for (UnitService.UnitNode node : nodes) {
			Unit unit = node.unit();
			Found report = found.get(unit.getId());
			if (report == null && !unit.isActive()) {
				continue;
			}
			Line line = line(user, unit, node.depth() - rootDepth, report, period, today);
			lines.add(line);
			counts.merge(line.state(), 1L, Long::sum);
			if (line.late()) {
				late++;
			}
		}
		return new Overview(root, kind, request.year(), number, period, lines, counts, late, today);
	}

	private static Line line(PortalUser user, Unit unit, int depth, Found report, ReportingPeriod period,
			LocalDate today) {
		if (report == null) {
			LocalDate deadline = (period != null) ? period.deadline() : null;
			long late = (deadline != null && deadline.isBefore(today)) ? ChronoUnit.DAYS.between(deadline, today) : 0;
			return new Line(unit, depth, State.NOT_STARTED, null, null, deadline, null, null, late, late > 0);
		}
		boolean readable = unit.getId() == user.unitId()
				|| (report.status() != ReportStatus.DRAFT && report.status() != ReportStatus.RETURNED);
		long late = 0;
		boolean stillLate = false;
		if (report.status().isEditable()) {
			if (report.deadline().isBefore(today)) {
				late = ChronoUnit.DAYS.between(report.deadline(), today);
				stillLate = true;
			}
		}
		else if (report.submittedOn() != null && report.submittedOn().isAfter(report.deadline())) {
			late = ChronoUnit.DAYS.between(report.deadline(), report.submittedOn());
		}
		return new Line(unit, depth, State.of(report.status()), readable ? report.id() : null,
				readable ? report.number() : null, report.deadline(), report.submittedOn(), report.issuedOn(), late,
				stillLate);
	}

	private record Found(long id, long unitId, ReportStatus status, LocalDate deadline, String number,
			LocalDate issuedOn, LocalDate submittedOn) {
	}

	/** SQL of the overview: each unit's report of the period, the furthest along if there are several. */
	static final String REPORTS_SQL = """
			select distinct on (r.unit_id) r.id, r.unit_id, r.status, r.deadline, r.number, r.symbol, r.issue_date,
			       (select min(t.occurred_at) from report_transition t
			        where t.report_id = r.id and t.to_status = 'SUBMITTED') as submitted_at
			from report r
			where r.kind_id = :kind and r.period_year = :year and coalesce(r.period_number, 0) = :number
			  and r.unit_id in (:units)
			order by r.unit_id, array_position(array['DRAFT', 'RETURNED', 'SUBMITTED', 'ACCEPTED', 'APPROVED',
			                                         'ISSUED']::varchar[], r.status) desc, r.id desc""";

	private Map<Long, Found> reports(ReportKind kind, int year, Integer number, Set<Long> scope) {
		Map<Long, Found> found = new HashMap<>();
		this.jdbc.sql(REPORTS_SQL)
			.params(params(kind, year, number, scope))
			.query((rs) -> {
				Timestamp submitted = rs.getTimestamp("submitted_at");
				String numberAndSymbol = Report.numberAndSymbol((Integer) rs.getObject("number"), rs.getString("symbol"));
				found.put(rs.getLong("unit_id"),
						new Found(rs.getLong("id"), rs.getLong("unit_id"), ReportStatus.valueOf(rs.getString("status")),
								rs.getObject("deadline", LocalDate.class), numberAndSymbol,
								rs.getObject("issue_date", LocalDate.class),
								(submitted != null) ? LocalDate.ofInstant(submitted.toInstant(), ReportWorkflow.VIETNAM)
										: null));
			});
		return found;
	}

	private static Map<String, Object> params(ReportKind kind, int year, Integer number, Set<Long> scope) {
		return Map.of("kind", kind.getId(), "year", year, "number", (number != null) ? number : 0, "units",
				scope.stream().sorted().toList());
	}

	/** The query plan of the overview's query, run with EXPLAIN ANALYZE (for the benchmark in {@code bench/}). */
	public List<String> explain(PortalUser user, Request request) {
		Unit root = this.units.visibleTo(user, request.unitId());
		ReportKind kind = this.kinds.get(request.kindId());
		Integer number = (kind.getPeriodType().maxNumber() > 1 && !kind.getPeriodType().isFreeRange())
				? request.number() : null;
		return this.jdbc.sql("explain (analyze, buffers) " + REPORTS_SQL)
			.params(params(kind, request.year(), number, this.units.subtree(root.getId())))
			.query(String.class)
			.list();
	}

}
