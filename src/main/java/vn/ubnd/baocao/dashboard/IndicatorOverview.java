package vn.ubnd.baocao.dashboard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ubnd.baocao.indicator.IndicatorService.Figures;
import vn.ubnd.baocao.indicator.Ratios;
import vn.ubnd.baocao.report.KindDefinition.IndicatorSpec;
import vn.ubnd.baocao.report.PeriodType;
import vn.ubnd.baocao.report.ReportKind;
import vn.ubnd.baocao.report.ReportKindService;
import vn.ubnd.baocao.report.ReportStatus;
import vn.ubnd.baocao.system.NotFoundException;
import vn.ubnd.baocao.system.PortalUser;
import vn.ubnd.baocao.unit.Unit;
import vn.ubnd.baocao.unit.UnitService;

/**
 * Indicators across periods and units, from the figures of the reports the user may read (their own unit's in every
 * state, the units' below once submitted): one indicator over a unit's last periods, and one indicator across the
 * units directly below a parent for one period, against their targets, with the parent's roll-up ({@link RollUp}).
 * An indicator is the same across units by its code within a kind.
 */
@Service
@Transactional(readOnly = true)
public class IndicatorOverview {

	/** How many periods a trend shows at most. */
	public static final int TREND_PERIODS = 12;

	private final JdbcClient jdbc;

	private final UnitService units;

	private final ReportKindService kinds;

	IndicatorOverview(JdbcClient jdbc, UnitService units, ReportKindService kinds) {
		this.jdbc = jdbc;
		this.units = units;
		this.kinds = kinds;
	}

	/** An indicator as a kind or a unit's catalogue names it. */
	public record Choice(String code, String name, String unitOfMeasure) {
	}

	/**
	 * A report's figures of the indicator, with the ratios computed from them.
	 * @param unitOfMeasure the unit of measure in the report's unit's catalogue
	 */
	public record Point(long reportId, PeriodType periodType, Integer periodNumber, int periodYear,
			LocalDate periodStart, LocalDate periodEnd, ReportStatus status, String unitOfMeasure, Figures figures,
			BigDecimal percentOfCouncil, BigDecimal percentOfProvince, BigDecimal percentOfPlan,
			BigDecimal percentOfSamePeriod) {
	}

	/** The indicator over a unit's periods, oldest first. */
	public record Trend(Unit unit, ReportKind kind, Choice indicator, List<Point> points) {
	}

	/**
	 * One unit below the parent for the period: its figures, or {@code null} when it has no report the user may read
	 * or no figure in it.
	 */
	public record UnitFigures(Unit unit, Point point) {
	}

	/**
	 * The indicator across the units below a parent, for one period.
	 * @param own the parent's own report's figures, when it has one the user may read
	 * @param rollUp the children's figures rolled up
	 */
	public record Across(Unit parent, ReportKind kind, Choice indicator, int year, Integer number,
			List<UnitFigures> children, Point own, RollUp.Result rollUp) {
	}

	/** The indicators a kind's reports give, by code: the kind's own, then any a unit below has added. */
	public List<Choice> choices(PortalUser user, long kindId) {
		ReportKind kind = this.kinds.get(kindId);
		Map<String, Choice> choices = new LinkedHashMap<>();
		for (IndicatorSpec spec : kind.toDefinition().indicators()) {
			choices.put(spec.code(), new Choice(spec.code(), spec.name(), (spec.unit() == null) ? "" : spec.unit()));
		}
		this.jdbc.sql("""
				select distinct on (code) code, name, unit_of_measure from indicator
				where kind_id = :kind and unit_id in (:units) order by code, id""")
			.param("kind", kindId)
			.param("units", this.units.subtree(user.unitId()))
			.query((rs) -> {
				choices.putIfAbsent(rs.getString(1), new Choice(rs.getString(1), rs.getString(2), rs.getString(3)));
			});
		return List.copyOf(choices.values());
	}

	/** The indicator over the unit's last {@value #TREND_PERIODS} periods; not found for a unit the user may not see. */
	public Trend trend(PortalUser user, long unitId, long kindId, String code) {
		Unit unit = this.units.visibleTo(user, unitId);
		ReportKind kind = this.kinds.get(kindId);
		Choice indicator = choice(user, kindId, code);
		List<Point> points = new ArrayList<>(this.jdbc.sql(POINTS_SQL + """
				where r.unit_id = :unit and r.kind_id = :kind and (r.unit_id = :own or r.status not in ('DRAFT', 'RETURNED'))
				order by r.period_start desc, r.id desc
				limit :limit""")
			.param("code", indicator.code())
			.param("unit", unit.getId())
			.param("kind", kind.getId())
			.param("own", user.unitId())
			.param("limit", TREND_PERIODS)
			.query((rs, n) -> point(rs))
			.list());
		java.util.Collections.reverse(points);
		return new Trend(unit, kind, indicator, points);
	}

