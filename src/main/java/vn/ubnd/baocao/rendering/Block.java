package vn.ubnd.baocao.rendering;

import java.util.Arrays;
import java.util.List;

import vn.ubnd.baocao.system.Texts;

/**
 * A block of the body: a paragraph, a bullet item or a table.
 */
public sealed interface Block {

	/**
	 * A body paragraph: justified, first line indented.
	 *
	 * @param content its text runs and footnote calls, not empty
	 */
	record Paragraph(List<Inline> content) implements Block {

		public Paragraph {
			content = List.copyOf(content);
			if (content.isEmpty()) {
				throw new IllegalArgumentException("A paragraph must have content");
			}
		}

		/** A paragraph of plain text. */
		public static Paragraph of(String text) {
			return new Paragraph(List.of(Inline.text(text)));
		}

		/** A paragraph of the given runs. */
		public static Paragraph of(Inline... content) {
			return new Paragraph(Arrays.asList(content));
		}

	}

	/**
	 * A bullet item, printed as a paragraph that starts with its marker.
	 *
	 * @param marker {@code -} for the first level, {@code +} below it
	 * @param content its text runs and footnote calls, not empty
	 */
	record Bullet(Marker marker, List<Inline> content) implements Block {

		public Bullet {
			if (marker == null) {
				throw new IllegalArgumentException("A bullet needs a marker");
			}
			content = List.copyOf(content);
			if (content.isEmpty()) {
				throw new IllegalArgumentException("A bullet must have content");
			}
		}

		/** A first-level ({@code -}) bullet of plain text. */
		public static Bullet dash(String text) {
			return new Bullet(Marker.DASH, List.of(Inline.text(text)));
		}

		/** A second-level ({@code +}) bullet of plain text. */
		public static Bullet plus(String text) {
			return new Bullet(Marker.PLUS, List.of(Inline.text(text)));
		}

		/** The marker of a bullet item. */
		public enum Marker {

			/** {@code -}: first level. */
			DASH("-"),

			/** {@code +}: second level. */
			PLUS("+");

			private final String symbol;

			Marker(String symbol) {
				this.symbol = symbol;
			}

			/** The character printed before the text. */
			public String symbol() {
				return this.symbol;
			}

		}

	}

	/**
	 * A table, e.g. of indicators: a header row and rows of already formatted cell texts. Cells that hold a number
	 * ({@code 1.234,5}, {@code 100,3%}) are right-aligned. Columns may be grouped under a heading of their own (a
	 * second header row above the first): a target's figure and its percentage under the target's name.
	 *
	 * @param header the column titles, not empty
	 * @param rows the rows, each with one cell per column
	 * @param groups the headings over runs of columns, left to right, covering every column once; a group of one
	 * column without a title leaves that column's title on both header rows; empty for a single header row
	 */
	record Table(List<String> header, List<List<String>> rows, List<Group> groups) implements Block {

		public Table {
			header = header.stream().map(Texts::normalize).map(h -> h == null ? "" : h).toList();
			if (header.isEmpty()) {
				throw new IllegalArgumentException("A table needs a header row");
			}
			int columns = header.size();
			rows = rows.stream().map(row -> {
				if (row.size() != columns) {
					throw new IllegalArgumentException(
							"Every row needs " + columns + " cells, not " + row.size() + ": " + row);
				}
				return row.stream().map(Texts::normalize).map(c -> c == null ? "" : c).toList();
			}).toList();
			groups = List.copyOf(groups);
			if (!groups.isEmpty() && groups.stream().mapToInt(Group::span).sum() != columns) {
				throw new IllegalArgumentException("The groups must cover the " + columns + " columns: " + groups);
			}
		}

		/** A table with a single header row. */
		public Table(List<String> header, List<List<String>> rows) {
			this(header, rows, List.of());
		}

		/**
		 * A heading over {@code span} consecutive columns.
		 *
		 * @param title the heading, {@code null} for a single column whose own title spans both header rows
		 * @param span how many columns, at least one
		 */
		public record Group(String title, int span) {

			public Group {
				title = Texts.normalize(title);
				if (span < 1 || (title == null && span != 1)) {
					throw new IllegalArgumentException("A group spans at least one column, an untitled one exactly one");
				}
			}

		}

	}

}
