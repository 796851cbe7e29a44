package vn.ubnd.baocao.report;

import java.time.LocalDate;
import java.time.Instant;
import java.util.List;

/**
 * A report as other modules and systems read it (the JSON of {@code GET /api/reports/{id}}, the print view): the
 * header, the sections as a tree with their computed numbers and content, the footnotes numbered in reading order,
 * the recipients, the signature block and the status.
 */
public record ReportView(long id, long version, String status, Unit unit, Kind kind, Period period, Header header,
		List<Section> sections, List<Footnote> footnotes, List<String> recipients, Signature signature,
		List<ChecklistEntry> checklist, Instant updatedAt) {

	/** The issuing body. */
	public record Unit(long id, String name, List<String> printedName, String placeName, String symbol,
			String councilName) {
	}

	/** The report's kind. */
	public record Kind(long id, String code, String name) {
	}

	/** The period, data window and deadline. */
	public record Period(String type, int year, Integer number, LocalDate start, LocalDate end, LocalDate dataFrom,
			LocalDate dataTo, LocalDate deadline) {
	}

	/** The header: number (null until issued), place and date, document type, summary line, addressees, opening. */
	public record Header(String number, String symbol, String placeName, LocalDate issueDate, String documentType,
			String summary, List<String> addressees, String opening, List<SectionContent.Block> openingBlocks) {

		/** The day as written in the date line: a leading zero below 10 ({@code 05}). */
		public String issueDay() {
			return this.issueDate == null ? null : String.format("%02d", this.issueDate.getDayOfMonth());
		}

		/** The month as written in the date line: a leading zero for January and February only. */
		public String issueMonth() {
			if (this.issueDate == null) {
				return null;
			}
			int month = this.issueDate.getMonthValue();
			return month < 3 ? String.format("%02d", month) : String.valueOf(month);
		}

		/** The year, never grouped. */
		public String issueYear() {
			return this.issueDate == null ? null : String.valueOf(this.issueDate.getYear());
		}


	}

	/** A section with its computed number, its content and its children. */
	public record Section(long id, String number, String style, int depth, String title, String role,
			List<SectionContent.Block> blocks, List<Section> children, long version) {
	}

	/** A footnote: its number in reading order, its text, and its section ({@code 0} for the opening). */
	public record Footnote(int number, String text, long sectionId) {
	}

	/** The signature block as printed, line by line, and the signer's name. */
	public record Signature(String form, List<String> lines, String signerName, Long leaderId) {
	}

	/** A task the previous report set for this period. */
	public record ChecklistEntry(long id, String text, boolean done, String note) {
	}

}
