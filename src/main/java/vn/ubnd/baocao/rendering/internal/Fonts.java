package vn.ubnd.baocao.rendering.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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
