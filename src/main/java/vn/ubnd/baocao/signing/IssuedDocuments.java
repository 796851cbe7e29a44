package vn.ubnd.baocao.signing;

import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import vn.ubnd.baocao.report.IssuedPdfSource;
import vn.ubnd.baocao.signing.internal.DemoImages;
import vn.ubnd.baocao.signing.internal.StampImage;
import vn.ubnd.baocao.signing.internal.Digests;
import vn.ubnd.baocao.signing.internal.PadesSigner;
import vn.ubnd.baocao.signing.internal.SignatureAppearance;
import vn.ubnd.baocao.signing.internal.SigningKey;
import vn.ubnd.baocao.signing.internal.UnitKeys;
import vn.ubnd.baocao.signing.internal.UnitNames;
import vn.ubnd.baocao.unit.Unit;
import vn.ubnd.baocao.unit.UnitService;

/**
 * The issued documents: an issued report's PDF signed with its unit's key (PAdES B-B with the visible signature)
 * and stored with its SHA-256 in the issuing transaction; afterwards the stored bytes, and only they, are the
 * report's PDF. The table refuses every change (a trigger), so a stored document stays as it was signed.
 */
@Service
public class IssuedDocuments implements IssuedPdfSource {

	/** The signing time as the signature shows it: ISO 8601 with the +07:00 offset. */
	public static final DateTimeFormatter ISO_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX")
		.withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private final UnitKeys keys;

	private final DemoImages demoImages;

	private final UnitService units;

	private final MessageSource messages;

	private final JdbcClient jdbc;

	IssuedDocuments(UnitKeys keys, DemoImages demoImages, UnitService units, MessageSource messages,
			JdbcClient jdbc) {
		this.keys = keys;
		this.demoImages = demoImages;
		this.units = units;
		this.messages = messages;
		this.jdbc = jdbc;
	}

	/**
	 * Signs the report's PDF with its unit's key and stores it; must run in the issuing transaction. The unit's key
	 * is checked before the PDF is rendered.
	 * @param request who signs what, when
	 * @param unsignedPdf renders the issued report to PDF/A (number, date, no draft mark)
	 * @throws SigningUnavailableException when the unit has no key, or its certificate is not valid now
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public IssuedDocument signAndStore(SigningRequest request, Supplier<byte[]> unsignedPdf) {
		Instant signedAt = request.signedAt().truncatedTo(ChronoUnit.SECONDS);
		SigningKey key = this.keys.forUnit(request.unitId())
			.orElseThrow(() -> new SigningUnavailableException("signing.unavailable.no-certificate",
					"unit " + request.unitId() + " has no keystore"));
		if (!key.validAt(signedAt)) {
			throw new SigningUnavailableException("signing.unavailable.expired", "the certificate of unit "
					+ request.unitId() + " is valid from " + key.certificate().getNotBefore() + " to "
					+ key.certificate().getNotAfter());
		}
		Unit unit = this.units.get(request.unitId());
		String agency = UnitNames.agency(unit);
		List<String> caption = List.of(message("signing.appearance.signer", request.signerName()),
				message("signing.appearance.unit", agency),
				message("signing.appearance.time", ISO_TIME.format(signedAt)));
		SignatureAppearance.Content content = new SignatureAppearance.Content(caption,
				signerImage(key, request).orElse(null), seal(key, unit).orElse(null));
		PadesSigner.Dictionary dictionary = new PadesSigner.Dictionary(request.signerName(),
				message("signing.dictionary.reason", request.numberAndSymbol()), unit.getPlaceName(),
				this.keys.contact(unit.getId()).orElse(agency), signedAt);
		List<String> lines = request.signatureLines();
		byte[] signed = PadesSigner.sign(unsignedPdf.get(), key, dictionary, lines.get(lines.size() - 1),
				request.signerName(), content);
		String sha256 = Digests.sha256Hex(signed);
		remember(key);
		this.jdbc.sql("""
				insert into issued_document (report_id, unit_id, number_and_symbol, pdf, sha256, signed_at, signer_name,
				    signer_title, certificate_sha256)
				values (:report, :unit, :number, :pdf, :sha256, :signedAt, :signer, :title, :certificate)""")
			.param("report", request.reportId())
			.param("unit", request.unitId())
			.param("number", request.numberAndSymbol())
			.param("pdf", signed)
			.param("sha256", sha256)
			.param("signedAt", Timestamp.from(signedAt))
			.param("signer", request.signerName())
			.param("title", request.signerTitle())
			.param("certificate", key.fingerprint())
			.update();
		return new IssuedDocument(request.reportId(), request.unitId(), request.numberAndSymbol(), sha256,
				signed.length, signedAt, request.signerName(), request.signerTitle(), key.fingerprint());
	}

	/** The stored document of an issued report. */
	@Transactional(readOnly = true)
	public Optional<IssuedDocument> find(long reportId) {
		return this.jdbc.sql("select " + COLUMNS + " from issued_document where report_id = :report")
			.param("report", reportId)
			.query(IssuedDocuments::document)
			.optional();
	}

