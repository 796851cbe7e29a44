package vn.ubnd.baocao.rendering.internal;

import java.awt.geom.GeneralPath;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicReferenceArray;

import org.apache.fontbox.util.BoundingBox;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDVectorFont;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * One face of the PDF's font, embedded by PDFBox as a subset Type 0 font, that takes the code and the advance width of
 * each character from a table of its face instead of working them out again for every word.
 * <p>
 * PDFBox 3.0.8 measures a string by encoding it, reading the codes back one by one (a stream over the CMap's code
 * space ranges for each) and looking each width up through boxed maps; the layout measures every word and line several
 * times, so this took over a quarter of a render. The table is filled from the same PDFBox calls, one character at a
 * time, and a string's width is the same float sum, in the same order, as {@link PDFont#getStringWidth(String)}:
 * the PDF does not change by a byte. Everything else (subsetting, the font dictionary, glyph outlines) is the wrapped
 * font's own.
 */
final class TabulatedFont extends PDFont implements PDVectorFont {

	private final PDType0Font font;

	private final Table table;

	TabulatedFont(PDType0Font font, Table table) {
		super(font.getCOSObject());
		this.font = font;
		this.table = table;
	}

	@Override
	public float getStringWidth(String text) throws IOException {
		float width = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isSurrogate(c)) {
				return this.font.getStringWidth(text);
			}
			width += this.table.width(c, this.font);
		}
		return width;
	}

	@Override
	protected byte[] encode(int unicode) throws IOException {
		int code = (unicode <= Character.MAX_VALUE) ? this.table.code((char) unicode, this.font) : Table.OTHER;
		if (code == Table.OTHER) {
			return this.font.encode(new String(Character.toChars(unicode)));
		}
		return new byte[] { (byte) (code >>> 8), (byte) code };
	}

	@Override
	public String getName() {
		// called by PDFont's constructor, before this.font is set
		return this.dict.getNameAsString(COSName.BASE_FONT);
	}

	@Override
	public int readCode(InputStream in) throws IOException {
		return this.font.readCode(in);
	}

	@Override
	public float getWidth(int code) throws IOException {
		return this.font.getWidth(code);
	}

	@Override
	public float getWidthFromFont(int code) throws IOException {
		return this.font.getWidthFromFont(code);
	}

	@Override
	public boolean hasExplicitWidth(int code) throws IOException {
		return this.font.hasExplicitWidth(code);
	}

	/**
	 * The face is embedded, never one of the standard 14, so PDFBox takes its widths from the font itself; asked
	 * anyway, the answer is the same width {@link #getWidth} gives.
	 */
	@Override
	protected float getStandard14Width(int code) {
		try {
			return this.font.getWidth(code);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public float getHeight(int code) throws IOException {
		return this.font.getHeight(code);
	}

	@Override
	public float getAverageFontWidth() {
		return this.font.getAverageFontWidth();
	}

	@Override
	public float getSpaceWidth() {
		return this.font.getSpaceWidth();
	}

	@Override
	public Vector getPositionVector(int code) {
		return this.font.getPositionVector(code);
	}

	@Override
	public Vector getDisplacement(int code) throws IOException {
		return this.font.getDisplacement(code);
	}

	@Override
	public PDFontDescriptor getFontDescriptor() {
		return this.font.getFontDescriptor();
	}

	@Override
	public Matrix getFontMatrix() {
		return this.font.getFontMatrix();
	}

	@Override
	public BoundingBox getBoundingBox() throws IOException {
		return this.font.getBoundingBox();
	}

	@Override
	public String toUnicode(int code) {
		return this.font.toUnicode(code);
	}

	@Override
	public boolean isVertical() {
		return this.font.isVertical();
	}

	@Override
	public boolean isEmbedded() {
		return this.font.isEmbedded();
	}

	@Override
	public boolean isDamaged() {
		return this.font.isDamaged();
	}

	@Override
	public boolean isStandard14() {
		return this.font.isStandard14();
	}

	@Override
	public boolean willBeSubset() {
		return this.font.willBeSubset();
	}

	@Override
	public void addToSubset(int codePoint) {
		this.font.addToSubset(codePoint);
	}

	@Override
	public void subset() throws IOException {
		this.font.subset();
	}

	@Override
	public GeneralPath getPath(int code) throws IOException {
		return this.font.getPath(code);
	}

	@Override
	public GeneralPath getNormalizedPath(int code) throws IOException {
		return this.font.getNormalizedPath(code);
	}

	@Override
	public boolean hasGlyph(int code) throws IOException {
		return this.font.hasGlyph(code);
	}

	/**
	 * The codes and widths of the characters of one face (Basic Multilingual Plane), filled as they are first asked
	 * for and shared by every document and thread: a value, once worked out, never changes. Pages of 256 characters are
	 * published safely; a single value may be worked out twice by two threads, both times the same.
	 */
	static final class Table {

		/** The code of a character that has no two-byte code in the table: asked of the font each time. */
		static final int OTHER = -2;

		private static final int UNKNOWN = -1;

		private final AtomicReferenceArray<float[]> widths = new AtomicReferenceArray<>(256);

		private final AtomicReferenceArray<int[]> codes = new AtomicReferenceArray<>(256);

		float width(char c, PDType0Font font) throws IOException {
			float[] page = this.widths.get(c >>> 8);
			if (page == null) {
				float[] empty = new float[256];
				Arrays.fill(empty, Float.NaN);
				page = this.widths.compareAndSet(c >>> 8, null, empty) ? empty : this.widths.get(c >>> 8);
			}
			float width = page[c & 0xFF];
			if (Float.isNaN(width)) {
				// throws for a character the face has no glyph for, as PDFont.getStringWidth does
				width = font.getStringWidth(String.valueOf(c));
				page[c & 0xFF] = width;
			}
			return width;
		}

		int code(char c, PDType0Font font) throws IOException {
			int[] page = this.codes.get(c >>> 8);
			if (page == null) {
				int[] empty = new int[256];
				Arrays.fill(empty, UNKNOWN);
				page = this.codes.compareAndSet(c >>> 8, null, empty) ? empty : this.codes.get(c >>> 8);
			}
			int code = page[c & 0xFF];
			if (code == UNKNOWN) {
				// throws for a character the face has no glyph for, as PDFont.encode does
				byte[] bytes = font.encode(String.valueOf(c));
				code = (bytes.length == 2) ? ((bytes[0] & 0xFF) << 8) | (bytes[1] & 0xFF) : OTHER;
				page[c & 0xFF] = code;
			}
			return code;
		}

	}

}
