package vn.ubnd.baocao.signing.internal;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The demo units' keys: an EC P-256 key and a self-signed certificate naming the unit (valid five years), made on
 * the first start and kept in {@code signing_demo_key}, so that every restart, even after a crash, signs with the
 * same certificate. Only for demo mode; a unit with a configured keystore never uses one.
 */
@Component
public class DemoKeys {

	static final Period VALIDITY = Period.ofYears(5);

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	DemoKeys(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The unit's demo key, if one was made. */
	public Optional<SigningKey> find(long unitId) {
		return this.jdbc.sql("select private_key, certificate from signing_demo_key where unit_id = :unit")
			.param("unit", unitId)
			.query((rs, n) -> key(unitId, rs.getBytes(1), rs.getBytes(2)))
			.optional();
	}

	/** The ids of the units that have a demo key. */
	public List<Long> units() {
		return this.jdbc.sql("select unit_id from signing_demo_key order by unit_id").query(Long.class).list();
	}

	/**
	 * Makes the unit's demo key and certificate unless it has one, in the caller's transaction; returns the key.
	 * @param unitId the unit
	 * @param agency the agency's name ({@code Ủy ban nhân dân huyện Phú Sơn}), the certificate's CN and O
	 * @param province the province, the certificate's ST
	 * @param now the start of the certificate's validity
	 */
	public SigningKey create(long unitId, String agency, String province, Instant now) {
		Optional<SigningKey> existing = find(unitId);
		if (existing.isPresent()) {
			return existing.get();
		}
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
			generator.initialize(new ECGenParameterSpec("secp256r1"), RANDOM);
			KeyPair pair = generator.generateKeyPair();
			X500NameBuilder name = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.C, "VN");
			if (province != null && !province.isBlank()) {
				name.addRDN(BCStyle.ST, province);
			}
			X500Name subject = name.addRDN(BCStyle.O, agency)
				.addRDN(BCStyle.OU, "Chứng thư thử nghiệm của Cổng báo cáo (chế độ demo)")
				.addRDN(BCStyle.CN, agency)
				.build();
			Instant notBefore = now.minus(Duration.ofDays(1));
			Instant notAfter = now.atOffset(ZoneOffset.UTC).plus(VALIDITY).toInstant();
			JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(subject,
					new BigInteger(128, RANDOM).setBit(127), Date.from(notBefore), Date.from(notAfter), subject,
					pair.getPublic());
			JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
			builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
			builder.addExtension(Extension.keyUsage, true,
					new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
			builder.addExtension(Extension.subjectKeyIdentifier, false,
					extensions.createSubjectKeyIdentifier(pair.getPublic()));
			builder.addExtension(Extension.authorityKeyIdentifier, false,
					extensions.createAuthorityKeyIdentifier(pair.getPublic()));
			X509Certificate certificate = new JcaX509CertificateConverter()
				.getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(pair.getPrivate())));
			this.jdbc.sql("""
					insert into signing_demo_key (unit_id, private_key, certificate) values (:unit, :key, :certificate)
					on conflict (unit_id) do nothing""")
				.param("unit", unitId)
				.param("key", pair.getPrivate().getEncoded())
				.param("certificate", certificate.getEncoded())
				.update();
		}
		catch (GeneralSecurityException | OperatorCreationException | java.io.IOException ex) {
			throw new IllegalStateException("cannot make the demo key of unit " + unitId, ex);
		}
		// another instance may have made it first: the stored one counts
		return find(unitId).orElseThrow();
	}

	private static SigningKey key(long unitId, byte[] privateKey, byte[] certificate) {
		try {
			PrivateKey key = KeyFactory.getInstance("EC").generatePrivate(new PKCS8EncodedKeySpec(privateKey));
			X509Certificate cert = (X509Certificate) CertificateFactory.getInstance("X.509")
				.generateCertificate(new ByteArrayInputStream(certificate));
			return new SigningKey(unitId, key, List.of(cert), "demo", true);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("unreadable demo key of unit " + unitId, ex);
		}
	}

}
