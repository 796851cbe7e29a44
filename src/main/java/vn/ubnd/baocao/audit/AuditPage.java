package vn.ubnd.baocao.audit;

import java.util.List;

/**
 * One page of the trail, newest first.
 * @param events the rows of the page
 * @param page the page's number, from 1
 * @param pages how many pages there are (at least 1)
 * @param total how many rows match
 */
public record AuditPage(List<AuditEvent> events, int page, int pages, long total) {

	public boolean hasPrevious() {
		return this.page > 1;
	}

	public boolean hasNext() {
		return this.page < this.pages;
	}

}
