package vn.ubnd.baocao.unit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A chair or deputy chair of a unit, who may sign its documents.
 */
@Entity
@Table(name = "leader")
public class Leader {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "unit_id", nullable = false)
	private Long unitId;

	@Column(name = "full_name", nullable = false)
	private String fullName;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private LeaderPosition position;

	/** The title as printed under the signature, e.g. "Phó Chủ tịch". */
	@Column(nullable = false)
	private String title;

	@Column(nullable = false)
	private boolean active = true;

	@Column(name = "sort_order", nullable = false)
	private int sortOrder;

	@Version
	private long version;

	protected Leader() {
	}

	Leader(long unitId, LeaderData data) {
		this.unitId = unitId;
		apply(data);
	}

	final void apply(LeaderData data) {
		this.fullName = data.fullName();
		this.position = data.position();
		this.title = data.title();
		this.sortOrder = data.sortOrder();
	}

	void setActive(boolean active) {
		this.active = active;
	}

	public Long getId() {
		return this.id;
	}

	public Long getUnitId() {
		return this.unitId;
	}

	public String getFullName() {
		return this.fullName;
	}

	public LeaderPosition getPosition() {
		return this.position;
	}

	public String getTitle() {
		return this.title;
	}

	public boolean isActive() {
		return this.active;
	}

	public int getSortOrder() {
		return this.sortOrder;
	}

	public long getVersion() {
		return this.version;
	}

}
