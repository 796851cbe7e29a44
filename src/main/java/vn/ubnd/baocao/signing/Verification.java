package vn.ubnd.baocao.signing;

import java.time.Instant;

/**
 * What the portal can say about an uploaded file.
 *
 * @param outcome the verdict
 * @param sha256 the file's SHA-256, hex
 * @param issued the issued document it is (byte for byte), or that its signature was made for when it was
 * altered; {@code null} otherwise
 * @param signature the portal's signature found in it, or {@code null}
 */
public record Verification(Outcome outcome, String sha256, IssuedDocument issued, PortalSignature signature) {

	/** The verdicts. */
	public enum Outcome {

		/** byte for byte a document this portal issued */
		ISSUED_HERE,

		/** signed with one of the portal's certificates and intact, though not a stored document */
		SIGNED_HERE_INTACT,

		/** bytes were added after the portal's signature (an incremental update): the signed version was changed */
		CHANGED_AFTER_SIGNING,

		/** the signed bytes were changed: the digest no longer matches */
		CONTENT_ALTERED,

		/** the portal's signature in it is damaged or does not verify */
		SIGNATURE_BROKEN,

		/** signed, but not with a certificate of this portal */
		SIGNED_ELSEWHERE,

		/** a PDF without a signature */
		NOT_SIGNED,

		/** a PDF that cannot be read (encrypted or damaged) */
		UNREADABLE_PDF,

		/** not a PDF */
		NOT_PDF;

		/** The key of its Vietnamese message. */
		public String messageKey() {
			return "signing.verify.outcome." + name();
		}

		/** Whether the file is what the portal signed, unchanged. */
		public boolean genuine() {
			return this == ISSUED_HERE || this == SIGNED_HERE_INTACT;
		}

		/** Whether the file carries the portal's signature but was changed. */
		public boolean altered() {
			return this == CHANGED_AFTER_SIGNING || this == CONTENT_ALTERED || this == SIGNATURE_BROKEN;
		}

	}

	/**
	 * A signature made with one of the portal's certificates.
	 *
	 * @param signerName the signature's Name
	 * @param unitId the unit the certificate belongs to
	 * @param signedAt the signature's time
	 * @param certificateSubject the certificate's subject
	 * @param certificateSha256 its SHA-256 fingerprint, hex
	 */
	public record PortalSignature(String signerName, long unitId, Instant signedAt, String certificateSubject,
			String certificateSha256) {
	}

}
