package vn.ubnd.baocao.rendering;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Every glyph PDFBox finds in a PDF, in the order the page draws them, with its page, position, font and size; and
 * phrase search over them that ignores white space.
 */
final class PdfGlyphs {

	/** Points per millimetre. */
	static final double MM = 72 / 25.4;

	final List<Glyph> glyphs;

	private PdfGlyphs(List<Glyph> glyphs) {
		this.glyphs = List.copyOf(glyphs);
	}

	static PdfGlyphs read(PDDocument pdf) throws IOException {
		List<Glyph> glyphs = new ArrayList<>();
		PDFTextStripper stripper = new PDFTextStripper() {

			@Override
			protected void processTextPosition(TextPosition text) {
				String unicode = text.getUnicode();
				if (unicode != null && !unicode.replace('\u00a0', ' ').isBlank()) {
					glyphs.add(new Glyph(getCurrentPageNo(), unicode, text.getXDirAdj(), text.getYDirAdj(),
							text.getWidthDirAdj(), text.getFont().getName(),
							text.getTextMatrix().getScalingFactorY()));
				}
			}

		};
		stripper.setSortByPosition(false);
		stripper.writeText(pdf, new StringWriter());
		return new PdfGlyphs(glyphs);
	}

	/** The glyphs that satisfy {@code filter}, in drawing order. */
	PdfGlyphs where(Predicate<Glyph> filter) {
		return new PdfGlyphs(this.glyphs.stream().filter(filter).toList());
	}

	/** The text of all glyphs, without white space. */
	String text() {
		StringBuilder text = new StringBuilder();
		this.glyphs.forEach(glyph -> text.append(glyph.text()));
		return text.toString();
	}

	/** The glyphs of the first occurrence of {@code phrase} (white space ignored), or an empty list. */
	List<Glyph> find(String phrase) {
		return find(phrase, 0);
	}

	/** The glyphs of the first occurrence of {@code phrase} at or after glyph {@code from}. */
	List<Glyph> find(String phrase, int from) {
		String wanted = squeeze(phrase);
		StringBuilder text = new StringBuilder();
		List<Integer> owner = new ArrayList<>();
		for (int i = 0; i < this.glyphs.size(); i++) {
			String glyph = this.glyphs.get(i).text();
			text.append(glyph);
			for (int k = 0; k < glyph.length(); k++) {
				owner.add(i);
			}
		}
		int start = text.indexOf(wanted, from == 0 ? 0 : owner.indexOf(from));
		if (start < 0 || wanted.isEmpty()) {
			return List.of();
		}
		int first = owner.get(start);
		int last = owner.get(start + wanted.length() - 1);
		return this.glyphs.subList(first, last + 1);
	}

	/** The index of {@code glyph} in drawing order. */
	int indexOf(Glyph glyph) {
		return this.glyphs.indexOf(glyph);
	}

	static String squeeze(String text) {
		return text.replaceAll("[\\s\\u00a0]+", "");
	}

	/**
	 * One glyph.
	 *
	 * @param page its page, from 1
	 * @param text its Unicode text
	 * @param x its left edge, in points from the left of the page
	 * @param y its baseline, in points from the top of the page
	 * @param width its advance width, in points
	 * @param font the PostScript name of its font
	 * @param size its size in points
	 */
	record Glyph(int page, String text, float x, float y, float width, String font, float size) {

		boolean bold() {
			return this.font.contains("Bold");
		}

		boolean italic() {
			return this.font.contains("Italic");
		}

		float right() {
			return this.x + this.width;
		}

	}

}
