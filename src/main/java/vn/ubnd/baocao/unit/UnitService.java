package vn.ubnd.baocao.unit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ubnd.baocao.system.AuditRecord;
import vn.ubnd.baocao.system.ChangeSummary;
import vn.ubnd.baocao.system.NotFoundException;
import vn.ubnd.baocao.system.PortalUser;

/**
 * Units and their leaders, always seen from a user: a user reaches their own unit and the units below it, and
 * anything else is "not found". An administrator's changes go into the audit trail ({@link AuditRecord}).
 */
@Service
@Transactional(readOnly = true)
public class UnitService {

	private final UnitRepository units;

	private final LeaderRepository leaders;

	private final ApplicationEventPublisher events;

	UnitService(UnitRepository units, LeaderRepository leaders, ApplicationEventPublisher events) {
		this.units = units;
		this.leaders = leaders;
		this.events = events;
	}

	/** Records the administrator's change in the audit trail (in this transaction). */
	private void audit(PortalUser admin, String action, long unitId, String detail) {
		this.events.publishEvent(AuditRecord.of(admin, action, unitId, null, null, detail));
	}

	/** The unit, without any check: for code that has already checked, or works for the system. */
	public Unit get(long id) {
		return this.units.findById(id).orElseThrow(() -> new NotFoundException("unit " + id));
	}

	/** The unit if the user may see it (their own or one below it); otherwise not found. */
	public Unit visibleTo(PortalUser user, long unitId) {
		if (!isWithin(unitId, user.unitId())) {
			throw new NotFoundException("unit " + unitId);
		}
		return get(unitId);
	}

	/** Whether {@code unitId} is {@code rootId} or below it. */
	public boolean isWithin(long unitId, long rootId) {
		return subtree(rootId).contains(unitId);
	}

	/** The ids of the unit and every unit below it. */
	public Set<Long> subtree(long rootId) {
		return new HashSet<>(this.units.subtreeIds(rootId));
	}

	/** The units the user may see, as a tree in depth-first order, each with its depth. */
	public List<UnitNode> visibleTree(PortalUser user) {
		Set<Long> ids = subtree(user.unitId());
		List<Unit> visible = this.units.findAllById(ids);
		Map<Long, List<Unit>> children = new LinkedHashMap<>();
		for (Unit unit : visible) {
			children.computeIfAbsent(unit.getParentId(), (k) -> new ArrayList<>()).add(unit);
		}
		children.values().forEach((list) -> list.sort(Comparator.comparing(Unit::getName)));
		List<UnitNode> tree = new ArrayList<>();
		visible.stream().filter((u) -> u.getId().equals(user.unitId())).findFirst()
			.ifPresent((root) -> walk(root, 0, children, tree));
		return tree;
	}

	private static void walk(Unit unit, int depth, Map<Long, List<Unit>> children, List<UnitNode> out) {
		out.add(new UnitNode(unit, depth));
		for (Unit child : children.getOrDefault(unit.getId(), List.of())) {
			walk(child, depth + 1, children, out);
		}
	}

	/** A unit in a tree listing. */
	public record UnitNode(Unit unit, int depth) {
	}

	public boolean isEmpty() {
		return this.units.count() == 0;
	}

	/**
	 * Creates a unit below one the administrator manages. Only an administrator of a top-level unit may create
	 * another top-level unit.
	 */
	@Transactional
	public Unit create(PortalUser admin, UnitData data) {
		checkParent(admin, null, data);
		Unit unit = this.units.save(new Unit(data));
		audit(admin, "unit.create", unit.getId(), describe(data));
		return unit;
	}

	/** Creates a unit on behalf of the system (demo data, first start). */
	@Transactional
	public Unit createAsSystem(UnitData data) {
		checkLevel(data, data.parentId() == null ? null : get(data.parentId()));
		return this.units.save(new Unit(data));
	}

	/**
	 * Updates a unit the administrator manages, refusing a change made on an outdated copy.
	 */
	@Transactional
	public Unit update(PortalUser admin, long unitId, long expectedVersion, UnitData data) {
		Unit unit = visibleTo(admin, unitId);
		if (unit.getVersion() != expectedVersion) {
			throw new ObjectOptimisticLockingFailureException(Unit.class, unitId);
		}
		boolean ownUnit = unit.getId().equals(admin.unitId());
		if (ownUnit) {
			if (!java.util.Objects.equals(data.parentId(), unit.getParentId())) {
				throw new UnitValidationException("parentId", "unit.error.own-parent");
			}
			checkLevel(data, unit.getParentId() == null ? null : get(unit.getParentId()));
		}
		else {
			checkParent(admin, unit, data);
		}
		UnitData before = unit.toData();
		unit.apply(data);
		audit(admin, "unit.update", unitId, ChangeSummary.about(unit.getName(),
				ChangeSummary.values("level", before.level(), data.level(), "parent", before.parentId(), data.parentId()),
				ChangeSummary.fields("name", before.name(), data.name(), "printedName", before.printedName(),
						data.printedName(), "placeName", before.placeName(), data.placeName(), "symbol", before.symbol(),
						data.symbol(), "councilName", before.councilName(), data.councilName())));
		return unit;
	}

