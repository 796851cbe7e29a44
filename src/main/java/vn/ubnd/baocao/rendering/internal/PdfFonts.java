package vn.ubnd.baocao.rendering.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import com.openhtmltopdf.css.constants.IdentValue;
import com.openhtmltopdf.extend.FSCacheEx;
import com.openhtmltopdf.extend.FSCacheValue;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfBoxRawPDFontMetrics;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The faces of {@link Fonts#SERIF} as the PDF renderer embeds them: each document gets its own subset fonts, loaded
 * only if it uses the face, while what never changes from one document to the next is worked out once and shared by
 * every render and thread: the codes and widths of the characters ({@link TabulatedFont}) and the font metrics
 * openhtmltopdf asks for (ascent, descent, underline and strike-through), taken from the real Type 0 fonts.
 */
public final class PdfFonts {

	private static final Map<String, TabulatedFont.Table> TABLES = new ConcurrentHashMap<>();

	private static final Metrics METRICS = new Metrics();

	private PdfFonts() {
	}

	/** A supplier of {@code face} for openhtmltopdf, loaded into {@code document} when the layout first needs it. */
	public static PDFontSupplier supplier(PDDocument document, Fonts.Face face) {
		return new PDFontSupplier(null) {

			@Override
			public PDFont supply() {
				return load(document, face);
			}

		};
	}

	/**
	 * The metrics of the faces, keyed as openhtmltopdf keys its font metrics cache, for
	 * {@code useCacheStore(CacheStore.PDF_FONT_METRICS, ...)}.
	 */
	public static FSCacheEx<String, FSCacheValue> metrics() {
		return METRICS;
	}

	/** How many metrics openhtmltopdf had to work out itself (0 while every face's are found). */
	static int metricsWorkedOut() {
		return METRICS.puts.get();
	}

	static PDFont load(PDDocument document, Fonts.Face face) {
		try {
			PDType0Font font = PDType0Font.load(document,
					new ByteArrayInputStream(Fonts.bytesWithoutSubstitutions(face)), true);
			return new TabulatedFont(font, TABLES.computeIfAbsent(face.resource(), (r) -> new TabulatedFont.Table()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot load font " + face.resource(), ex);
		}
	}

	/** The key openhtmltopdf (1.1.x) gives the metrics of a face in its cache. */
	static String metricsKey(Fonts.Face face) {
		return "font-metrics2:" + Fonts.FAMILY + ":" + face.weight() + ":"
				+ (face.italic() ? IdentValue.ITALIC : IdentValue.NORMAL);
	}

	/** Metrics of the real Type 0 fonts, read once; what openhtmltopdf works out itself is kept and counted. */
	private static final class Metrics implements FSCacheEx<String, FSCacheValue> {

		private final Map<String, FSCacheValue> values = new ConcurrentHashMap<>();

		private final AtomicInteger puts = new AtomicInteger();

		Metrics() {
			try (PDDocument scratch = new PDDocument()) {
				for (Fonts.Face face : Fonts.SERIF) {
					PDType0Font font = PDType0Font.load(scratch,
							new ByteArrayInputStream(Fonts.bytesWithoutSubstitutions(face)), true);
					this.values.put(metricsKey(face), PdfBoxRawPDFontMetrics.fromPdfBox(font, font.getFontDescriptor()));
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot read the metrics of " + Fonts.FAMILY, ex);
			}
		}

		@Override
		public void put(String key, FSCacheValue value) {
			this.puts.incrementAndGet();
			this.values.put(key, value);
		}

		@Override
		public FSCacheValue get(String key, Callable<? extends FSCacheValue> loader) {
			return this.values.computeIfAbsent(key, (k) -> {
				try {
					this.puts.incrementAndGet();
					return loader.call();
				}
				catch (Exception ex) {
					throw new IllegalStateException("Cannot work out " + k, ex);
				}
			});
		}

		@Override
		public FSCacheValue get(String key) {
			return this.values.get(key);
		}

	}

}
