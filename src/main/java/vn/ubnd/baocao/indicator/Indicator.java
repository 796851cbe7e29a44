package vn.ubnd.baocao.indicator;

import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * An indicator of a unit's catalogue for a report kind. Its code is fixed once created (reports refer to it in
 * their text as {@code {{chỉ tiêu CODE}}}); everything else may change, and an indicator no longer tracked is
 * deactivated, never deleted, so that older reports keep its figures.
 */
@Entity
@Table(name = "indicator")
public class Indicator {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "unit_id", nullable = false, updatable = false)
	private long unitId;

	@Column(name = "kind_id", nullable = false, updatable = false)
	private long kindId;

	@Column(nullable = false, updatable = false)
	private String code;

	@Column(nullable = false)
	private String name;

	@Column(name = "unit_of_measure", nullable = false)
	private String unitOfMeasure;

	@Column(nullable = false)
	private int decimals;

	@Column(nullable = false)
	private String sector;

	@Column(nullable = false)
	private String comparisons;

	@Column(nullable = false)
	private int position;

	@Column(nullable = false)
	private boolean active = true;

	@Column(name = "ratio_decimals", nullable = false)
	private int ratioDecimals = Ratios.DEFAULT_SCALE;

	@Version
	private long version;

	protected Indicator() {
	}

	Indicator(long unitId, long kindId, String code, String name, String unitOfMeasure, int decimals, String sector,
			Set<Comparison> comparisons, int position) {
		this.unitId = unitId;
		this.kindId = kindId;
		this.code = code;
		this.name = name;
		this.unitOfMeasure = unitOfMeasure == null ? "" : unitOfMeasure;
		this.decimals = decimals;
		this.sector = sector == null ? "" : sector;
		this.comparisons = Comparison.join(comparisons);
		this.position = position;
	}

	/** Changes what the indicator is and how it is written (the code stays). */
	void update(IndicatorCatalogue.Definition definition) {
		this.name = definition.name();
		this.unitOfMeasure = definition.unitOfMeasure();
		this.decimals = definition.decimals();
		this.ratioDecimals = definition.ratioDecimals();
		this.sector = definition.sector();
		this.comparisons = Comparison.join(definition.comparisons());
	}

	void moveTo(int position) {
		this.position = position;
	}

	void setActive(boolean active) {
		this.active = active;
	}

	public Long getId() {
		return this.id;
	}

	public long getUnitId() {
		return this.unitId;
	}

	public long getKindId() {
		return this.kindId;
	}

	public String getCode() {
		return this.code;
	}

	public String getName() {
		return this.name;
	}

	public String getUnitOfMeasure() {
		return this.unitOfMeasure;
	}

	public int getDecimals() {
		return this.decimals;
	}

	public String getSector() {
		return this.sector;
	}

	public Set<Comparison> getComparisons() {
		return Comparison.parse(this.comparisons);
	}

	public int getPosition() {
		return this.position;
	}

	/** Whether new reports show it; a deactivated indicator stays in the reports that have figures for it. */
	public boolean isActive() {
		return this.active;
	}

	/** The decimals its ratios are rounded to, half up ({@value Ratios#DEFAULT_SCALE} unless chosen otherwise). */
	public int getRatioDecimals() {
		return this.ratioDecimals;
	}

	/** The ratios of its figures, rounded to its ratio decimals. */
	public Ratios ratios() {
		return Ratios.withScale(this.ratioDecimals);
	}

	public long getVersion() {
		return this.version;
	}

}
