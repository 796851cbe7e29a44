package vn.ubnd.baocao.rendering.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;

import vn.ubnd.baocao.rendering.Block;
import vn.ubnd.baocao.rendering.Footnote;
import vn.ubnd.baocao.rendering.HeadingLevel;
import vn.ubnd.baocao.rendering.Inline;
import vn.ubnd.baocao.rendering.OfficialDocument;
import vn.ubnd.baocao.rendering.Section;

/**
 * An {@link OfficialDocument} as it is printed: the fixed texts taken from the messages, the number and date lines
 * formatted, the lists punctuated, the capitals applied and the section tree flattened into the order of the page.
 * Both the HTML template and the Word writer read this, so the three outputs print the same text.
 *
 * @param title the title of the file ({@code BÁO CÁO Công tác …})
 * @param draftMark the draft mark, {@code null} for a document that is not a draft
 * @param parentBody the parent body line or {@code null}
 * @param issuingBody the issuing body lines, in capitals
 * @param nation the national title
 * @param motto the motto
 * @param numberLine {@code Số: 07/BC-UBND}
 * @param dateLine {@code Phú Sơn, ngày 05 tháng 01 năm 2025}
 * @param documentType the document type, in capitals
 * @param summary the summary line
 * @param addresseeLabel {@code Kính gửi:}
 * @param addresseeLines the addressee lines, punctuated: one line without a dash, or several {@code - X;} lines, the
 * last ending with {@code .}; empty when there is no addressee
 * @param elements the headings, paragraphs, bullets and tables in order; the last paragraph ends with {@code ./.}
 * @param footnotes the footnotes by number
 * @param recipientsLabel {@code Nơi nhận:}
 * @param recipients the recipient lines, {@code - X;}, the last ending with {@code .}
 * @param signatureLines the authority and title lines of the signature block, in capitals
 * @param signerName the signer's name
 */