	/**
	 * The indicator across the units directly below {@code parentId} for one period, with the roll-up; not found
	 * for a unit the user may not see.
	 */
	public Across across(PortalUser user, long parentId, long kindId, int year, Integer number, String code) {
		Unit parent = this.units.visibleTo(user, parentId);
		ReportKind kind = this.kinds.get(kindId);
		Choice indicator = choice(user, kindId, code);
		Integer periodNumber = (kind.getPeriodType().maxNumber() > 1 && !kind.getPeriodType().isFreeRange())
				? number : null;
		List<Unit> children = new ArrayList<>();
		for (UnitService.UnitNode node : this.units.visibleTree(user)) {
			if (parent.getId().equals(node.unit().getParentId()) && node.unit().isActive()) {
				children.add(node.unit());
			}
		}
		List<Long> ids = new ArrayList<>(children.stream().map(Unit::getId).toList());
		ids.add(parent.getId());
		Map<Long, Point> byUnit = new HashMap<>();
		this.jdbc.sql(POINTS_SQL.replace("select r.id,", "select distinct on (r.unit_id) r.unit_id, r.id,") + """
				where r.unit_id in (:units) and r.kind_id = :kind and r.period_year = :year
				  and coalesce(r.period_number, 0) = :number
				  and (r.unit_id = :own or r.status not in ('DRAFT', 'RETURNED'))
				order by r.unit_id, array_position(array['DRAFT', 'RETURNED', 'SUBMITTED', 'ACCEPTED', 'APPROVED',
				                                         'ISSUED']::varchar[], r.status) desc, r.id desc""")
			.param("code", indicator.code())
			.param("units", ids)
			.param("kind", kind.getId())
			.param("year", year)
			.param("number", (periodNumber != null) ? periodNumber : 0)
			.param("own", user.unitId())
			.query((rs) -> {
				byUnit.put(rs.getLong("unit_id"), point(rs));
			});
		List<UnitFigures> lines = new ArrayList<>();
		List<RollUp.Part> parts = new ArrayList<>();
		for (Unit child : children) {
			Point point = byUnit.get(child.getId());
			Point shown = (point != null && point.figures() != null) ? point : null;
			lines.add(new UnitFigures(child, shown));
			parts.add(new RollUp.Part((shown != null) ? shown.unitOfMeasure() : null,
					(shown != null) ? shown.figures() : null));
		}
		Point own = byUnit.get(parent.getId());
		return new Across(parent, kind, indicator, year, periodNumber, lines,
				(own != null && own.figures() != null) ? own : null, RollUp.of(indicator.unitOfMeasure(), parts));
	}

	private Choice choice(PortalUser user, long kindId, String code) {
		return choices(user, kindId).stream()
			.filter((c) -> c.code().equals(code))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("indicator " + code));
	}

	/** A report with its unit's indicator of the code and the report's figures for it (null columns if none). */
	private static final String POINTS_SQL = """
			select r.id, r.period_type, r.period_number, r.period_year, r.period_start, r.period_end, r.status,
			       i.unit_of_measure, v.id as value_id, v.actual, v.estimated, v.target_council, v.target_province,
			       v.plan, v.same_period
			from report r
			left join indicator i on i.unit_id = r.unit_id and i.kind_id = r.kind_id and i.code = :code
			left join indicator_value v on v.report_id = r.id and v.indicator_id = i.id
			""";

	private static Point point(java.sql.ResultSet rs) throws java.sql.SQLException {
		Figures figures = null;
		if (rs.getObject("value_id") != null) {
			figures = new Figures(rs.getBigDecimal("actual"), rs.getBoolean("estimated"),
					rs.getBigDecimal("target_council"), rs.getBigDecimal("target_province"), rs.getBigDecimal("plan"),
					rs.getBigDecimal("same_period"));
		}
		Ratios ratios = Ratios.standard();
		BigDecimal actual = (figures != null) ? figures.actual() : null;
		int periodNumber = rs.getInt("period_number");
		Integer number = rs.wasNull() ? null : periodNumber;
		return new Point(rs.getLong("id"), PeriodType.valueOf(rs.getString("period_type")), number,
				rs.getInt("period_year"), rs.getObject("period_start", LocalDate.class),
				rs.getObject("period_end", LocalDate.class), ReportStatus.valueOf(rs.getString("status")),
				rs.getString("unit_of_measure"), figures,
				(figures != null) ? ratios.percentOfTarget(actual, figures.targetCouncil()).orElse(null) : null,
				(figures != null) ? ratios.percentOfTarget(actual, figures.targetProvince()).orElse(null) : null,
				(figures != null) ? ratios.percentOfTarget(actual, figures.plan()).orElse(null) : null,
				(figures != null) ? ratios.percentOfLastYear(actual, figures.samePeriod()).orElse(null) : null);
	}

	/** Units a user may pick: theirs and those below, with the depth for indentation. */
	public List<UnitService.UnitNode> units(PortalUser user) {
		return this.units.visibleTree(user);
	}

	/** Ids of the units that have units below them, among those the user may see. */
	public Set<Long> parents(PortalUser user) {
		Set<Long> parents = new java.util.HashSet<>();
		for (UnitService.UnitNode node : this.units.visibleTree(user)) {
			if (node.unit().getParentId() != null) {
				parents.add(node.unit().getParentId());
			}
		}
		return parents;
	}

}
