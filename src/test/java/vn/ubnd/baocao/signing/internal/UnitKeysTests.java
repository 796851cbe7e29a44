package vn.ubnd.baocao.signing.internal;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * A unit's configured PKCS#12 keystore: read and checked at start-up with a message that names the property and
 * the file when it is missing, locked with another password, keyless, ambiguous, or its images unreadable; a good
 * one (RSA 3072 issued by a CA) signs a PDF that BouncyCastle and pdfsig accept, with the chain in the CMS and the
 * configured images in the signature.
 */
class UnitKeysTests {

	static final char[] PASSWORD = "mat-khau-kho-khoa".toCharArray();

	@TempDir
	static Path folder;

	static Path keystore;

	static X509Certificate ca;

	static X509Certificate unit;

	static PrivateKey unitKey;

	@BeforeAll
	static void makeAKeystoreIssuedByACa() throws Exception {
		KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
		rsa.initialize(3072);
		KeyPair caPair = rsa.generateKeyPair();
		KeyPair unitPair = rsa.generateKeyPair();
		X500Name caName = new X500Name("CN=Cơ quan chứng thực thử nghiệm,O=Thử nghiệm,C=VN");
		ca = certificate(caName, caPair, caName, caPair.getPrivate(), true);
		unit = certificate(new X500Name("CN=Ủy ban nhân dân xã Thử Nghiệm,O=Ủy ban nhân dân xã Thử Nghiệm,C=VN"),
				unitPair, caName, caPair.getPrivate(), false);
		unitKey = unitPair.getPrivate();
		keystore = folder.resolve("xa-thu-nghiem.p12");
		KeyStore store = KeyStore.getInstance("PKCS12");
		store.load(null, null);
		store.setKeyEntry("xa-thu-nghiem", unitKey, PASSWORD, new Certificate[] { unit, ca });
		try (OutputStream out = Files.newOutputStream(keystore)) {
			store.store(out, PASSWORD);
		}
	}

	@Test
	void aGoodKeystoreGivesTheKeyAndItsChain() {
		SigningKey key = UnitKeys.load(7, unitKeystore(keystore, "mat-khau-kho-khoa", null));
		assertThat(key.unitId()).isEqualTo(7);
		assertThat(key.chain()).containsExactly(unit, ca);
		assertThat(key.signatureAlgorithm()).isEqualTo("SHA256withRSA");
		assertThat(key.demo()).isFalse();
		assertThat(key.validAt(Instant.now())).isTrue();
		assertThat(key.validAt(Instant.now().plus(Duration.ofDays(800)))).isFalse();
		assertThat(key.source()).contains("xa-thu-nghiem.p12");
	}