	private static String describe(UnitData data) {
		return data.name() + " (" + data.level() + ", parent " + data.parentId() + ")";
	}

	@Transactional
	public void setActive(PortalUser admin, long unitId, boolean active) {
		Unit unit = visibleTo(admin, unitId);
		if (!active) {
			if (unit.getId().equals(admin.unitId())) {
				throw new UnitValidationException(null, "unit.error.deactivate-own");
			}
			if (this.units.existsByParentIdAndActiveTrue(unitId)) {
				throw new UnitValidationException(null, "unit.error.has-active-children");
			}
		}
		unit.setActive(active);
		audit(admin, active ? "unit.activate" : "unit.deactivate", unitId, unit.getName());
	}

	private void checkParent(PortalUser admin, Unit unit, UnitData data) {
		Unit parent = null;
		if (data.parentId() == null) {
			Unit adminUnit = get(admin.unitId());
			if (adminUnit.getParentId() != null) {
				throw new UnitValidationException("parentId", "unit.error.parent-required");
			}
		}
		else {
			if (!isWithin(data.parentId(), admin.unitId())) {
				throw new UnitValidationException("parentId", "unit.error.parent-outside");
			}
			if (unit != null && isWithin(data.parentId(), unit.getId())) {
				throw new UnitValidationException("parentId", "unit.error.cycle");
			}
			parent = get(data.parentId());
		}
		checkLevel(data, parent);
	}

	private static void checkLevel(UnitData data, Unit parent) {
		if (parent == null ? data.level() != UnitLevel.PROVINCE : !data.level().mayBeUnder(parent.getLevel())) {
			throw new UnitValidationException("level", "unit.error.level");
		}
		if (parent != null && !parent.isActive()) {
			throw new UnitValidationException("parentId", "unit.error.parent-inactive");
		}
	}

	// Leaders

	public List<Leader> leaders(long unitId) {
		return this.leaders.findByUnitIdOrderBySortOrderAscIdAsc(unitId);
	}

	public List<Leader> activeLeaders(long unitId) {
		return leaders(unitId).stream().filter(Leader::isActive).toList();
	}

	/** The active leaders of several units at once. */
	public List<Leader> activeLeaders(java.util.Collection<Long> unitIds) {
		return this.leaders.findByUnitIdInAndActiveTrueOrderByUnitIdAscSortOrderAscIdAsc(unitIds);
	}

	public Leader leader(long leaderId) {
		return this.leaders.findById(leaderId).orElseThrow(() -> new NotFoundException("leader " + leaderId));
	}

	/** The leader if it belongs to a unit the user may see. */
	public Leader leaderVisibleTo(PortalUser user, long leaderId) {
		Leader leader = leader(leaderId);
		if (!isWithin(leader.getUnitId(), user.unitId())) {
			throw new NotFoundException("leader " + leaderId);
		}
		return leader;
	}

	@Transactional
	public Leader addLeader(PortalUser admin, long unitId, LeaderData data) {
		visibleTo(admin, unitId);
		Leader leader = this.leaders.save(new Leader(unitId, data));
		audit(admin, "leader.add", unitId,
				"#" + leader.getId() + " " + data.fullName() + ", " + data.title() + " (" + data.position() + ")");
		return leader;
	}

	@Transactional
	public Leader addLeaderAsSystem(long unitId, LeaderData data) {
		return this.leaders.save(new Leader(unitId, data));
	}

	@Transactional
	public Leader updateLeader(PortalUser admin, long leaderId, long expectedVersion, LeaderData data) {
		Leader leader = leaderVisibleTo(admin, leaderId);
		if (leader.getVersion() != expectedVersion) {
			throw new ObjectOptimisticLockingFailureException(Leader.class, leaderId);
		}
		String changes = ChangeSummary.about("#" + leaderId + " " + leader.getFullName(),
				ChangeSummary.fields("fullName", leader.getFullName(), data.fullName(), "title", leader.getTitle(),
						data.title()),
				ChangeSummary.values("position", leader.getPosition(), data.position(), "sortOrder",
						leader.getSortOrder(), data.sortOrder()));
		leader.apply(data);
		audit(admin, "leader.update", leader.getUnitId(), changes);
		return leader;
	}

	@Transactional
	public void setLeaderActive(PortalUser admin, long leaderId, boolean active) {
		Leader leader = leaderVisibleTo(admin, leaderId);
		leader.setActive(active);
		audit(admin, active ? "leader.activate" : "leader.deactivate", leader.getUnitId(),
				"#" + leaderId + " " + leader.getFullName());
	}

}
