package vn.ubnd.baocao.unit;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

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
 * An issuing body: a People's Committee at province, district or commune level.
 */
@Entity
@Table(name = "unit")
public class Unit {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private UnitLevel level;

	@Column(name = "parent_id")
	private Long parentId;

	/** The name used in the portal and in prose, e.g. "Huyện Phú Sơn". */
	@Column(nullable = false)
	private String name;

	/** The name as printed in the document header, one line each: "ỦY BAN NHÂN DÂN" / "HUYỆN PHÚ SƠN". */
	@Column(name = "printed_name", nullable = false)
	private String printedName;

	/** The place name used in dates: "Phú Sơn, ngày 05 tháng 01 năm 2025". */
	@Column(name = "place_name", nullable = false)
	private String placeName;

	/** The body's symbol code in document numbers: {@code UBND} in {@code 07/BC-UBND}. */
	@Column(nullable = false)
	private String symbol;

	/** The unit's People's Council, e.g. "Hội đồng nhân dân huyện Phú Sơn". */
	@Column(name = "council_name", nullable = false)
	private String councilName;

	@Column(nullable = false)
	private boolean active = true;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt = Instant.now();

	@Version
	private long version;

	protected Unit() {
	}

	Unit(UnitData data) {
		apply(data);
	}

	final void apply(UnitData data) {
		this.level = data.level();
		this.parentId = data.parentId();
		this.name = data.name();
		this.printedName = data.printedName();
		this.placeName = data.placeName();
		this.symbol = data.symbol();
		this.councilName = data.councilName();
	}

	void setActive(boolean active) {
		this.active = active;
	}

	public Long getId() {
		return this.id;
	}

	public UnitLevel getLevel() {
		return this.level;
	}

	public Long getParentId() {
		return this.parentId;
	}

	public String getName() {
		return this.name;
	}

	public String getPrintedName() {
		return this.printedName;
	}

	/** The printed name, a line each. */
	public List<String> getPrintedLines() {
		return Arrays.stream(this.printedName.split("\n")).map(String::strip).filter((l) -> !l.isEmpty()).toList();
	}

	public String getPlaceName() {
		return this.placeName;
	}

	public String getSymbol() {
		return this.symbol;
	}

	public String getCouncilName() {
		return this.councilName;
	}

	public boolean isActive() {
		return this.active;
	}

	public long getVersion() {
		return this.version;
	}

	public UnitData toData() {
		return new UnitData(this.level, this.parentId, this.name, this.printedName, this.placeName, this.symbol,
				this.councilName);
	}

}