	/** The stored document whose bytes have this SHA-256 (hex). */
	@Transactional(readOnly = true)
	public Optional<IssuedDocument> findBySha256(String sha256) {
		return this.jdbc.sql("select " + COLUMNS + " from issued_document where sha256 = :sha256")
			.param("sha256", sha256)
			.query(IssuedDocuments::document)
			.optional();
	}

	/** The stored document signed with the certificate at that time (what an altered copy was signed as). */
	@Transactional(readOnly = true)
	public Optional<IssuedDocument> findSignedWith(String certificateSha256, Instant signedAt) {
		return this.jdbc.sql("select " + COLUMNS
				+ " from issued_document where certificate_sha256 = :certificate and signed_at = :signedAt")
			.param("certificate", certificateSha256)
			.param("signedAt", Timestamp.from(signedAt.truncatedTo(ChronoUnit.SECONDS)))
			.query(IssuedDocuments::document)
			.stream()
			.findFirst();
	}

	/** The stored signed PDF, byte for byte. */
	@Override
	@Transactional(readOnly = true)
	public Optional<byte[]> issuedPdf(long reportId) {
		return this.jdbc.sql("select pdf from issued_document where report_id = :report")
			.param("report", reportId)
			.query((rs, n) -> rs.getBytes(1))
			.optional();
	}

	private static final String COLUMNS = "report_id, unit_id, number_and_symbol, sha256, octet_length(pdf), "
			+ "signed_at, signer_name, signer_title, certificate_sha256";

	private static IssuedDocument document(ResultSet rs, int row) throws SQLException {
		return new IssuedDocument(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getLong(5),
				rs.getTimestamp(6).toInstant(), rs.getString(7), rs.getString(8), rs.getString(9));
	}

	/** Keeps the certificate, so that its signatures are recognised even after the unit has a new one. */
	private void remember(SigningKey key) {
		X509Certificate certificate = key.certificate();
		try {
			this.jdbc.sql("""
					insert into signing_certificate (sha256, unit_id, subject, serial, not_before, not_after, der)
					values (:sha256, :unit, :subject, :serial, :notBefore, :notAfter, :der)
					on conflict (sha256) do nothing""")
				.param("sha256", key.fingerprint())
				.param("unit", key.unitId())
				.param("subject", certificate.getSubjectX500Principal().getName())
				.param("serial", certificate.getSerialNumber().toString(16))
				.param("notBefore", Timestamp.from(certificate.getNotBefore().toInstant()))
				.param("notAfter", Timestamp.from(certificate.getNotAfter().toInstant()))
				.param("der", certificate.getEncoded())
				.update();
		}
		catch (CertificateEncodingException ex) {
			throw new IllegalStateException("unreadable certificate of unit " + key.unitId(), ex);
		}
	}

	private Optional<StampImage> signerImage(SigningKey key, SigningRequest request) {
		Optional<StampImage> configured = this.keys.signer(request.unitId(), request.signerLeaderId());
		if (configured.isPresent() || !key.demo()) {
			return configured;
		}
		return Optional.of(this.demoImages.signer(request.signerName()));
	}

	private Optional<StampImage> seal(SigningKey key, Unit unit) {
		Optional<StampImage> configured = this.keys.seal(unit.getId());
		if (configured.isPresent() || !key.demo()) {
			return configured;
		}
		String top = String.join(" ", unit.getPrintedLines());
		String bottom = null;
		if (unit.getParentId() != null) {
			List<String> parent = this.units.get(unit.getParentId()).getPrintedLines();
			bottom = parent.get(parent.size() - 1);
		}
		return Optional.of(this.demoImages.seal(top, bottom));
	}

	private String message(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, VIETNAMESE);
	}

}
