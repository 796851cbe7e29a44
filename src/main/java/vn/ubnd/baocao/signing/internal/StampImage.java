package vn.ubnd.baocao.signing.internal;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * A seal or a signer's image as every signature draws it, prepared once: trimmed to its ink and compressed as PDFBox
 * compresses it for a PDF. What is kept is the compressed stream, not the pixels: a unit's seal of 600 × 600 pixels
 * is 1.4 MB as pixels and a few kilobytes compressed, and a province has hundreds of units (bench/README.md). Each
 * signature copies the compressed bytes into its own document: the same stream, byte for byte, as compressing the
 * pixels again, which was half of a signature's CPU time. Immutable and thread-safe.
 */
public final class StampImage {

	private final int width;

	private final int height;

	private final EncodedImage encoded;

	/** The trimmed pixels, kept only for an image {@link EncodedImage} does not copy (compressed per signature). */
	private final BufferedImage pixels;

	private StampImage(int width, int height, EncodedImage encoded, BufferedImage pixels) {
		this.width = width;
		this.height = height;
		this.encoded = encoded;
		this.pixels = pixels;
	}

	/** {@code image} trimmed and compressed; the image itself is not kept. */
	public static StampImage of(BufferedImage image) {
		BufferedImage trimmed = trimmed(image);
		try {
			EncodedImage encoded = EncodedImage.of(trimmed);
			return new StampImage(trimmed.getWidth(), trimmed.getHeight(), encoded, (encoded != null) ? null : trimmed);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot compress a " + image.getWidth() + "×" + image.getHeight() + " image",
					ex);
		}
	}

	/** The width of the trimmed image, in pixels. */
	public int width() {
		return this.width;
	}

	/** The height of the trimmed image, in pixels. */
	public int height() {
		return this.height;
	}

	/** The image as an image XObject of {@code document}. */
	PDImageXObject in(PDDocument document) throws IOException {
		return (this.encoded != null) ? this.encoded.in(document) : LosslessFactory.createFromImage(document, this.pixels);
	}

	/**
	 * The image without its transparent margins, so that "centred" and "a third of it" are measured on the ink; an
	 * image without transparency, or without any ink, is left as it is.
	 */
	static BufferedImage trimmed(BufferedImage image) {
		if (!image.getColorModel().hasAlpha()) {
			return image;
		}
		int left = image.getWidth();
		int right = -1;
		int top = image.getHeight();
		int bottom = -1;
		for (int y = 0; y < image.getHeight(); y++) {
			for (int x = 0; x < image.getWidth(); x++) {
				if ((image.getRGB(x, y) >>> 24) > 8) {
					left = Math.min(left, x);
					right = Math.max(right, x);
					top = Math.min(top, y);
					bottom = Math.max(bottom, y);
				}
			}
		}
		if (right < 0 || (left == 0 && top == 0 && right == image.getWidth() - 1 && bottom == image.getHeight() - 1)) {
			return image;
		}
		BufferedImage copy = new BufferedImage(right - left + 1, bottom - top + 1, BufferedImage.TYPE_INT_ARGB);
		Graphics2D g = copy.createGraphics();
		g.drawImage(image, -left, -top, null);
		g.dispose();
		return copy;
	}

}
