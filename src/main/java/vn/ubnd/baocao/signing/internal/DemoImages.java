package vn.ubnd.baocao.signing.internal;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.CubicCurve2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * Simple images for the demo units, drawn with Java2D on a transparent background so that a demo signature shows
 * what Nghị định 30/2020 asks for: the signer's image in blue (the given name written with a flourish) and the
 * unit's seal in red (two rings, the unit's name around the top, the province along the bottom, a star in the
 * centre). Fictional, and recognisably so.
 */
@Component
public class DemoImages {

	static final Color INK_BLUE = new Color(0x1b, 0x3a, 0x9c);

	static final Color SEAL_RED = new Color(0xd4, 0x1f, 0x26, 0xe6);

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	/** Drawn once each, kept compressed (a few kilobytes, not the pixels: {@link StampImage}). */
	private final Map<String, StampImage> cache = new ConcurrentHashMap<>();

	/** The signer's image: drawn on 720 × 288 pixels (2.5 : 1). */
	public StampImage signer(String fullName) {
		return this.cache.computeIfAbsent("signer:" + fullName, (key) -> StampImage.of(drawSigner(fullName)));
	}

	/** The seal: drawn on 600 × 600 pixels; {@code top} around the upper arc, {@code bottom} along the lower one. */
	public StampImage seal(String top, String bottom) {
		return this.cache.computeIfAbsent("seal:" + top + "|" + bottom, (key) -> StampImage.of(drawSeal(top, bottom)));
	}

	private static BufferedImage drawSigner(String fullName) {
		BufferedImage image = new BufferedImage(720, 288, BufferedImage.TYPE_INT_ARGB);
		Graphics2D g = canvas(image);
		String[] words = fullName.strip().split("\\s+");
		String given = words[words.length - 1];
		g.setColor(INK_BLUE);
		Font font = SignatureFonts.awt(SignatureFonts.BOLD_ITALIC, 132f)
			.deriveFont(AffineTransform.getShearInstance(-0.25, 0));
		g.setFont(font);
		FontMetrics metrics = g.getFontMetrics();
		int width = metrics.stringWidth(given);
		float scale = Math.min(1f, 560f / width);
		AffineTransform saved = g.getTransform();
		g.translate(360 - width * scale / 2, 170);
		g.scale(scale, scale);
		g.drawString(given, 0, 0);
		g.setTransform(saved);
		// the flourish: a stroke under the name that sweeps back up through it
		g.setStroke(new BasicStroke(7f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
		float left = 360 - width * scale / 2;
		float right = 360 + width * scale / 2;
		g.draw(new CubicCurve2D.Float(left - 30, 215, left + 120, 260, right - 60, 250, right + 40, 150));
		g.setStroke(new BasicStroke(4f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
		g.draw(new CubicCurve2D.Float(right + 40, 150, right + 55, 120, right - 10, 120, right - 40, 190));
		g.dispose();
		return image;
	}

	private static BufferedImage drawSeal(String top, String bottom) {
		int size = 600;
		double centre = size / 2.0;
		BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
		Graphics2D g = canvas(image);
		g.setColor(SEAL_RED);
		g.setStroke(new BasicStroke(16f));
		g.draw(new Ellipse2D.Double(centre - 284, centre - 284, 568, 568));
		g.setStroke(new BasicStroke(5f));
		g.draw(new Ellipse2D.Double(centre - 198, centre - 198, 396, 396));
		g.fill(star(centre, centre, 92, 37));
		String upper = top.toUpperCase(VIETNAMESE);
		String lower = (bottom == null) ? "" : bottom.toUpperCase(VIETNAMESE);
		double textRadius = 214;
		Font font = fitted(g, upper, textRadius, Math.toRadians(lower.isEmpty() ? 300 : 215), 50f);
		double topSweep = arc(g, upper, font, centre, textRadius, true);
		if (!lower.isEmpty()) {
			Font bottomFont = fitted(g, lower, 262, Math.toRadians(110), font.getSize2D());
			double bottomSweep = arc(g, lower, bottomFont, centre, 262, false);
			// a small star on each side, halfway between the end of the top text and the bottom text (angles from
			// the bottom of the seal)
			double side = ((Math.PI - topSweep / 2) + bottomSweep / 2) / 2;
			for (double angle : new double[] { side, -side }) {
				double x = centre + 238 * Math.sin(angle);
				double y = centre + 238 * Math.cos(angle);
				g.fill(star(x, y, 14, 6));
			}
		}
		g.dispose();
		return image;
	}

	/** The largest size up to {@code max} at which {@code text} spans at most {@code sweep} radians. */
	private static Font fitted(Graphics2D g, String text, double radius, double sweep, float max) {
		Font font = SignatureFonts.awt(SignatureFonts.BOLD, max);
		double width = g.getFontMetrics(font).stringWidth(text) * 1.08;
		double span = width / radius;
		return (span <= sweep) ? font : font.deriveFont((float) (max * sweep / span));
	}

	/**
	 * Writes {@code text} around the circle: on the upper arc with the baseline at {@code radius} and the letters
	 * pointing out, or along the lower arc with the baseline at {@code radius} and the letters pointing in; returns
	 * the angle it spans, in radians.
	 */
	private static double arc(Graphics2D g, String text, Font font, double centre, double radius, boolean upper) {
		g.setFont(font);
		FontMetrics metrics = g.getFontMetrics();
		double spacing = 1.08;
		double total = metrics.stringWidth(text) * spacing;
		double advance = 0;
		for (int i = 0; i < text.length();) {
			int codePoint = text.codePointAt(i);
			String glyph = new String(Character.toChars(codePoint));
			double width = metrics.stringWidth(glyph);
			double angle = (advance + width * spacing / 2 - total / 2) / radius;
			AffineTransform saved = g.getTransform();
			if (upper) {
				g.translate(centre + radius * Math.sin(angle), centre - radius * Math.cos(angle));
				g.rotate(angle);
			}
			else {
				g.translate(centre + radius * Math.sin(angle), centre + radius * Math.cos(angle));
				g.rotate(-angle);
			}
			g.drawString(glyph, (float) (-width / 2), 0f);
			g.setTransform(saved);
			advance += width * spacing;
			i += Character.charCount(codePoint);
		}
		return total / radius;
	}

	private static Path2D star(double x, double y, double outer, double inner) {
		Path2D.Double star = new Path2D.Double();
		for (int i = 0; i < 10; i++) {
			double radius = (i % 2 == 0) ? outer : inner;
			double angle = Math.PI * i / 5;
			double px = x + radius * Math.sin(angle);
			double py = y - radius * Math.cos(angle);
			if (i == 0) {
				star.moveTo(px, py);
			}
			else {
				star.lineTo(px, py);
			}
		}
		star.closePath();
		return star;
	}

	private static Graphics2D canvas(BufferedImage image) {
		Graphics2D g = image.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
		g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
		g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
		g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
		g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
		return g;
	}

}
