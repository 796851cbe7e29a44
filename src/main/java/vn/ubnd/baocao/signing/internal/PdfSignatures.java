package vn.ubnd.baocao.signing.internal;

import java.io.IOException;
import java.security.cert.CertificateException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Collection;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignerDigestMismatchException;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;

/**
 * Reads the signatures of an uploaded PDF and checks each on its own terms: whether its byte range covers the
 * whole file except its own {@code Contents} (nothing was appended after signing), and whether its CMS verifies
 * over those bytes (nothing inside them was changed). Never throws for what an upload may contain.
 */
public final class PdfSignatures {

	/** Where a file starts at the latest to count as a PDF (readers accept junk before the header). */
	static final int HEADER_WINDOW = 1024;

	private PdfSignatures() {
	}

	/** What was found in a file. */
	public enum Readable {
		/** a PDF PDFBox can read */
		PDF,
		/** not a PDF at all */
		NOT_PDF,
		/** a PDF, but encrypted or too damaged to read */
		UNREADABLE
	}

	/** How a signature stands. */
	public enum State {
		/** the CMS verifies and its byte range covers the whole file */
		INTACT,
		/** the CMS verifies, but bytes were added after the signed range (an incremental update, or junk) */
		APPENDED,
		/** the signed bytes no longer have the digest the signature carries */
		CONTENT_CHANGED,
		/** the signature itself cannot be read or does not verify */
		SIGNATURE_BROKEN
	}

	/**
	 * One signature of the file.
	 *
	 * @param subFilter its SubFilter ({@code ETSI.CAdES.detached})
	 * @param name the signature dictionary's Name
	 * @param signedAt its M, or {@code null}
	 * @param certificateSha256 the SHA-256 fingerprint of the signer's certificate (hex), or {@code null} when the
	 * CMS cannot be read
	 * @param certificateSubject that certificate's subject, or {@code null}
	 * @param state how it stands
	 */
	public record Signature(String subFilter, String name, Instant signedAt, String certificateSha256,
			String certificateSubject, State state) {
	}

	/**
	 * A file's signatures, in the order of the file.
	 *
	 * @param readable whether it is a PDF at all
	 * @param signatures its signatures
	 */
	public record Inspection(Readable readable, List<Signature> signatures) {
	}

	public static Inspection inspect(byte[] file) {
		if (!hasHeader(file)) {
			return new Inspection(Readable.NOT_PDF, List.of());
		}
		try (PDDocument document = Loader.loadPDF(file)) {
			List<Signature> signatures = new ArrayList<>();
			for (PDSignature signature : document.getSignatureDictionaries()) {
				signatures.add(check(signature, file));
			}
			return new Inspection(Readable.PDF, signatures);
		}
		catch (InvalidPasswordException ex) {
			return new Inspection(Readable.UNREADABLE, List.of());
		}
		catch (IOException | RuntimeException ex) {
			return new Inspection(Readable.UNREADABLE, List.of());
		}
	}

	static boolean hasHeader(byte[] file) {
		byte[] header = { '%', 'P', 'D', 'F', '-' };
		int end = Math.min(file.length, HEADER_WINDOW) - header.length;
		for (int i = 0; i <= end; i++) {
			boolean match = true;
			for (int k = 0; k < header.length && match; k++) {
				match = file[i + k] == header[k];
			}
			if (match) {
				return true;
			}
		}
		return false;
	}

	private static Signature check(PDSignature signature, byte[] file) {
		Calendar date = signature.getSignDate();
		Instant signedAt = (date != null) ? date.toInstant() : null;
		String subFilter = signature.getSubFilter();
		String name = signature.getName();
		byte[] contents;
		byte[] signed;
		try {
			contents = signature.getContents();
			signed = signature.getSignedContent(file);
		}
		catch (IOException | RuntimeException ex) {
			return new Signature(subFilter, name, signedAt, null, null, State.SIGNATURE_BROKEN);
		}
		X509CertificateHolder certificate;
		SignerInformation signer;
		try {
			CMSSignedData cms = cms(signed, contents);
			Collection<SignerInformation> signers = cms.getSignerInfos().getSigners();
			if (signers.size() != 1) {
				return new Signature(subFilter, name, signedAt, null, null, State.SIGNATURE_BROKEN);
			}
			signer = signers.iterator().next();
			@SuppressWarnings("unchecked")
			Collection<X509CertificateHolder> matches = cms.getCertificates().getMatches(signer.getSID());
			if (matches.isEmpty()) {
				return new Signature(subFilter, name, signedAt, null, null, State.SIGNATURE_BROKEN);
			}
			certificate = matches.iterator().next();
		}
		catch (CMSException | RuntimeException ex) {
			return new Signature(subFilter, name, signedAt, null, null, State.SIGNATURE_BROKEN);
		}
		String fingerprint;
		try {
			fingerprint = Digests.sha256Hex(certificate.getEncoded());
		}
		catch (IOException ex) {
			return new Signature(subFilter, name, signedAt, null, null, State.SIGNATURE_BROKEN);
		}
		String subject = certificate.getSubject().toString();
		State state;
		try {
			boolean verified = signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate));
			if (!verified) {
				state = State.SIGNATURE_BROKEN;
			}
			else {
				state = coversWholeFile(signature, file) ? State.INTACT : State.APPENDED;
			}
		}
		catch (CMSSignerDigestMismatchException ex) {
			state = State.CONTENT_CHANGED;
		}
		catch (CMSException | OperatorCreationException | CertificateException | RuntimeException ex) {
			state = State.SIGNATURE_BROKEN;
		}
		return new Signature(subFilter, name, signedAt, fingerprint, subject, state);
	}

	/**
	 * The CMS of a signature over {@code signed}: the first DER object of {@code contents}, which a signature
	 * dictionary pads with zeros up to the room it reserved.
	 */
	public static CMSSignedData cms(byte[] signed, byte[] contents) throws CMSException {
		try (ASN1InputStream in = new ASN1InputStream(contents)) {
			ASN1Primitive first = in.readObject();
			if (first == null) {
				throw new CMSException("empty signature contents");
			}
			return new CMSSignedData(new CMSProcessableByteArray(signed), ContentInfo.getInstance(first));
		}
		catch (IOException | IllegalArgumentException ex) {
			throw new CMSException("unreadable signature contents", ex);
		}
	}

	/**
	 * Whether the byte range is {@code [0, a, b, c]} with {@code b + c} the file's length, and the gap between is
	 * exactly the hex string of {@code Contents}.
	 */
	static boolean coversWholeFile(PDSignature signature, byte[] file) {
		int[] range = signature.getByteRange();
		if (range == null || range.length != 4 || range[0] != 0 || range[1] <= 0 || range[2] <= range[1]
				|| range[3] < 0) {
			return false;
		}
		long end = (long) range[2] + range[3];
		if (end != file.length || file[range[1]] != '<' || file[range[2] - 1] != '>') {
			return false;
		}
		for (int i = range[1] + 1; i < range[2] - 1; i++) {
			if (Character.digit(file[i], 16) < 0) {
				return false;
			}
		}
		return true;
	}

}
