package vn.ubnd.baocao.signing.internal;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSBoolean;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * An image as PDFBox's {@link LosslessFactory} compresses it (Flate with PNG predictors, the transparency as a soft
 * mask), as bytes that any document can take a copy of ({@link StampImage}).
 */
final class EncodedImage {

	/** The stream's dictionary without its length and soft mask: names, numbers and direct dictionaries only. */
	private final COSDictionary dictionary;

	private final byte[] data;

	private final EncodedImage mask;

	private EncodedImage(COSDictionary dictionary, byte[] data, EncodedImage mask) {
		this.dictionary = dictionary;
		this.data = data;
		this.mask = mask;
	}

	/**
	 * {@code image} compressed, or {@code null} when its stream holds something this copy does not handle (an ICC
	 * profile stream, say).
	 */
	static EncodedImage of(BufferedImage image) throws IOException {
		try (PDDocument scratch = new PDDocument()) {
			return of(LosslessFactory.createFromImage(scratch, image).getCOSObject());
		}
	}

	/** The image as an image XObject of {@code document}: a copy of the compressed bytes. */
	PDImageXObject in(PDDocument document) throws IOException {
		return new PDImageXObject(new PDStream(stream(document)), null);
	}

	private static EncodedImage of(COSStream stream) throws IOException {
		COSDictionary dictionary = new COSDictionary();
		EncodedImage mask = null;
		for (Map.Entry<COSName, COSBase> entry : stream.entrySet()) {
			COSName key = entry.getKey();
			if (COSName.LENGTH.equals(key)) {
				continue;
			}
			if (COSName.SMASK.equals(key)) {
				if (!(stream.getDictionaryObject(key) instanceof COSStream maskStream)) {
					return null;
				}
				mask = of(maskStream);
				if (mask == null) {
					return null;
				}
				continue;
			}
			COSBase value = copy(entry.getValue());
			if (value == null) {
				return null;
			}
			dictionary.setItem(key, value);
		}
		try (InputStream in = stream.createRawInputStream()) {
			return new EncodedImage(dictionary, in.readAllBytes(), mask);
		}
	}

	private COSStream stream(PDDocument document) throws IOException {
		COSStream stream = document.getDocument().createCOSStream();
		for (Map.Entry<COSName, COSBase> entry : this.dictionary.entrySet()) {
			stream.setItem(entry.getKey(), copy(entry.getValue()));
		}
		try (OutputStream out = stream.createRawOutputStream()) {
			out.write(this.data);
		}
		if (this.mask != null) {
			stream.setItem(COSName.SMASK, this.mask.stream(document));
		}
		return stream;
	}

	/** A copy of a direct value (each document gets its own), or {@code null} for anything else. */
	private static COSBase copy(COSBase value) {
		if (value instanceof COSName || value instanceof COSNumber || value instanceof COSBoolean) {
			return value;
		}
		if (value instanceof COSStream) {
			return null;
		}
		if (value instanceof COSDictionary dictionary) {
			COSDictionary copy = new COSDictionary();
			for (Map.Entry<COSName, COSBase> entry : dictionary.entrySet()) {
				COSBase item = copy(entry.getValue());
				if (item == null) {
					return null;
				}
				copy.setItem(entry.getKey(), item);
			}
			return copy;
		}
		if (value instanceof COSArray array) {
			COSArray copy = new COSArray();
			for (COSBase item : array) {
				COSBase itemCopy = copy(item);
				if (itemCopy == null) {
					return null;
				}
				copy.add(itemCopy);
			}
			return copy;
		}
		return null;
	}

}
