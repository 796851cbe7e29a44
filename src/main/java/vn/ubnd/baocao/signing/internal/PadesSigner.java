package vn.ubnd.baocao.signing.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;

/**
 * Signs a PDF as PAdES baseline B-B: one signature field with the visible appearance in the signature block, the
 * signature dictionary ({@code Adobe.PPKLite}, {@code ETSI.CAdES.detached}, Name, Reason, Location, ContactInfo
 * and the time as {@code M}) and the CMS of {@link CmsSigner}, written as an incremental update so that every byte
 * of the original PDF/A file stays as it was.
 */
public final class PadesSigner {

	/** The signing time's zone: Việt Nam, +07:00. */
	public static final TimeZone VIETNAM = TimeZone.getTimeZone("Asia/Ho_Chi_Minh");

	private PadesSigner() {
	}

	/**
	 * The signature dictionary's texts and time.
	 *
	 * @param name the signer
	 * @param reason why
	 * @param location where
	 * @param contactInfo how to reach the signing body
	 * @param signedAt when (whole seconds)
	 */
	public record Dictionary(String name, String reason, String location, String contactInfo, Instant signedAt) {
	}

	/**
	 * The signed file.
	 * @param pdf the PDF to sign
	 * @param key the unit's key
	 * @param dictionary the signature dictionary
	 * @param titleLine the last title line of the signature block, above the room for the signature
	 * @param signerName the signer's name, below it
	 * @param content what the signature shows
	 */
	public static byte[] sign(byte[] pdf, SigningKey key, Dictionary dictionary, String titleLine, String signerName,
			SignatureAppearance.Content content) {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			SignatureBlockLocator.Placement placement = SignatureBlockLocator.locate(document, titleLine, signerName);
			byte[] template = SignatureAppearance.template(document.getPage(placement.pageIndex()),
					placement.rectangle(), content);
			PDSignature signature = new PDSignature();
			signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
			signature.setSubFilter(PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
			signature.setName(dictionary.name());
			signature.setReason(dictionary.reason());
			signature.setLocation(dictionary.location());
			signature.setContactInfo(dictionary.contactInfo());
			Calendar time = new GregorianCalendar(VIETNAM);
			time.setTimeInMillis(dictionary.signedAt().truncatedTo(ChronoUnit.SECONDS).toEpochMilli());
			signature.setSignDate(time);
			try (SignatureOptions options = new SignatureOptions()) {
				options.setPage(placement.pageIndex());
				options.setVisualSignature(new ByteArrayInputStream(template));
				options.setPreferredSignatureSize(reservedSize(key));
				document.addSignature(signature, (content1) -> CmsSigner.sign(content1.readAllBytes(), key), options);
				ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 64 * 1024);
				document.saveIncremental(out);
				return out.toByteArray();
			}
		}
		catch (IOException ex) {
			throw new IllegalStateException("cannot sign the PDF with the key of unit " + key.unitId(), ex);
		}
	}

	/** Room for the CMS: the chain, the signature and the attributes, with a margin. */
	private static int reservedSize(SigningKey key) {
		int chain = 0;
		for (var certificate : key.chain()) {
			try {
				chain += certificate.getEncoded().length;
			}
			catch (java.security.cert.CertificateEncodingException ex) {
				throw new IllegalStateException(ex);
			}
		}
		return Math.max(SignatureOptions.DEFAULT_SIGNATURE_SIZE, chain + 8192);
	}

}
