package vn.ubnd.baocao.report.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The report forms; entities are never bound from a request.
 */
final class ReportForms {

	static final int MAX_BODY = 200_000;

	private ReportForms() {
	}

	/** Starting a report: kind and period. */
	static class NewReportForm {

		@NotNull(message = "{report.kind.required}")
		private Long kindId;

		private Integer year;

		private Integer number;

		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private LocalDate start;

		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private LocalDate end;

		private boolean copyForward = true;

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

		public LocalDate getStart() {
			return this.start;
		}

		public void setStart(LocalDate start) {
			this.start = start;
		}

		public LocalDate getEnd() {
			return this.end;
		}

		public void setEnd(LocalDate end) {
			this.end = end;
		}

		public boolean isCopyForward() {
			return this.copyForward;
		}

		public void setCopyForward(boolean copyForward) {
			this.copyForward = copyForward;
		}

	}

	/** The header, saved as the clerk types. */
	static class HeaderForm {

		@NotBlank(message = "{report.summary.required}")
		@Size(max = 1000, message = "{validation.too-long}")
		private String summary;

		@Size(max = 5000, message = "{validation.too-long}")
		private String addressees;

		@Size(max = 20000, message = "{validation.too-long}")
		private String opening;

		@NotBlank(message = "{report.placeName.required}")
		@Size(max = 100, message = "{validation.too-long}")
		private String placeName;

		@NotNull(message = "{report.date.required}")
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private LocalDate dataFrom;

		@NotNull(message = "{report.date.required}")
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private LocalDate dataTo;

		@NotNull(message = "{report.date.required}")
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private LocalDate deadline;

		private long version;

		public String getSummary() {
			return this.summary;
		}

		public void setSummary(String summary) {
			this.summary = summary;
		}

		public String getAddressees() {
			return this.addressees;
		}

		public void setAddressees(String addressees) {
			this.addressees = addressees;
		}

		public String getOpening() {
			return this.opening;
		}

		public void setOpening(String opening) {
			this.opening = opening;
		}

		public String getPlaceName() {
			return this.placeName;
		}

		public void setPlaceName(String placeName) {
			this.placeName = placeName;
		}

		public LocalDate getDataFrom() {
			return this.dataFrom;
		}

		public void setDataFrom(LocalDate dataFrom) {
			this.dataFrom = dataFrom;
		}

		public LocalDate getDataTo() {
			return this.dataTo;
		}

		public void setDataTo(LocalDate dataTo) {
			this.dataTo = dataTo;
		}

		public LocalDate getDeadline() {
			return this.deadline;
		}

		public void setDeadline(LocalDate deadline) {
			this.deadline = deadline;
		}

		public long getVersion() {
			return this.version;
		}

		public void setVersion(long version) {
			this.version = version;
		}

	}

	/** Recipients and signer. */
	static class ClosingForm {

		@Size(max = 5000, message = "{validation.too-long}")
		private String recipients;

		private Long signerLeaderId;

		private vn.ubnd.baocao.report.SignatureForm signatureForm;

		private long version;

		public vn.ubnd.baocao.report.SignatureForm getSignatureForm() {
			return this.signatureForm;
		}

		public void setSignatureForm(vn.ubnd.baocao.report.SignatureForm signatureForm) {
			this.signatureForm = signatureForm;
		}

		public String getRecipients() {
			return this.recipients;
		}

		public void setRecipients(String recipients) {
			this.recipients = recipients;
		}

		public Long getSignerLeaderId() {
			return this.signerLeaderId;
		}

		public void setSignerLeaderId(Long signerLeaderId) {
			this.signerLeaderId = signerLeaderId;
		}

		public long getVersion() {
			return this.version;
		}

		public void setVersion(long version) {
			this.version = version;
		}

	}

	/** A section's title and content. */
	static class SectionForm {

		@Size(max = 1000, message = "{report.section.title-too-long}")
		private String title;

		@Size(max = MAX_BODY, message = "{report.section.body-too-long}")
		private String body;

		private long version;

		public String getTitle() {
			return this.title;
		}

		public void setTitle(String title) {
			this.title = title;
		}

		public String getBody() {
			return this.body;
		}

		public void setBody(String body) {
			this.body = body;
		}

		public long getVersion() {
			return this.version;
		}

		public void setVersion(long version) {
			this.version = version;
		}

	}

}
