package vn.ubnd.baocao.signing.internal;

import java.io.IOException;
import java.io.StringWriter;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Finds the room for the signature in a rendered document: on the last page, between the last title line of the
 * signature block (ô 7a, e.g. {@code CHỦ TỊCH}) and the signer's name (ô 7b), centred on the name, read from the
 * glyphs PDFBox finds on the page (white space ignored, the last occurrence counts).
 */
public final class SignatureBlockLocator {

	/** Space kept clear above the name and below the title, in points. */
	static final float CLEARANCE = 1.5f;

	/** The widest the signature gets (the signature column is about 90 mm wide), in points. */
	static final float MAX_WIDTH = 240f;

	private SignatureBlockLocator() {
	}

	/**
	 * Where the signature goes.
	 *
	 * @param pageIndex the page, from 0
	 * @param rectangle the room, in the page's default user space
	 */
	public record Placement(int pageIndex, PDRectangle rectangle) {
	}

	/** The room between {@code titleLine} and {@code signerName} on the last page; fails if they are not there. */
	public static Placement locate(PDDocument document, String titleLine, String signerName) throws IOException {
		int pageIndex = document.getNumberOfPages() - 1;
		PDPage page = document.getPage(pageIndex);
		List<Glyph> glyphs = glyphs(document, pageIndex + 1);
		List<Glyph> name = last(glyphs, signerName, glyphs.size());
		if (name.isEmpty()) {
			throw new IllegalStateException("the signer's name '" + signerName + "' is not on the last page");
		}
		List<Glyph> title = last(glyphs, titleLine, glyphs.indexOf(name.get(0)));
		if (title.isEmpty()) {
			throw new IllegalStateException("the signature title '" + titleLine + "' is not above the signer's name");
		}
		PDRectangle box = page.getCropBox();
		float nameLeft = (float) name.stream().mapToDouble(Glyph::x).min().orElseThrow();
		float nameRight = (float) name.stream().mapToDouble(Glyph::right).max().orElseThrow();
		float centre = (nameLeft + nameRight) / 2;
		// baselines are measured from the top of the page; PDF space runs upwards from its bottom
		float nameTop = box.getUpperRightY() - (float) name.stream()
			.mapToDouble((glyph) -> glyph.baseline() - glyph.size() * 0.89)
			.min()
			.orElseThrow();
		float titleBottom = box.getUpperRightY() - (float) title.stream()
			.mapToDouble((glyph) -> glyph.baseline() + glyph.size() * 0.22)
			.max()
			.orElseThrow();
		float bottom = nameTop + CLEARANCE;
		float top = titleBottom - CLEARANCE;
		if (top - bottom < 30) {
			throw new IllegalStateException("no room for the signature between the title and the name ("
					+ (top - bottom) + " pt)");
		}
		float half = Math.min(MAX_WIDTH / 2,
				Math.min(centre - box.getLowerLeftX(), box.getUpperRightX() - centre) - 6);
		return new Placement(pageIndex, new PDRectangle(centre - half, bottom, 2 * half, top - bottom));
	}

	/** The glyphs of the last occurrence of {@code phrase} that ends before glyph {@code before}. */
	private static List<Glyph> last(List<Glyph> glyphs, String phrase, int before) {
		String wanted = squeeze(phrase);
		if (wanted.isEmpty()) {
			return List.of();
		}
		StringBuilder text = new StringBuilder();
		List<Integer> owner = new ArrayList<>();
		for (int i = 0; i < before; i++) {
			String glyph = glyphs.get(i).text();
			text.append(glyph);
			for (int k = 0; k < glyph.length(); k++) {
				owner.add(i);
			}
		}
		int start = text.lastIndexOf(wanted);
		if (start < 0) {
			return List.of();
		}
		return glyphs.subList(owner.get(start), owner.get(start + wanted.length() - 1) + 1);
	}

	private static String squeeze(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFC).replaceAll("[\\s\\u00a0]+", "");
	}

	private static List<Glyph> glyphs(PDDocument document, int pageNumber) throws IOException {
		List<Glyph> glyphs = new ArrayList<>();
		PDFTextStripper stripper = new PDFTextStripper() {

			@Override
			protected void processTextPosition(TextPosition text) {
				String unicode = text.getUnicode();
				if (unicode != null && !unicode.replace('\u00a0', ' ').isBlank()) {
					glyphs.add(new Glyph(squeeze(unicode), text.getXDirAdj(), text.getYDirAdj(),
							text.getWidthDirAdj(), text.getFontSizeInPt()));
				}
			}

		};
		stripper.setSortByPosition(false);
		stripper.setStartPage(pageNumber);
		stripper.setEndPage(pageNumber);
		stripper.writeText(document, new StringWriter());
		return glyphs;
	}

	/** A glyph: its text, left edge and baseline (from the top of the page), advance and size, in points. */
	private record Glyph(String text, float x, float baseline, float width, float size) {

		float right() {
			return this.x + this.width;
		}

	}

}
