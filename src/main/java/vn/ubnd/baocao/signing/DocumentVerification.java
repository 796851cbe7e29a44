package vn.ubnd.baocao.signing;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ubnd.baocao.signing.Verification.Outcome;
import vn.ubnd.baocao.signing.internal.Digests;
import vn.ubnd.baocao.signing.internal.PdfSignatures;

/**
 * Tells what an uploaded file is: byte for byte a document the portal issued (found by its SHA-256); or a PDF
 * signed with one of the portal's certificates (every certificate it has ever signed with), intact or changed
 * after signing (bytes appended, signed bytes altered, signature broken); or signed by someone else, not signed,
 * not a PDF. Reading the file never throws.
 */
@Service
public class DocumentVerification {

	/** The largest file checked. */
	public static final int MAX_BYTES = 20 * 1024 * 1024;

	private final IssuedDocuments issued;

	private final JdbcClient jdbc;

	DocumentVerification(IssuedDocuments issued, JdbcClient jdbc) {
		this.issued = issued;
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	public Verification verify(byte[] file) {
		String sha256 = Digests.sha256Hex(file);
		Optional<IssuedDocument> identical = this.issued.findBySha256(sha256);
		if (identical.isPresent()) {
			IssuedDocument document = identical.get();
			Verification.PortalSignature signature = certificateUnit(document.certificateSha256())
				.map((unit) -> new Verification.PortalSignature(document.signerName(), unit.unitId(),
						document.signedAt(), unit.subject(), document.certificateSha256()))
				.orElse(null);
			return new Verification(Outcome.ISSUED_HERE, sha256, document, signature);
		}
		PdfSignatures.Inspection inspection = PdfSignatures.inspect(file);
		switch (inspection.readable()) {
			case NOT_PDF -> {
				return new Verification(Outcome.NOT_PDF, sha256, null, null);
			}
			case UNREADABLE -> {
				return new Verification(Outcome.UNREADABLE_PDF, sha256, null, null);
			}
			case PDF -> {
			}
		}
		List<PdfSignatures.Signature> signatures = inspection.signatures();
		for (PdfSignatures.Signature signature : signatures) {
			if (signature.certificateSha256() == null) {
				continue;
			}
			Optional<CertificateUnit> unit = certificateUnit(signature.certificateSha256());
			if (unit.isEmpty()) {
				continue;
			}
			Verification.PortalSignature portal = new Verification.PortalSignature(signature.name(),
					unit.get().unitId(), signature.signedAt(), unit.get().subject(), signature.certificateSha256());
			IssuedDocument original = (signature.signedAt() != null)
					? this.issued.findSignedWith(signature.certificateSha256(), signature.signedAt()).orElse(null)
					: null;
			Outcome outcome = switch (signature.state()) {
				case INTACT -> Outcome.SIGNED_HERE_INTACT;
				case APPENDED -> Outcome.CHANGED_AFTER_SIGNING;
				case CONTENT_CHANGED -> Outcome.CONTENT_ALTERED;
				case SIGNATURE_BROKEN -> Outcome.SIGNATURE_BROKEN;
			};
			return new Verification(outcome, sha256, original, portal);
		}
		// a signature too damaged to say whose it is: the file was changed, whoever signed it
		if (signatures.stream().anyMatch((signature) -> signature.certificateSha256() == null)) {
			return new Verification(Outcome.SIGNATURE_BROKEN, sha256, null, null);
		}
		return new Verification(signatures.isEmpty() ? Outcome.NOT_SIGNED : Outcome.SIGNED_ELSEWHERE, sha256, null,
				null);
	}

	private Optional<CertificateUnit> certificateUnit(String sha256) {
		return this.jdbc.sql("select unit_id, subject from signing_certificate where sha256 = :sha256")
			.param("sha256", sha256)
			.query((rs, n) -> new CertificateUnit(rs.getLong(1), rs.getString(2)))
			.optional();
	}

	private record CertificateUnit(long unitId, String subject) {
	}

}
