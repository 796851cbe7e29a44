package vn.ubnd.baocao.rendering.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * The fonts of every rendered document: Liberation Serif (SIL OFL 1.1), metric-compatible with Times New Roman and
 * complete for Vietnamese, read from the classpath (the {@code openpdf-fonts-extra} artifact); never a system font.
 */
public final class Fonts {

	/** The family name the templates and the Word styles use for the PDF. */
	public static final String FAMILY = "Liberation Serif";

	/** The family name written into the Word file: Word substitutes Liberation Serif where it is missing. */
	public static final String WORD_FAMILY = "Times New Roman";

	/** The four faces of the family. */
	public static final List<Face> SERIF = List.of(new Face("liberation/LiberationSerif-Regular.ttf", 400, false),
			new Face("liberation/LiberationSerif-Bold.ttf", 700, false),
			new Face("liberation/LiberationSerif-Italic.ttf", 400, true),
			new Face("liberation/LiberationSerif-BoldItalic.ttf", 700, true));

	private static final Map<String, byte[]> BYTES = new ConcurrentHashMap<>();

	private static final Map<String, TrueTypeFont> PARSED = new ConcurrentHashMap<>();

	private static final Map<String, byte[]> WITHOUT_GSUB = new ConcurrentHashMap<>();

	private Fonts() {
	}

	/** The bytes of a font file on the classpath. */
	public static byte[] bytes(Face face) {
		return BYTES.computeIfAbsent(face.resource(), resource -> {
			try (InputStream in = Fonts.class.getClassLoader().getResourceAsStream(resource)) {
				if (in == null) {
					throw new IllegalStateException("Font " + resource + " is not on the classpath");
				}
				return in.readAllBytes();
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot read font " + resource, ex);
			}
		});
	}

	/**
	 * The bytes of a font file with its glyph substitution table ({@code GSUB}) left out, for the PDF renderer.
	 * <p>
	 * In Liberation Serif that table holds one feature, {@code ccmp}, whose only substitutions join runs of two or
	 * three IPA tone letters (U+02E5 to U+02E9) into one contour glyph; nothing else is substituted. PDFBox 3.0 applies
	 * the table to every word it writes and, for each word, compiles a regular expression of all 140 substitutable
	 * sequences of the face: that took over nine tenths of the time of a PDF. Without the table, PDFBox writes the
	 * glyphs of the characters, as it did with it for any text that has no run of tone letters (see
	 * {@link #substitutes(CharSequence)}); the embedded subset does not carry the table either way.
	 */
	public static byte[] bytesWithoutSubstitutions(Face face) {
		return WITHOUT_GSUB.computeIfAbsent(face.resource(), (resource) -> withoutTable(bytes(face), "GSUB"));
	}

	/**
	 * Whether the glyph substitution table of the fonts would change how {@code text} is drawn: only a run of IPA tone
	 * letters (U+02E5 to U+02E9) would be.
	 */
	public static boolean substitutes(CharSequence text) {
		boolean toneLetter = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			boolean tone = c >= '\u02E5' && c <= '\u02E9';
			if (tone && toneLetter) {
				return true;
			}
			toneLetter = tone;
		}
		return false;
	}

	/**
	 * A TrueType file without one of its tables: the table directory is written anew, the other tables are copied
	 * unchanged (4-byte aligned) and the checksum adjustment of {@code head} is computed again.
	 */
	static byte[] withoutTable(byte[] font, String tag) {
		ByteBuffer in = ByteBuffer.wrap(font);
		int count = Short.toUnsignedInt(in.getShort(4));
		List<int[]> kept = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			int record = 12 + 16 * i;
			if (in.getInt(record) != tag(tag)) {
				kept.add(new int[] { record, in.getInt(record + 8), in.getInt(record + 12) });
			}
		}
		if (kept.size() == count) {
			return font;
		}
		int directory = 12 + 16 * kept.size();
		int size = directory;
		for (int[] table : kept) {
			size += (table[2] + 3) & ~3;
		}
		ByteBuffer out = ByteBuffer.allocate(size);
		int entrySelector = 31 - Integer.numberOfLeadingZeros(kept.size());
		int searchRange = (1 << entrySelector) * 16;
		out.putInt(in.getInt(0))
			.putShort((short) kept.size())
			.putShort((short) searchRange)
			.putShort((short) entrySelector)
			.putShort((short) (kept.size() * 16 - searchRange));
		int offset = directory;
		int head = -1;
		for (int[] table : kept) {
			out.putInt(in.getInt(table[0])).putInt(in.getInt(table[0] + 4)).putInt(offset).putInt(table[2]);
			if (in.getInt(table[0]) == tag("head")) {
				head = offset;
			}
			offset += (table[2] + 3) & ~3;
		}
		for (int[] table : kept) {
			out.put(font, table[1], table[2]);
			out.position((out.position() + 3) & ~3);
		}
		if (head >= 0) {
			out.putInt(head + 8, 0);
			int sum = 0;
			for (int i = 0; i < size; i += 4) {
				sum += out.getInt(i);
			}
			out.putInt(head + 8, 0xB1B0AFBA - sum);
		}
		return out.array();
	}

	private static int tag(String tag) {
		return ByteBuffer.wrap(tag.getBytes(StandardCharsets.US_ASCII)).getInt();
	}

	/** The width of {@code text} set in {@code face} at {@code sizePt} points, in points. */
	public static double width(String text, boolean bold, boolean italic, double sizePt) {
		Face face = SERIF.stream()
			.filter(f -> f.bold() == bold && f.italic() == italic)
			.findFirst()
			.orElseThrow();
		TrueTypeFont font = PARSED.computeIfAbsent(face.resource(), resource -> {
			try {
				return new TTFParser().parse(new RandomAccessReadBuffer(bytes(face)));
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot parse font " + resource, ex);
			}
		});
		// fontbox reads the tables lazily from one shared buffer
		synchronized (font) {
			return width(font, text, sizePt, face);
		}
	}

	private static double width(TrueTypeFont font, String text, double sizePt, Face face) {
		try {
			double units = 0;
			int unitsPerEm = font.getUnitsPerEm();
			for (int i = 0; i < text.length();) {
				int codePoint = text.codePointAt(i);
				units += font.getAdvanceWidth(font.getUnicodeCmapLookup().getGlyphId(codePoint));
				i += Character.charCount(codePoint);
			}
			return units * sizePt / unitsPerEm;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot measure text in " + face.resource(), ex);
		}
	}

	/**
	 * One face of the family.
	 *
	 * @param resource its classpath resource
	 * @param weight its CSS weight
	 * @param italic whether it is italic
	 */
	public record Face(String resource, int weight, boolean italic) {

		/** Whether it is bold. */
		public boolean bold() {
			return this.weight >= 700;
		}

	}

}