public record PrintView(String title, String draftMark, String parentBody, List<String> issuingBody, String nation,
		String motto, String numberLine, String dateLine, String documentType, String summary, String addresseeLabel,
		List<String> addresseeLines, List<Element> elements, Map<Integer, String> footnotes, String recipientsLabel,
		List<String> recipients, List<String> signatureLines, String signerName) {

	/** The locale of every document: Vietnamese. */
	public static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

	/** Blank space left for a number or a day still to be filled in by hand. */
	static final String BLANK = "\u00a0".repeat(6);

	private static final Pattern NUMERIC_CELL = Pattern.compile("[-+\u2212]?\\d[\\d.,/]*\\s?%?");

	/** Whether this document has a single addressee, printed on the {@code Kính gửi:} line. */
	public boolean singleAddressee() {
		return this.addresseeLines.size() == 1;
	}

	/** The footnotes as a list, in order. */
	public List<Map.Entry<Integer, String>> footnoteList() {
		return List.copyOf(this.footnotes.entrySet());
	}

	/** Builds the printed form of {@code document} with the texts of {@code messages}. */
	public static PrintView of(OfficialDocument document, MessageSource messages) {
		List<Element> elements = new ArrayList<>();
		document.opening().forEach(paragraph -> elements.add(Para.body(paragraph.content())));
		document.sections().forEach(section -> flatten(section, elements));
		document.closing().forEach(paragraph -> elements.add(Para.body(paragraph.content())));
		endWithClosingMark(elements, message(messages, "rendering.end"));

		Map<Integer, String> footnotes = new TreeMap<>();
		for (Footnote footnote : document.footnotes()) {
			footnotes.put(footnote.number(), footnote.text());
		}
		String number = document.number() == null ? BLANK : String.format("%02d", document.number());
		String dateLine;
		if (document.date() == null) {
			dateLine = message(messages, "rendering.date", document.place(), BLANK, BLANK,
					String.valueOf(document.year().getValue()));
		}
		else {
			int month = document.date().getMonthValue();
			dateLine = message(messages, "rendering.date", document.place(),
					String.format("%02d", document.date().getDayOfMonth()),
					month <= 2 ? String.format("%02d", month) : String.valueOf(month),
					String.valueOf(document.date().getYear()));
		}
		List<String> addressees = document.addressees().size() == 1
				? List.of(strip(document.addressees().get(0)) + ".") : dashed(document.addressees());
		return new PrintView(upper(document.documentType()) + " " + document.summary(),
				document.draft() ? message(messages, "rendering.draft") : null,
				document.parentBody() == null ? null : upper(document.parentBody()),
				document.issuingBody().stream().map(PrintView::upper).toList(), message(messages, "rendering.nation"),
				message(messages, "rendering.motto"),
				message(messages, "rendering.number", number, document.symbol()), dateLine,
				upper(document.documentType()), document.summary(), message(messages, "rendering.addressee"),
				addressees, List.copyOf(elements), java.util.Collections.unmodifiableMap(footnotes),
				message(messages, "rendering.recipients"), dashed(document.recipients()),
				document.signature().headLines().stream().map(PrintView::upper).toList(),
				document.signature().signerName());
	}

	private static void flatten(Section section, List<Element> elements) {
		String title = section.level() == HeadingLevel.PART || section.level() == HeadingLevel.SECTION
				? upper(section.title()) : section.title();
		if (section.number() != null || !title.isEmpty()) {
			// a section without number and title (a run-in numbered item) has no heading line of its own
			elements.add(new Heading(section.level(), section.number(), title));
		}
		for (Block block : section.blocks()) {
			if (block instanceof Block.Paragraph paragraph) {
				elements.add(Para.body(paragraph.content()));
			}
			else if (block instanceof Block.Bullet bullet) {
				List<Run> runs = new ArrayList<>();
				runs.add(new Run(bullet.marker().symbol() + " ", false, false, null));
				runs.addAll(runs(bullet.content()));
				elements.add(new Para(true, List.copyOf(runs)));
			}
			else if (block instanceof Block.Table table) {
				elements.add(new Table(table.header(),
						table.rows().stream().map(row -> row.stream().map(Cell::of).toList()).toList(),
						table.groups()));
			}
		}
		section.children().forEach(child -> flatten(child, elements));
	}

	private static void endWithClosingMark(List<Element> elements, String mark) {
		// the mark ends the text: it joins the last element only if that is a paragraph (a draft may end with empty
		// headings, after which the mark stands on its own line)
		int i = elements.size() - 1;
		if (i >= 0) {
			if (elements.get(i) instanceof Para para) {
				List<Run> runs = new ArrayList<>(para.runs());
				Run last = runs.get(runs.size() - 1);
				if (last.footnote() == null && last.text().endsWith(mark)) {
					return;
				}
				if (last.footnote() == null && last.text().endsWith(".")) {
					runs.set(runs.size() - 1, new Run(last.text().substring(0, last.text().length() - 1) + mark,
							last.bold(), last.italic(), null));
				}
				else {
					runs.add(new Run(mark, false, false, null));
				}
				elements.set(i, new Para(para.bullet(), List.copyOf(runs)));
				return;
			}
		}
		elements.add(new Para(false, List.of(new Run(mark, false, false, null))));
	}

	private static List<Run> runs(List<Inline> content) {
		return content.stream().map(inline -> {
			if (inline instanceof Inline.Text text) {
				return new Run(text.text(), text.bold(), text.italic(), null);
			}
			return new Run("", false, false, ((Inline.FootnoteRef) inline).number());
		}).toList();
	}

	/** {@code - X;} for each line, the last ending with {@code .}. */
	private static List<String> dashed(List<String> lines) {
		List<String> result = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			result.add("- " + strip(lines.get(i)) + (i == lines.size() - 1 ? "." : ";"));
		}
		return List.copyOf(result);
	}

	/** The line without a leading dash or final {@code ;}, {@code .} or {@code ,}. */
	private static String strip(String line) {
		String text = line.strip();
		if (text.startsWith("- ")) {
			text = text.substring(2).strip();
		}
		while (!text.isEmpty() && ";.,".indexOf(text.charAt(text.length() - 1)) >= 0) {
			text = text.substring(0, text.length() - 1).strip();
		}
		return text;
	}

	static String upper(String text) {
		return text.toUpperCase(VIETNAMESE);
	}

	private static String message(MessageSource messages, String code, Object... arguments) {
		return messages.getMessage(code, arguments, VIETNAMESE);
	}

	/** An element of the body, in page order. */
	public sealed interface Element permits Heading, Para, Table {

		/** {@code heading}, {@code paragraph}, {@code bullet} or {@code table}: what the template switches on. */
		String kind();

	}

	/**
	 * A section heading.
	 *
	 * @param level how it is set
	 * @param number the display number or {@code null}
	 * @param title the title, in capitals where the level asks for them
	 */
	public record Heading(HeadingLevel level, String number, String title) implements Element {

		@Override
		public String kind() {
			return "heading";
		}

		/** The CSS class and Word style suffix of the level: {@code part}, {@code section}, … */
		public String styleName() {
			return this.level.name().toLowerCase(Locale.ROOT);
		}

		/** Number and title on one line, as every level but {@link HeadingLevel#PART} prints them. */
		public String text() {
			return this.number == null ? this.title : this.title.isEmpty() ? this.number : this.number + " " + this.title;
		}

	}

	/**
	 * A body paragraph or a bullet item.
	 *
	 * @param bullet whether it is a bullet item (its runs start with the marker)
	 * @param runs its runs
	 */
	public record Para(boolean bullet, List<Run> runs) implements Element {

		static Para body(List<Inline> content) {
			return new Para(false, PrintView.runs(content));
		}

		@Override
		public String kind() {
			return this.bullet ? "bullet" : "paragraph";
		}

	}

	/**
	 * A run of text with its emphasis, or a footnote call.
	 *
	 * @param text the text; empty for a footnote call
	 * @param bold whether it is bold
	 * @param italic whether it is italic
	 * @param footnote the number of the footnote called, or {@code null} for text
	 */
	public record Run(String text, boolean bold, boolean italic, Integer footnote) {

		/** Whether this run is a footnote call. */
		public boolean isFootnote() {
			return this.footnote != null;
		}

	}

	/**
	 * A table.
	 *
	 * @param header the column titles
	 * @param rows the rows of cells
	 * @param groups the headings over runs of columns; empty for a single header row
	 */
	public record Table(List<String> header, List<List<Cell>> rows, List<Block.Table.Group> groups)
			implements Element {

		@Override
		public String kind() {
			return "table";
		}

		/**
		 * The size of the table's text in points: the largest from {@value #LARGEST_FONT} down to
		 * {@value #SMALLEST_FONT} at which the first column (the indicator's name) keeps at least
		 * {@value #FIRST_COLUMN_SHARE} of the text width once the other columns have room for their figures on one
		 * line; the print view, the PDF and the DOCX use the same.
		 */
		public int fontSize() {
			return layout().fontSize();
		}

		/** Each column's share of the text width in percent, written for CSS ({@code 23.41}); they add up to 100. */
		public List<String> widths() {
			return java.util.Arrays.stream(layout().shares())
				.mapToObj((share) -> String.format(Locale.ROOT, "%.2f", share * 100))
				.toList();
		}

		/** Each column's share of the text width (they add up to 1). */
		public double[] shares() {
			return layout().shares();
		}

		private Layout layout() {
			int columns = this.header.size();
			for (int font = LARGEST_FONT;; font--) {
				double[] widths = new double[columns];
				double fixed = 0;
				for (int c = 1; c < columns; c++) {
					widths[c] = columnWidth(c, font);
					fixed += widths[c];
				}
				double rest = TEXT_WIDTH_PT - fixed;
				if (rest >= FIRST_COLUMN_SHARE * TEXT_WIDTH_PT || font == SMALLEST_FONT || columns == 1) {
					widths[0] = Math.max(rest, PADDING_PT + 4 * font);
					double total = java.util.Arrays.stream(widths).sum();
					return new Layout(font, java.util.Arrays.stream(widths).map((w) -> w / total).toArray());
				}
			}
		}

		/**
		 * The width a column needs in points: its figures on one line (a digit is half an em), or the longest word of
		 * its text and of its title (a bold letter about 0,6 em), and the cell's padding.
		 */
		private double columnWidth(int column, int font) {
			double needed = longestWord(this.header.get(column)) * 0.6 * font;
			for (List<Cell> row : this.rows) {
				Cell cell = row.get(column);
				double width = cell.numeric() ? cell.text().strip().length() * 0.5 * font
						: longestWord(cell.text()) * 0.55 * font;
				needed = Math.max(needed, width);
			}
			return needed + PADDING_PT;
		}

		private static int longestWord(String text) {
			int longest = 0;
			for (String word : text.split("\\s+")) {
				longest = Math.max(longest, word.length());
			}
			return longest;
		}

		/** Whether the header has two rows: the groups' headings above the columns' titles. */
		public boolean grouped() {
			return !this.groups.isEmpty();
		}

		/**
		 * The first header row of a grouped table: each group's heading over its columns, and the title of a column
		 * that stands alone over both rows.
		 */
		public List<HeaderCell> firstRow() {
			List<HeaderCell> cells = new ArrayList<>();
			int column = 0;
			for (Block.Table.Group group : this.groups) {
				cells.add((group.title() == null) ? new HeaderCell(this.header.get(column), column, 1, 2)
						: new HeaderCell(group.title(), column, group.span(), 1));
				column += group.span();
			}
			return cells;
		}

		/** The second header row of a grouped table: the titles of the columns under a group's heading. */
		public List<HeaderCell> secondRow() {
			List<HeaderCell> cells = new ArrayList<>();
			int column = 0;
			for (Block.Table.Group group : this.groups) {
				if (group.title() != null) {
					for (int c = column; c < column + group.span(); c++) {
						cells.add(new HeaderCell(this.header.get(c), c, 1, 1));
					}
				}
				column += group.span();
			}
			return cells;
		}

	}

	/** The size of a table's text and each column's share of the text width. */
	private record Layout(int fontSize, double[] shares) {
	}

	/** The text width of an A4 page upright with the margins of official format §1 (30 mm, 15 mm), in points. */
	static final double TEXT_WIDTH_PT = (210 - 30 - 15) * 72 / 25.4;

	/** A table cell's padding left and right together, and a little air, in points (as in the print view's CSS). */
	static final double PADDING_PT = 10;

	static final int LARGEST_FONT = 12;

	static final int SMALLEST_FONT = 9;

	static final double FIRST_COLUMN_SHARE = 0.22;

	/**
	 * A cell of a table's header.
	 *
	 * @param text its text
	 * @param column the first column it covers
	 * @param columns how many columns it covers
	 * @param rows how many header rows it covers
	 */
	public record HeaderCell(String text, int column, int columns, int rows) {
	}

	/**
	 * A table cell.
	 *
	 * @param text its text
	 * @param numeric whether it holds a number, set right-aligned
	 */
	public record Cell(String text, boolean numeric) {

		static Cell of(String text) {
			return new Cell(text, NUMERIC_CELL.matcher(text.strip()).matches());
		}

	}

}
