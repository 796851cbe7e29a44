package vn.ubnd.baocao.dashboard.web;

/**
 * The choices of the overview and indicator pages as typed: a value that does not parse is a binding error, and the
 * page falls back to its default for it.
 */
public class OverviewForm {

	private Long unitId;

	private Long kindId;

	private Integer year;

	private Integer number;

	private String code;

	public Long getUnitId() {
		return this.unitId;
	}

	public void setUnitId(Long unitId) {
		this.unitId = unitId;
	}

	public Long getKindId() {
		return this.kindId;
	}

	public void setKindId(Long kindId) {
		this.kindId = kindId;
	}

	public Integer getYear() {
		return this.year;
	}

	public void setYear(Integer year) {
		this.year = year;
	}

	public Integer getNumber() {
		return this.number;
	}

	public void setNumber(Integer number) {
		this.number = number;
	}

	public String getCode() {
		return this.code;
	}

	public void setCode(String code) {
		this.code = code;
	}

}