	@Test
	void aBadKeystoreStopsTheStartWithAMessageNamingTheUnitAndTheFile() throws Exception {
		assertThatThrownBy(() -> UnitKeys.load(7, unitKeystore(null, "x", null)))
			.hasMessageContaining("portal.signing.units.7.keystore is not set");
		assertThatThrownBy(() -> UnitKeys.load(7, unitKeystore(folder.resolve("khong-co.p12"), "x", null)))
			.hasMessageContaining("portal.signing.units.7.keystore: cannot read")
			.hasMessageContaining("khong-co.p12");
		assertThatThrownBy(() -> UnitKeys.load(7, unitKeystore(keystore, "sai-mat-khau", null)))
			.hasMessageContaining("is not a PKCS#12 keystore that opens with portal.signing.units.7.password");
		Path text = Files.writeString(folder.resolve("khong-phai.p12"), "không phải kho khóa");
		assertThatThrownBy(() -> UnitKeys.load(7, unitKeystore(text, "x", null)))
			.hasMessageContaining("is not a PKCS#12 keystore");
		assertThatThrownBy(() -> UnitKeys.load(7, unitKeystore(keystore, "mat-khau-kho-khoa", "khac")))
			.hasMessageContaining("has no key entry 'khac'");

		// only certificates, no key
		KeyStore certificates = KeyStore.getInstance("PKCS12");
		certificates.load(null, null);
		certificates.setCertificateEntry("ca", ca);
		Path noKey = store(certificates, "chi-chung-thu.p12");
		assertThatThrownBy(() -> UnitKeys.load(7, unitKeystore(noKey, "mat-khau-kho-khoa", null)))
			.hasMessageContaining("has 0 key entries");

		// two keys and no alias
		KeyStore two = KeyStore.getInstance("PKCS12");
		two.load(null, null);
		two.setKeyEntry("mot", unitKey, PASSWORD, new Certificate[] { unit, ca });
		two.setKeyEntry("hai", unitKey, PASSWORD, new Certificate[] { unit, ca });
		Path twoKeys = store(two, "hai-khoa.p12");
		assertThatThrownBy(() -> UnitKeys.load(7, unitKeystore(twoKeys, "mat-khau-kho-khoa", null)))
			.hasMessageContaining("has 2 key entries; name one with the unit's .alias");
		assertThat(UnitKeys.load(7, unitKeystore(twoKeys, "mat-khau-kho-khoa", "hai")).certificate()).isEqualTo(unit);

		// a key whose certificate is another key's
		KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
		rsa.initialize(2048);
		KeyStore mismatched = KeyStore.getInstance("PKCS12");
		mismatched.load(null, null);
		mismatched.setKeyEntry("sai", rsa.generateKeyPair().getPrivate(), PASSWORD, new Certificate[] { unit });
		Path wrong = store(mismatched, "khong-khop.p12");
		assertThatThrownBy(() -> UnitKeys.load(7, unitKeystore(wrong, "mat-khau-kho-khoa", null)))
			.hasMessageContaining("does not match its certificate");

		// an image that is not an image
		SigningProperties badImage = new SigningProperties(Map.of(7L, new SigningProperties.UnitKeystore(keystore,
				"mat-khau-kho-khoa", null, text, Map.of(), null)));
		assertThatThrownBy(() -> new UnitKeys(badImage, new DemoKeys(null)))
			.hasMessageContaining("portal.signing.units.7.seal-image")
			.hasMessageContaining("is not a readable PNG image");
	}

	@Test
	void aConfiguredKeyAndImagesSignAPdfThatVerifies() throws Exception {
		Path seal = png("con-dau.png", new Color(210, 30, 40, 230));
		Path signer = png("chu-ky.png", new Color(30, 60, 160, 255));
		SigningProperties properties = new SigningProperties(Map.of(7L, new SigningProperties.UnitKeystore(keystore,
				"mat-khau-kho-khoa", null, seal, Map.of(70L, signer), "Văn phòng UBND xã, 0210 3 800 800")));
		UnitKeys keys = new UnitKeys(properties, new DemoKeys(null));
		// read and checked at start-up, prepared for signatures when first asked for, once
		assertThat(keys.preparedImages()).isZero();
		assertThat(keys.seal(7).orElseThrow()).isSameAs(keys.seal(7).orElseThrow());
		assertThat(keys.preparedImages()).isEqualTo(1);
		SigningKey key = keys.forUnit(7).orElseThrow();
		assertThat(keys.contact(7)).contains("Văn phòng UBND xã, 0210 3 800 800");
		assertThat(keys.signer(7, 70L)).isPresent();
		assertThat(keys.signer(7, 71L)).isEmpty();
		SignatureAppearance.Content content = new SignatureAppearance.Content(
				List.of("Ký bởi: Trương Văn Ký", "Cơ quan: Ủy ban nhân dân xã Thử Nghiệm",
						"Thời gian ký: 2026-12-04T10:15:30+07:00"),
				keys.signer(7, 70L).orElseThrow(), keys.seal(7).orElseThrow());
		Instant at = Instant.parse("2026-12-04T03:15:30Z");
		byte[] signed = PadesSigner.sign(unsigned(), key, new PadesSigner.Dictionary("Trương Văn Ký",
				"Ký ban hành văn bản số 01/BC-UBND", "Thử Nghiệm", "Văn phòng UBND xã", at), "CHỦ TỊCH",
				"Trương Văn Ký", content);
		Path file = Files.write(folder.resolve("ky-bang-kho-khoa.pdf"), signed);
		try (PDDocument document = Loader.loadPDF(signed)) {
			PDSignature signature = document.getSignatureDictionaries().get(0);
			CMSSignedData cms = PdfSignatures.cms(signature.getSignedContent(signed), signature.getContents());
			assertThat(cms.getCertificates().getMatches(null)).hasSize(2);
			SignerInformation info = cms.getSignerInfos().getSigners().iterator().next();
			assertThat(info.verify(new JcaSimpleSignerInfoVerifierBuilder().build(unit))).isTrue();
			assertThat(signature.getSignDate().toInstant()).isEqualTo(at);
		}
		assertThat(PdfSignatures.inspect(signed).signatures()).singleElement()
			.satisfies((signature) -> assertThat(signature.state()).isEqualTo(PdfSignatures.State.INTACT));
		Path pdfsig = Path.of("/usr/bin/pdfsig");
		assumeThat(Files.isExecutable(pdfsig)).isTrue();
		Process process = new ProcessBuilder(pdfsig.toString(), file.toString()).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
		assertThat(output).contains("Signature is Valid.", "Total document signed", "ETSI.CAdES.detached");
	}

