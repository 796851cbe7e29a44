package vn.ubnd.baocao.rendering.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.BlockingDeque;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.atomic.AtomicInteger;

import com.openhtmltopdf.css.constants.IdentValue;
import com.openhtmltopdf.extend.FSCacheEx;
import com.openhtmltopdf.extend.FSCacheValue;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfBoxRawPDFontMetrics;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The faces of {@link Fonts#SERIF} as the PDF renderer embeds them: each document gets its own subset fonts, loaded
 * only if it uses the face, while what never changes from one document to the next is worked out once and shared by
 * every render and thread: the codes and widths of the characters ({@link TabulatedFont}) and the font metrics
 * openhtmltopdf asks for (ascent, descent, underline and strike-through), taken from the real Type 0 fonts. The
 * parsed font files are lent to one render at a time ({@link Session}) and kept for the next.
 */
public final class PdfFonts {

	/** Parsed font files kept per face: about as many as PDFs are rendered at once. */
	private static final int POOLED = 8;

	private static final Map<String, TabulatedFont.Table> TABLES = new ConcurrentHashMap<>();

	private static final Map<String, BlockingDeque<TrueTypeFont>> PARSED = new ConcurrentHashMap<>();

	private static final Metrics METRICS = new Metrics();

	private PdfFonts() {
	}

	/** The fonts of one PDF being rendered into {@code document}, on one thread. */
	public static Session session(PDDocument document) {
		return new Session(document);
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

	/** {@code face} embedded (as a subset) in {@code document}, its font file parsed from the face's bytes. */
	static PDFont load(PDDocument document, Fonts.Face face) throws IOException {
		return load(document, face, parse(face));
	}

	private static PDFont load(PDDocument document, Fonts.Face face, TrueTypeFont file) throws IOException {
		// as PDType0Font.load(document, stream, true) does, except that the caller keeps (and closes) the file
		PDType0Font font = PDType0Font.load(document, file, true);
		return new TabulatedFont(font, TABLES.computeIfAbsent(face.resource(), (r) -> new TabulatedFont.Table()));
	}

	private static TrueTypeFont parse(Fonts.Face face) throws IOException {
		return new TTFParser().parse(new RandomAccessReadBuffer(Fonts.bytesWithoutSubstitutions(face)));
	}

	/**
	 * The fonts of one PDF: suppliers for openhtmltopdf that load a face into the document when the layout first
	 * needs it, from a parsed font file borrowed from the pool (or parsed now). Closing the session gives the files
	 * back once the PDF is written ({@link #written()}); after a failure they are closed and dropped. Not
	 * thread-safe: one render, one thread.
	 */
	public static final class Session implements AutoCloseable {

		private final PDDocument document;

		private final Map<Fonts.Face, TrueTypeFont> borrowed = new HashMap<>();

		private boolean written;

		private Session(PDDocument document) {
			this.document = document;
		}

		/** A supplier of {@code face} for {@code PdfRendererBuilder.useFont}. */
		public PDFontSupplier supplier(Fonts.Face face) {
			return new PDFontSupplier(null) {

				@Override
				public PDFont supply() {
					try {
						return load(Session.this.document, face, borrow(face));
					}
					catch (IOException ex) {
						throw new UncheckedIOException("Cannot load font " + face.resource(), ex);
					}
				}

			};
		}

		/** The PDF has been written (fonts subset and saved): the font files may serve the next one. */
		public void written() {
			this.written = true;
		}

		@Override
		public void close() {
			this.borrowed.forEach((face, file) -> {
				if (!this.written || !pool(face).offerFirst(file)) {
					closeQuietly(file);
				}
			});
			this.borrowed.clear();
		}

		private TrueTypeFont borrow(Fonts.Face face) throws IOException {
			TrueTypeFont file = this.borrowed.get(face);
			if (file == null) {
				file = pool(face).pollFirst();
				if (file == null) {
					file = parse(face);
				}
				this.borrowed.put(face, file);
			}
			return file;
		}

		private static BlockingDeque<TrueTypeFont> pool(Fonts.Face face) {
			return PARSED.computeIfAbsent(face.resource(), (r) -> new LinkedBlockingDeque<>(POOLED));
		}

		private static void closeQuietly(TrueTypeFont file) {
			try {
				file.close();
			}
			catch (IOException ex) {
				// a file in memory: nothing is left to release
			}
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
