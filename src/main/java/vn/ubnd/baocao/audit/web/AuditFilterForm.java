package vn.ubnd.baocao.audit.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.web.util.UriComponentsBuilder;

import vn.ubnd.baocao.audit.AuditFilter;

/**
 * The filters of the audit page as typed (texts, so that nothing a person types fails the request); what does not
 * read as a report number or a date is named in {@link #getErrors()} and left out of the filter.
 */
class AuditFilterForm {

	private String user;

	private String action;

	private String report;

	private String from;

	private String to;

	private final Map<String, String> errors = new LinkedHashMap<>();

	/** The filter made of what reads well; records the message key of each field that does not. */
	AuditFilter toFilter() {
		this.errors.clear();
		Long reportId = null;
		if (this.report != null) {
			String digits = this.report.startsWith("#") ? this.report.substring(1) : this.report;
			if (digits.matches("[0-9]{1,18}")) {
				reportId = Long.valueOf(digits);
			}
			else {
				this.errors.put("report", "audit.filter.report.invalid");
			}
		}
		LocalDate fromDay = date("from", this.from);
		LocalDate toDay = date("to", this.to);
		if (fromDay != null && toDay != null && fromDay.isAfter(toDay)) {
			this.errors.put("to", "audit.filter.dates.order");
			toDay = null;
		}
		return new AuditFilter(this.user, this.action, reportId, fromDay, toDay);
	}

	private LocalDate date(String field, String text) {
		if (text == null) {
			return null;
		}
		try {
			return LocalDate.parse(text);
		}
		catch (DateTimeParseException ex) {
			this.errors.put(field, "audit.filter.date.invalid");
			return null;
		}
	}

	/** The page's address with these filters and the given page. */
	String url(int page) {
		UriComponentsBuilder url = UriComponentsBuilder.fromPath("/admin/audit");
		param(url, "user", this.user);
		param(url, "action", this.action);
		param(url, "report", this.report);
		param(url, "from", this.from);
		param(url, "to", this.to);
		if (page > 1) {
			url.queryParam("page", page);
		}
		return url.encode().build().toUriString();
	}

	private static void param(UriComponentsBuilder url, String name, String value) {
		if (value != null) {
			url.queryParam(name, value);
		}
	}

	public Map<String, String> getErrors() {
		return this.errors;
	}

	public String getUser() {
		return this.user;
	}

	public void setUser(String user) {
		this.user = user;
	}

	public String getAction() {
		return this.action;
	}

	public void setAction(String action) {
		this.action = action;
	}

	public String getReport() {
		return this.report;
	}

	public void setReport(String report) {
		this.report = report;
	}

	public String getFrom() {
		return this.from;
	}

	public void setFrom(String from) {
		this.from = from;
	}

	public String getTo() {
		return this.to;
	}

	public void setTo(String to) {
		this.to = to;
	}

}
