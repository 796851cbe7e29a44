package vn.ubnd.baocao.signing.internal;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Liberation Serif (SIL OFL 1.1, metric-compatible with Times New Roman, complete for Vietnamese) for the signature
 * appearance and the demo images, read from the classpath like the rendering module does (the
 * {@code openpdf-fonts-extra} artifact); never a system font.
 */
public final class SignatureFonts {

	/** The regular face. */
	public static final String REGULAR = "liberation/LiberationSerif-Regular.ttf";

	/** The bold face. */
	public static final String BOLD = "liberation/LiberationSerif-Bold.ttf";

	/** The bold italic face. */
	public static final String BOLD_ITALIC = "liberation/LiberationSerif-BoldItalic.ttf";

	private static final Map<String, byte[]> BYTES = new ConcurrentHashMap<>();

	private SignatureFonts() {
	}

	/** The bytes of a face. */
	public static byte[] bytes(String resource) {
		return BYTES.computeIfAbsent(resource, (name) -> {
			try (InputStream in = SignatureFonts.class.getClassLoader().getResourceAsStream(name)) {
				if (in == null) {
					throw new IllegalStateException("Font " + name + " is not on the classpath");
				}
				return in.readAllBytes();
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot read font " + name, ex);
			}
		});
	}

	/** A face for Java2D, at {@code size} pixels. */
	public static Font awt(String resource, float size) {
		try {
			return Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(bytes(resource))).deriveFont(size);
		}
		catch (FontFormatException | IOException ex) {
			throw new IllegalStateException("Cannot load font " + resource, ex);
		}
	}

}