	/** A page with a signature block: the title, room for the signature, the name. */
	private static byte[] unsigned() throws Exception {
		try (PDDocument document = new PDDocument()) {
			PDPage page = new PDPage(PDRectangle.A4);
			document.addPage(page);
			PDType0Font bold = PDType0Font.load(document,
					new ByteArrayInputStream(SignatureFonts.bytes(SignatureFonts.BOLD)), true);
			try (PDPageContentStream content = new PDPageContentStream(document, page)) {
				line(content, bold, "TM. ỦY BAN NHÂN DÂN", 360, 600);
				line(content, bold, "CHỦ TỊCH", 400, 584);
				line(content, bold, "Trương Văn Ký", 385, 500);
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			document.save(out);
			return out.toByteArray();
		}
	}

	private static void line(PDPageContentStream content, PDType0Font font, String text, float x, float y)
			throws Exception {
		content.beginText();
		content.setFont(font, 14);
		content.newLineAtOffset(x, y);
		content.showText(text);
		content.endText();
	}

	private static Path png(String name, Color color) throws Exception {
		BufferedImage image = new BufferedImage(300, 300, BufferedImage.TYPE_INT_ARGB);
		Graphics2D g = image.createGraphics();
		g.setColor(color);
		g.fillOval(20, 20, 260, 260);
		g.dispose();
		Path file = folder.resolve(name);
		ImageIO.write(image, "png", file.toFile());
		return file;
	}

	private static Path store(KeyStore store, String name) throws Exception {
		Path file = folder.resolve(name);
		try (OutputStream out = Files.newOutputStream(file)) {
			store.store(out, PASSWORD);
		}
		return file;
	}

	private static SigningProperties.UnitKeystore unitKeystore(Path path, String password, String alias) {
		return new SigningProperties.UnitKeystore(path, password, alias, null, Map.of(), null);
	}

	private static X509Certificate certificate(X500Name subject, KeyPair pair, X500Name issuer, PrivateKey signer,
			boolean authority) throws Exception {
		Instant now = Instant.now();
		JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(issuer,
				BigInteger.valueOf(now.toEpochMilli()), Date.from(now.minus(Duration.ofDays(1))),
				Date.from(now.plus(Duration.ofDays(730))), subject, pair.getPublic());
		builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(authority));
		return new JcaX509CertificateConverter().getCertificate(builder
			.build(new org.bouncycastle.operator.jcajce.JcaContentSignerBuilder("SHA256withRSA").build(signer)));
	}

}
