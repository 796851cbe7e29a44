package vn.ubnd.baocao.report;

import java.util.List;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ubnd.baocao.system.NotFoundException;

/**
 * Report kinds: read from {@code templates-seed/} once, then kept and edited in the database.
 */
@Service
@Transactional(readOnly = true)
public class ReportKindService {

	private final ReportKindRepository kinds;

	ReportKindService(ReportKindRepository kinds) {
		this.kinds = kinds;
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

	/** Replaces a kind's definition (its code stays), refusing a change made on an outdated copy. */
	@Transactional
	public ReportKind update(long id, long expectedVersion, KindDefinition definition, boolean active) {
		ReportKind kind = get(id);
		if (kind.getVersion() != expectedVersion) {
			throw new ObjectOptimisticLockingFailureException(ReportKind.class, id);
		}
		kind.apply(definition);
		kind.setActive(active);
		return kind;
	}

}
