package vn.ubnd.baocao.indicator;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ubnd.baocao.report.ReportKind;
import vn.ubnd.baocao.report.ReportKindService;
import vn.ubnd.baocao.system.AuditRecord;
import vn.ubnd.baocao.system.NotFoundException;
import vn.ubnd.baocao.system.PortalUser;
import vn.ubnd.baocao.system.Role;
import vn.ubnd.baocao.system.Texts;
import vn.ubnd.baocao.unit.UnitService;

/**
 * The management of a unit's catalogue of indicators for a report kind, by an administrator of the unit or of a unit
 * above it (anything else is not found): add, edit, reorder, deactivate and reactivate. An indicator is never
 * deleted: a deactivated one disappears from the panels of reports that have no figures for it, and stays, with its
 * figures, in those that have. Everything a user types is checked at once and reported field by field
 * ({@link CatalogueValidationException}); nothing is saved half-way. Every change is published as an
 * {@link AuditRecord} ({@code indicator.add}, {@code indicator.edit}, {@code indicator.move},
 * {@code indicator.activate}, {@code indicator.deactivate}).
 */
@Service
@Transactional(readOnly = true)
public class IndicatorCatalogue {

	/** A code: a letter, then letters, digits and underscores, as {@code {{chỉ tiêu CODE}}} reads it. */
	static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,39}");

	static final int MAX_NAME = 300;

	static final int MAX_UNIT = 60;

	static final int MAX_SECTOR = 200;

	static final int MAX_DECIMALS = 6;

	static final int MAX_RATIO_DECIMALS = 4;

	private final IndicatorRepository indicators;

	private final IndicatorService service;

	private final UnitService units;

	private final ReportKindService kinds;

	private final ApplicationEventPublisher events;

	IndicatorCatalogue(IndicatorRepository indicators, IndicatorService service, UnitService units,
			ReportKindService kinds, ApplicationEventPublisher events) {
		this.indicators = indicators;
		this.service = service;
		this.units = units;
		this.kinds = kinds;
		this.events = events;
	}

	/**
	 * An indicator as typed in the form: the code (only when adding), name, unit of measure, decimals of the figures
	 * and of the ratios (as typed, so that a word is refused with a message), sector and comparisons.
	 */
	public record Input(String code, String name, String unitOfMeasure, String decimals, String ratioDecimals,
			String sector, Set<Comparison> comparisons) {
	}

	/** An indicator as checked, ready to be stored. */
	record Definition(String name, String unitOfMeasure, int decimals, int ratioDecimals, String sector,
			Set<Comparison> comparisons) {
	}

	/**
	 * The unit's catalogue for the kind, in order, inactive indicators included; started from the kind's defaults
	 * on first use.
	 */
	@Transactional
	public List<Indicator> catalogue(PortalUser admin, long unitId, long kindId) {
		requireAdmin(admin, unitId);
		this.kinds.get(kindId);
		return this.service.catalogue(unitId, kindId);
	}

	/** The indicator, if the administrator may manage it; otherwise not found. */
	public Indicator indicator(PortalUser admin, long indicatorId) {
		admin.require(Role.ADMIN);
		Indicator indicator = this.indicators.findById(indicatorId)
			.orElseThrow(() -> new NotFoundException("indicator " + indicatorId));
		this.units.visibleTo(admin, indicator.getUnitId());
		return indicator;
	}

	/** Adds an indicator at the end of the catalogue. */
	@Transactional
	public Indicator add(PortalUser admin, long unitId, long kindId, Input input) {
		ReportKind kind = this.kinds.get(kindId);
		List<Indicator> catalogue = catalogue(admin, unitId, kind.getId());
		List<CatalogueValidationException.Rejected> rejected = new ArrayList<>();
		String code = code(input.code(), rejected);
		Definition definition = definition(input, rejected);
		if (code != null && catalogue.stream().anyMatch((i) -> i.getCode().equalsIgnoreCase(code))) {
			rejected.add(new CatalogueValidationException.Rejected("code", "indicator.catalogue.code.duplicate"));
		}
		if (!rejected.isEmpty()) {
			throw new CatalogueValidationException(rejected);
		}
		int position = catalogue.stream().mapToInt(Indicator::getPosition).max().orElse(-1) + 1;
		int added = this.indicators.insert(unitId, kindId, code, definition.name(), definition.unitOfMeasure(),
				definition.decimals(), definition.ratioDecimals(), definition.sector(),
				Comparison.join(definition.comparisons()), position);
		if (added == 0) {
			// added by someone else in the meantime
			throw new CatalogueValidationException(
					List.of(new CatalogueValidationException.Rejected("code", "indicator.catalogue.code.duplicate")));
		}
		Indicator indicator = this.indicators.findByUnitIdAndKindIdAndCode(unitId, kindId, code).orElseThrow();
		audit(admin, "indicator.add", indicator);
		return indicator;
	}

	/** Changes an indicator, if the administrator's copy is the current one (its code stays). */
	@Transactional
	public Indicator update(PortalUser admin, long indicatorId, long expectedVersion, Input input) {
		Indicator indicator = indicator(admin, indicatorId);
		List<CatalogueValidationException.Rejected> rejected = new ArrayList<>();
		Definition definition = definition(input, rejected);
		if (!rejected.isEmpty()) {
			throw new CatalogueValidationException(rejected);
		}
		if (indicator.getVersion() != expectedVersion) {
			throw new org.springframework.orm.ObjectOptimisticLockingFailureException(Indicator.class, indicatorId);
		}
		indicator.update(definition);
		this.indicators.saveAndFlush(indicator);
		audit(admin, "indicator.edit", indicator);
		return indicator;
	}

	/** Moves an indicator one place up ({@code -1}) or down ({@code 1}) in its catalogue. */
	@Transactional
	public void move(PortalUser admin, long indicatorId, int direction) {
		Indicator moved = indicator(admin, indicatorId);
		List<Indicator> catalogue = new ArrayList<>(this.indicators.lockCatalogue(moved.getUnitId(), moved.getKindId()));
		int from = -1;
		for (int i = 0; i < catalogue.size(); i++) {
			if (catalogue.get(i).getId().equals(moved.getId())) {
				from = i;
			}
		}
		int to = from + Integer.signum(direction);
		if (from < 0 || to < 0 || to >= catalogue.size() || to == from) {
			return;
		}
		catalogue.add(to, catalogue.remove(from));
		for (int i = 0; i < catalogue.size(); i++) {
			catalogue.get(i).moveTo(i);
		}
		audit(admin, "indicator.move", moved);
	}

	/** Deactivates an indicator (new reports no longer show it) or makes it active again. */
	@Transactional
	public void setActive(PortalUser admin, long indicatorId, boolean active) {
		Indicator indicator = indicator(admin, indicatorId);
		if (indicator.isActive() == active) {
			return;
		}
		indicator.setActive(active);
		this.indicators.saveAndFlush(indicator);
		audit(admin, active ? "indicator.activate" : "indicator.deactivate", indicator);
	}

	private void requireAdmin(PortalUser admin, long unitId) {
		admin.require(Role.ADMIN);
		this.units.visibleTo(admin, unitId);
	}

	private static String code(String typed, List<CatalogueValidationException.Rejected> rejected) {
		String code = Texts.clean(typed);
		if (code == null) {
			rejected.add(new CatalogueValidationException.Rejected("code", "indicator.catalogue.code.required"));
			return null;
		}
		code = code.toUpperCase(Locale.ROOT);
		if (!CODE.matcher(code).matches()) {
			rejected.add(new CatalogueValidationException.Rejected("code", "indicator.catalogue.code.format"));
			return null;
		}
		return code;
	}

	private static Definition definition(Input input, List<CatalogueValidationException.Rejected> rejected) {
		String name = Texts.clean(input.name());
		if (name == null) {
			rejected.add(new CatalogueValidationException.Rejected("name", "indicator.catalogue.name.required"));
		}
		else if (name.length() > MAX_NAME || name.contains("\n")) {
			rejected.add(new CatalogueValidationException.Rejected("name", "indicator.catalogue.name.too-long"));
		}
		String unit = cleanOrEmpty(input.unitOfMeasure());
		if (unit.length() > MAX_UNIT || unit.contains("\n")) {
			rejected.add(new CatalogueValidationException.Rejected("unitOfMeasure",
					"indicator.catalogue.unit.too-long"));
		}
		String sector = cleanOrEmpty(input.sector());
		if (sector.length() > MAX_SECTOR || sector.contains("\n")) {
			rejected.add(new CatalogueValidationException.Rejected("sector", "indicator.catalogue.sector.too-long"));
		}
		Integer decimals = whole(input.decimals(), 0, MAX_DECIMALS);
		if (decimals == null) {
			rejected.add(new CatalogueValidationException.Rejected("decimals", "indicator.catalogue.decimals.invalid"));
		}
		Integer ratioDecimals = whole(input.ratioDecimals(), Ratios.DEFAULT_SCALE, MAX_RATIO_DECIMALS);
		if (ratioDecimals == null) {
			rejected.add(new CatalogueValidationException.Rejected("ratioDecimals",
					"indicator.catalogue.ratio-decimals.invalid"));
		}
		Set<Comparison> comparisons = (input.comparisons() == null || input.comparisons().isEmpty())
				? EnumSet.noneOf(Comparison.class) : EnumSet.copyOf(input.comparisons());
		if (!rejected.isEmpty()) {
			return null;
		}
		return new Definition(name, unit, decimals, ratioDecimals, sector, comparisons);
	}

	private static String cleanOrEmpty(String text) {
		String cleaned = Texts.clean(text);
		return (cleaned != null) ? cleaned.replaceAll("[ \\t]+", " ") : "";
	}

	/** A whole number from 0 to {@code max} as typed; blank is {@code blank}; {@code null} when it is not one. */
	private static Integer whole(String typed, int blank, int max) {
		String text = Texts.clean(typed);
		if (text == null) {
			return blank;
		}
		if (!text.matches("\\d{1,2}")) {
			return null;
		}
		int value = Integer.parseInt(text);
		return (value <= max) ? value : null;
	}

	private void audit(PortalUser admin, String action, Indicator indicator) {
		this.events.publishEvent(AuditRecord.of(admin, action, indicator.getUnitId(), null, null,
				indicator.getCode() + " " + indicator.getName()));
	}

}
