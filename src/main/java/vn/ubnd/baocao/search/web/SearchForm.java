package vn.ubnd.baocao.search.web;

import vn.ubnd.baocao.report.ReportStatus;

/**
 * The search form as typed: a value that does not parse (a unit that is not a number, a status that does not exist)
 * is a binding error, and the search goes on without it.
 */
public class SearchForm {

	private String q;

	private Long unitId;

	private Long kindId;

	private Integer year;

	private ReportStatus status;

	private Integer page;

	public String getQ() {
		return this.q;
	}

	public void setQ(String q) {
		this.q = q;
	}

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

	public ReportStatus getStatus() {
		return this.status;
	}

	public void setStatus(ReportStatus status) {
		this.status = status;
	}

	public Integer getPage() {
		return this.page;
	}

	public void setPage(Integer page) {
		this.page = page;
	}

}
