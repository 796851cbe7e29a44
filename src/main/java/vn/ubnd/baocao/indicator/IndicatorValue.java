package vn.ubnd.baocao.indicator;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** The figures a report gives for one indicator; guarded by its version. */
@Entity
@Table(name = "indicator_value")
class IndicatorValue {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "report_id", nullable = false, updatable = false)
	private long reportId;

	@Column(name = "indicator_id", nullable = false, updatable = false)
	private long indicatorId;

	private BigDecimal actual;

	@Column(nullable = false)
	private boolean estimated;

	@Column(name = "target_council")
	private BigDecimal targetCouncil;

	@Column(name = "target_province")
	private BigDecimal targetProvince;

	private BigDecimal plan;

	@Column(name = "same_period")
	private BigDecimal samePeriod;

	@Column(name = "updated_by")
	private Long updatedBy;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt = Instant.now();

	@Version
	private long version;

	protected IndicatorValue() {
	}

	IndicatorValue(long reportId, long indicatorId) {
		this.reportId = reportId;
		this.indicatorId = indicatorId;
	}

	void set(IndicatorService.Figures figures, long accountId) {
		this.actual = figures.actual();
		this.estimated = figures.estimated();
		this.targetCouncil = figures.targetCouncil();
		this.targetProvince = figures.targetProvince();
		this.plan = figures.plan();
		this.samePeriod = figures.samePeriod();
		this.updatedBy = accountId;
		this.updatedAt = Instant.now();
	}

	IndicatorService.Figures figures() {
		return new IndicatorService.Figures(this.actual, this.estimated, this.targetCouncil, this.targetProvince,
				this.plan, this.samePeriod);
	}

	Long getId() {
		return this.id;
	}

	long getReportId() {
		return this.reportId;
	}

	long getIndicatorId() {
		return this.indicatorId;
	}

	BigDecimal getActual() {
		return this.actual;
	}

	Instant getUpdatedAt() {
		return this.updatedAt;
	}

	long getVersion() {
		return this.version;
	}

}
