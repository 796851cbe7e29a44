package vn.ubnd.baocao.signing.internal;

import java.awt.Color;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceDictionary;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;

/**
 * The visible signature (Nghị định 30/2020, Phụ lục I §II.7.d and §II.8.a), drawn in the room between the title
 * lines and the signer's name: the signer's image (blue, transparent) centred, the unit's seal (red, transparent)
 * over the left third of it, and under them the caption — signer, unit and signing time in ISO 8601 with +07:00 —
 * in Liberation Serif, embedded. Without images the caption alone is written, larger, in a thin frame. Built as
 * the one-page template PDFBox merges into the signed file.
 */
public final class SignatureAppearance {

	/** The caption's size with images, in points. */
	static final float SMALL = 7.5f;

	/** The caption's size without images (the decree's size for a signature in text), in points. */
	static final float LARGE = 10f;

	private SignatureAppearance() {
	}

	/**
	 * What the signature shows. The images are trimmed to their ink ({@link StampImage}), so that "centred" and "a
	 * third of it" are measured on the ink.
	 *
	 * @param caption the caption lines (signer, unit, time)
	 * @param signer the signer's image, or {@code null}
	 * @param seal the unit's seal, or {@code null}
	 */
	public record Content(List<String> caption, StampImage signer, StampImage seal) {

		public Content {
			caption = List.copyOf(caption);
		}

		boolean hasImages() {
			return this.signer != null || this.seal != null;
		}

	}

	/** The template: a page the size of {@code page}, with a signature field at {@code rectangle}. */
	public static byte[] template(PDPage page, PDRectangle rectangle, Content content) throws IOException {
		try (PDDocument template = new PDDocument()) {
			PDPage templatePage = new PDPage(page.getMediaBox());
			template.addPage(templatePage);
			PDAcroForm form = new PDAcroForm(template);
			template.getDocumentCatalog().setAcroForm(form);
			PDSignatureField field = new PDSignatureField(form);
			PDAnnotationWidget widget = field.getWidgets().get(0);
			widget.getCOSObject().setItem(COSName.TYPE, COSName.ANNOT);
			widget.setRectangle(rectangle);
			widget.setPrinted(true);
			form.getFields().add(field);
			form.setSignaturesExist(true);
			form.setAppendOnly(true);

			PDFormXObject xobject = new PDFormXObject(new PDStream(template));
			xobject.setResources(new PDResources());
			xobject.setFormType(1);
			xobject.setBBox(new PDRectangle(rectangle.getWidth(), rectangle.getHeight()));
			PDAppearanceDictionary appearance = new PDAppearanceDictionary();
			appearance.getCOSObject().setDirect(true);
			PDAppearanceStream stream = new PDAppearanceStream(xobject.getCOSObject());
			appearance.setNormalAppearance(stream);
			widget.setAppearance(appearance);
			PDFont font = PDType0Font.load(template,
					new ByteArrayInputStream(SignatureFonts.bytes(SignatureFonts.REGULAR)), true);
			try (PDPageContentStream canvas = new PDPageContentStream(template, stream)) {
				draw(template, canvas, font, rectangle.getWidth(), rectangle.getHeight(), content);
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			template.save(out);
			return out.toByteArray();
		}
	}

	private static void draw(PDDocument template, PDPageContentStream canvas, PDFont font, float width, float height,
			Content content) throws IOException {
		List<String> lines = content.caption();
		float size = content.hasImages() ? SMALL : LARGE;
		float widest = 0;
		for (String line : lines) {
			widest = Math.max(widest, font.getStringWidth(line) / 1000);
		}
		size = Math.min(size, (width - 8) / Math.max(widest, 1));
		float leading = size * 1.2f;
		float block = leading * lines.size();
		float captionTop;
		if (content.hasImages()) {
			captionTop = block + 1;
			images(template, canvas, width, captionTop + 1, height - captionTop - 1, content);
		}
		else {
			captionTop = (height + block) / 2;
			float frame = widest * size + 10;
			canvas.setStrokingColor(new Color(0x1b, 0x3a, 0x9c));
			canvas.setLineWidth(0.6f);
			canvas.addRect((width - frame) / 2, captionTop - block - 3, frame, block + 5);
			canvas.stroke();
		}
		canvas.setNonStrokingColor(Color.BLACK);
		float baseline = captionTop - size * 0.95f;
		for (String line : lines) {
			float lineWidth = font.getStringWidth(line) / 1000 * size;
			canvas.beginText();
			canvas.setFont(font, size);
			canvas.newLineAtOffset((width - lineWidth) / 2, baseline);
			canvas.showText(line);
			canvas.endText();
			baseline -= leading;
		}
	}

	/**
	 * The signer's image centred in the band from {@code bottom} up {@code band} points, and the seal over its left
	 * third (the seal's right edge one third into the signer's image), both as high as the band allows.
	 */
	private static void images(PDDocument template, PDPageContentStream canvas, float width, float bottom, float band,
			Content content) throws IOException {
		float signerWidth = 0;
		float signerHeight = 0;
		if (content.signer() != null) {
			float aspect = (float) content.signer().width() / content.signer().height();
			signerHeight = band;
			signerWidth = signerHeight * aspect;
			if (signerWidth > width * 0.62f) {
				signerWidth = width * 0.62f;
				signerHeight = signerWidth / aspect;
			}
		}
		float signerLeft = (width - signerWidth) / 2;
		float sealSide = 0;
		float sealLeft = 0;
		if (content.seal() != null) {
			sealSide = band;
			sealLeft = (content.signer() != null) ? signerLeft + signerWidth / 3 - sealSide : (width - sealSide) / 2;
			if (sealLeft < 0) {
				signerLeft -= sealLeft;
				sealLeft = 0;
			}
		}
		if (content.signer() != null) {
			PDImageXObject image = content.signer().in(template);
			canvas.drawImage(image, signerLeft, bottom + (band - signerHeight) / 2, signerWidth, signerHeight);
		}
		if (content.seal() != null) {
			// the seal is stamped over the signature
			StampImage seal = content.seal();
			float scale = sealSide / Math.max(seal.width(), seal.height());
			float w = seal.width() * scale;
			float h = seal.height() * scale;
			PDImageXObject image = seal.in(template);
			canvas.drawImage(image, sealLeft + (sealSide - w) / 2, bottom + (band - h) / 2, w, h);
		}
	}

}
