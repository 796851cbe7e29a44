package vn.ubnd.baocao.indicator;

import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import vn.ubnd.baocao.report.KindDefinition.IndicatorSpec;
import vn.ubnd.baocao.report.ReportKindService;

/**
 * Starts a unit's catalogue for a kind as the kind's default indicators. Two first uses at once add each indicator
 * once.
 */
@Component
class CatalogueDefaults {

	private final IndicatorRepository indicators;

	private final ReportKindService kinds;

	CatalogueDefaults(IndicatorRepository indicators, ReportKindService kinds) {
		this.indicators = indicators;
		this.kinds = kinds;
	}

	/** Adds the defaults in the caller's transaction, which may write. */
	@Transactional
	public void addDefaults(long unitId, long kindId) {
		List<IndicatorSpec> defaults = this.kinds.get(kindId).toDefinition().indicators();
		int position = 0;
		for (IndicatorSpec spec : defaults) {
			Set<Comparison> comparisons = Comparison.parse(String.join(",", spec.comparisons()));
			this.indicators.insertIfMissing(unitId, kindId, spec.code(), spec.name(),
					spec.unit() == null ? "" : spec.unit(), spec.decimals() == null ? 0 : spec.decimals(),
					spec.sector() == null ? "" : spec.sector(), Comparison.join(comparisons), position++);
		}
	}

	/**
	 * Adds the defaults in a transaction of its own, committed at once: for a first use from a read (a check, a
	 * print) inside a read-only transaction.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void addDefaultsApart(long unitId, long kindId) {
		addDefaults(unitId, kindId);
	}

}
