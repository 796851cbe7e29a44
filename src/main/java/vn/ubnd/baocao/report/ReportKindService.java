package vn.ubnd.baocao.report;

import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ubnd.baocao.system.AuditRecord;
import vn.ubnd.baocao.system.ChangeSummary;
import vn.ubnd.baocao.system.NotFoundException;
import vn.ubnd.baocao.system.PortalUser;

/**
 * Report kinds: read from {@code templates-seed/} once, then kept and edited in the database.
 */
@Service
@Transactional(readOnly = true)
public class ReportKindService {

	private final ReportKindRepository kinds;

	private final ApplicationEventPublisher events;

	ReportKindService(ReportKindRepository kinds, ApplicationEventPublisher events) {
		this.kinds = kinds;
		this.events = events;
	}

	public List<ReportKind> all() {
		return this.kinds.findAllByOrderByName();
	}

	public List<ReportKind> active() {
		return this.kinds.findByActiveTrueOrderByName();
	}

	public ReportKind get(long id) {
		return this.kinds.findById(id).orElseThrow(() -> new NotFoundException("report kind " + id));
	}

	/** Adds the kind unless one with its code exists (edits made in the portal are kept). */
	@Transactional
	public boolean addIfMissing(KindDefinition definition) {
		if (this.kinds.findByCode(definition.code()).isPresent()) {
			return false;
		}
		this.kinds.save(new ReportKind(definition));
		return true;
	}

	/**
	 * Replaces a kind's definition (its code stays), refusing a change made on an outdated copy; the change goes into
	 * the audit trail, under the administrator's unit.
	 */
	@Transactional
	public ReportKind update(PortalUser admin, long id, long expectedVersion, KindDefinition definition,
			boolean active) {
		ReportKind kind = get(id);
		if (kind.getVersion() != expectedVersion) {
			throw new ObjectOptimisticLockingFailureException(ReportKind.class, id);
		}
		String before = KindYaml.write(kind.toDefinition());
		boolean wasActive = kind.isActive();
		kind.apply(definition);
		kind.setActive(active);
		this.events.publishEvent(AuditRecord.of(admin, "kind.update", admin.unitId(), null, null,
				ChangeSummary.about(kind.getCode(), ChangeSummary.values("active", wasActive, active),
						ChangeSummary.of(before, KindYaml.write(kind.toDefinition())))));
		return kind;
	}

}
