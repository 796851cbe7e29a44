package vn.ubnd.baocao.report;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The content of a section as the clerk writes it: one block a line. A line starting with {@code - } is a bullet,
 * with {@code + } a bullet of the second level; any other line is a paragraph. A footnote is written where it
 * belongs, as {@code ^[its text]}; footnotes are numbered across the whole report in reading order.
 */
public final class SectionContent {

	private SectionContent() {
	}

	/** What a block is. */
	public enum BlockType {

		PARAGRAPH, BULLET

	}

	/** A piece of a block's text, or a footnote reference with its number and text. */
	public record Segment(String text, Integer footnote, String footnoteText) {

		static Segment text(String text) {
			return new Segment(text, null, null);
		}

		static Segment footnote(int number, String text) {
			return new Segment(null, number, text);
		}

		public boolean isFootnote() {
			return this.footnote != null;
		}

	}

	/** A paragraph or a bullet (level 1 for {@code -}, 2 for {@code +}). */
	public record Block(BlockType type, int level, List<Segment> segments) {

		/** The text without footnotes. */
		public String plainText() {
			StringBuilder text = new StringBuilder();
			this.segments.stream().filter((s) -> !s.isFootnote()).forEach((s) -> text.append(s.text()));
			return text.toString();
		}

		public List<Segment> footnotes() {
			return this.segments.stream().filter(Segment::isFootnote).toList();
		}

	}

	/** Splits a section's text into blocks, numbering its footnotes from {@code footnotes}. */
	public static List<Block> parse(String body, AtomicInteger footnotes) {
		List<Block> blocks = new ArrayList<>();
		if (body == null) {
			return blocks;
		}
		for (String raw : body.split("\n")) {
			String line = raw.strip();
			if (line.isEmpty()) {
				continue;
			}
			BlockType type = BlockType.PARAGRAPH;
			int level = 0;
			if (line.startsWith("- ") || line.equals("-")) {
				type = BlockType.BULLET;
				level = 1;
				line = line.substring(1).strip();
			}
			else if (line.startsWith("+ ") || line.equals("+")) {
				type = BlockType.BULLET;
				level = 2;
				line = line.substring(1).strip();
			}
			blocks.add(new Block(type, level, segments(line, footnotes)));
		}
		return blocks;
	}

	static List<Segment> segments(String line, AtomicInteger footnotes) {
		List<Segment> segments = new ArrayList<>();
		StringBuilder text = new StringBuilder();
		int i = 0;
		while (i < line.length()) {
			if (line.startsWith("^[", i)) {
				int end = closing(line, i + 2);
				if (end > 0) {
					if (!text.isEmpty()) {
						segments.add(Segment.text(text.toString()));
						text.setLength(0);
					}
					segments.add(Segment.footnote(footnotes.incrementAndGet(), line.substring(i + 2, end).strip()));
					i = end + 1;
					continue;
				}
			}
			text.append(line.charAt(i));
			i++;
		}
		if (!text.isEmpty()) {
			segments.add(Segment.text(text.toString()));
		}
		return segments;
	}

	private static int closing(String line, int from) {
		int depth = 0;
		for (int i = from; i < line.length(); i++) {
			char c = line.charAt(i);
			if (c == '[') {
				depth++;
			}
			else if (c == ']') {
				if (depth == 0) {
					return i;
				}
				depth--;
			}
		}
		return -1;
	}

}
