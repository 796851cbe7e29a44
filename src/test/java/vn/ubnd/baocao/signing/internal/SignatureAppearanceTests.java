package vn.ubnd.baocao.signing.internal;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SignatureAppearanceTests {

	private static final PDRectangle FIELD = new PDRectangle(330, 520, 200, 80);

	@Test
	void everySignatureCarriesTheStreamsPdfBoxWouldWriteAndDrawsTheTrimmedPixels() throws Exception {
		BufferedImage signerPixels = drawn(720, 288, new Color(0x1b, 0x3a, 0x9c));
		BufferedImage sealPixels = drawn(600, 600, new Color(0xd4, 0x1f, 0x26, 0xe6));
		StampImage signer = StampImage.of(signerPixels);
		StampImage seal = StampImage.of(sealPixels);
		byte[] first = SignatureAppearance.template(new PDPage(PDRectangle.A4), FIELD,
				content("2026-12-04T10:15:30+07:00", signer, seal));
		byte[] second = SignatureAppearance.template(new PDPage(PDRectangle.A4), FIELD,
				content("2026-12-04T10:16:02+07:00", signer, seal));
		try (PDDocument one = Loader.loadPDF(first); PDDocument two = Loader.loadPDF(second);
				PDDocument fresh = new PDDocument()) {
			List<PDImageXObject> firstImages = images(one);
			List<PDImageXObject> secondImages = images(two);
			assertThat(firstImages).hasSize(2);
			assertThat(secondImages).hasSize(2);
			// the first image drawn is the signer's, trimmed to its ink; the seal is stamped over it
			List<BufferedImage> expected = List.of(StampImage.trimmed(signerPixels), StampImage.trimmed(sealPixels));
			for (int i = 0; i < 2; i++) {
				PDImageXObject direct = LosslessFactory.createFromImage(fresh, expected.get(i));
				for (PDImageXObject drawn : List.of(firstImages.get(i), secondImages.get(i))) {
					assertThat(raw(drawn)).isEqualTo(raw(direct));
					assertThat(raw(drawn.getCOSObject().getCOSStream(COSName.SMASK)))
						.isEqualTo(raw(direct.getCOSObject().getCOSStream(COSName.SMASK)));
					assertThat(pixels(drawn.getImage())).isEqualTo(pixels(expected.get(i)));
				}
			}
		}
	}

	@Test
	void anImageIsTrimmedToItsInkAndAnImageWithoutMarginsIsItself() {
		BufferedImage signer = new BufferedImage(400, 200, BufferedImage.TYPE_INT_ARGB);
		Graphics2D g = signer.createGraphics();
		g.setColor(Color.BLUE);
		g.fillRect(50, 25, 300, 150);
		g.dispose();
		BufferedImage trimmed = StampImage.trimmed(signer);
		assertThat(trimmed.getWidth()).isEqualTo(300);
		assertThat(trimmed.getHeight()).isEqualTo(150);
		assertThat(StampImage.trimmed(trimmed)).isSameAs(trimmed);
		StampImage stamp = StampImage.of(signer);
		assertThat(stamp.width()).isEqualTo(300);
		assertThat(stamp.height()).isEqualTo(150);
		BufferedImage opaque = new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB);
		assertThat(StampImage.trimmed(opaque)).isSameAs(opaque);
	}

	private static SignatureAppearance.Content content(String time, StampImage signer, StampImage seal) {
		return new SignatureAppearance.Content(List.of("Ký bởi: Trương Văn Ký",
				"Cơ quan: Ủy ban nhân dân xã Thử Nghiệm", "Thời gian ký: " + time), signer, seal);
	}

	/** Ink in the middle, transparent margins around it. */
	private static BufferedImage drawn(int width, int height, Color ink) {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
		Graphics2D g = image.createGraphics();
		g.setColor(ink);
		g.fillOval(width / 8, height / 8, width * 3 / 4, height * 3 / 4);
		g.dispose();
		return image;
	}

	private static List<PDImageXObject> images(PDDocument template) throws Exception {
		List<PDImageXObject> images = new ArrayList<>();
		for (PDField field : template.getDocumentCatalog().getAcroForm().getFields()) {
			PDResources resources = field.getWidgets().get(0).getNormalAppearanceStream().getResources();
			for (COSName name : resources.getXObjectNames()) {
				if (resources.getXObject(name) instanceof PDImageXObject image) {
					images.add(image);
				}
			}
		}
		return images;
	}

	private static byte[] raw(PDImageXObject image) throws Exception {
		return raw(image.getCOSObject());
	}

	private static byte[] raw(org.apache.pdfbox.cos.COSStream stream) throws Exception {
		try (InputStream in = stream.createRawInputStream()) {
			return in.readAllBytes();
		}
	}

	private static int[] pixels(BufferedImage image) {
		return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
	}

}
