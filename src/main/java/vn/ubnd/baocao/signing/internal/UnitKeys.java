package vn.ubnd.baocao.signing.internal;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.imageio.ImageIO;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The units' keys: the PKCS#12 keystore configured for a unit ({@link SigningProperties}), read and checked once at
 * start-up (a keystore that cannot be read, has no private key or whose key does not match its certificate stops
 * the start with a message naming the unit and the file); otherwise the unit's demo key, if demo mode made one.
 * Configured images are read and checked at start-up too, and prepared for signatures on first use.
 */
@Component
public class UnitKeys {

	private static final Logger log = LoggerFactory.getLogger(UnitKeys.class);

	private final Map<Long, SigningKey> configured;

	private final Map<Long, ImageFile> seals;

	private final Map<Long, Map<Long, ImageFile>> signers;

	private final Map<Long, String> contacts;

	private final DemoKeys demo;

	UnitKeys(SigningProperties properties, DemoKeys demo) {
		this.demo = demo;
		Map<Long, SigningKey> keys = new HashMap<>();
		Map<Long, ImageFile> sealImages = new HashMap<>();
		Map<Long, Map<Long, ImageFile>> signerImages = new HashMap<>();
		Map<Long, String> contactInfo = new HashMap<>();
		properties.units().forEach((unitId, unit) -> {
			keys.put(unitId, load(unitId, unit));
			if (unit.sealImage() != null) {
				sealImages.put(unitId, image(unitId, "seal-image", unit.sealImage()));
			}
			Map<Long, ImageFile> images = new HashMap<>();
			unit.signerImages()
				.forEach((leaderId, path) -> images.put(leaderId, image(unitId, "signer-images." + leaderId, path)));
			signerImages.put(unitId, Map.copyOf(images));
			if (unit.contactInfo() != null && !unit.contactInfo().isBlank()) {
				contactInfo.put(unitId, unit.contactInfo().strip());
			}
		});
		this.configured = Map.copyOf(keys);
		this.seals = Map.copyOf(sealImages);
		this.signers = Map.copyOf(signerImages);
		this.contacts = Map.copyOf(contactInfo);
	}

	/** The unit's key: its configured keystore, else its demo key; empty when it has neither. */
	public Optional<SigningKey> forUnit(long unitId) {
		SigningKey key = this.configured.get(unitId);
		return (key != null) ? Optional.of(key) : this.demo.find(unitId);
	}

	/** The configured keys, by unit id. */
	public Map<Long, SigningKey> configured() {
		return this.configured;
	}

	/** The unit's configured seal image. */
	public Optional<StampImage> seal(long unitId) {
		return Optional.ofNullable(this.seals.get(unitId)).map(ImageFile::stamp);
	}

	/** How many configured images have been prepared for signatures so far (for tests). */
	int preparedImages() {
		return (int) (this.seals.values().stream().filter(ImageFile::prepared).count() + this.signers.values()
			.stream()
			.flatMap((images) -> images.values().stream())
			.filter(ImageFile::prepared)
			.count());
	}

	/** The configured image of a signer of the unit. */
	public Optional<StampImage> signer(long unitId, Long leaderId) {
		return Optional.ofNullable(this.signers.getOrDefault(unitId, Map.of()).get(leaderId)).map(ImageFile::stamp);
	}

	/** The configured contact of the unit. */
	public Optional<String> contact(long unitId) {
		return Optional.ofNullable(this.contacts.get(unitId));
	}

	static SigningKey load(long unitId, SigningProperties.UnitKeystore unit) {
		String where = "portal.signing.units." + unitId + ".keystore";
		if (unit.keystore() == null) {
			throw new IllegalStateException(where + " is not set: the unit's PKCS#12 keystore is required");
		}
		Path path = unit.keystore().toAbsolutePath();
		if (!Files.isReadable(path)) {
			throw new IllegalStateException(where + ": cannot read " + path);
		}
		char[] password = (unit.password() == null) ? new char[0] : unit.password().toCharArray();
		KeyStore store;
		try (InputStream in = Files.newInputStream(path)) {
			store = KeyStore.getInstance("PKCS12");
			store.load(in, password);
		}
		catch (IOException | GeneralSecurityException ex) {
			throw new IllegalStateException(where + ": " + path
					+ " is not a PKCS#12 keystore that opens with portal.signing.units." + unitId + ".password ("
					+ ex.getMessage() + ")", ex);
		}
		try {
			String alias = alias(store, unit.alias(), where, path);
			Key key = store.getKey(alias, password);
			if (!(key instanceof PrivateKey privateKey)) {
				throw new IllegalStateException(where + ": entry '" + alias + "' of " + path + " has no private key");
			}
			Certificate[] certificates = store.getCertificateChain(alias);
			if (certificates == null || certificates.length == 0) {
				throw new IllegalStateException(where + ": entry '" + alias + "' of " + path + " has no certificate");
			}
			List<X509Certificate> chain = new ArrayList<>();
			for (Certificate certificate : certificates) {
				chain.add((X509Certificate) certificate);
			}
			SigningKey signingKey = new SigningKey(unitId, privateKey, chain, "keystore " + path, false);
			if (!matches(signingKey)) {
				throw new IllegalStateException(
						where + ": the private key of '" + alias + "' in " + path + " does not match its certificate");
			}
			return signingKey;
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(where + ": cannot read the key in " + path + " (" + ex.getMessage() + ")",
					ex);
		}
	}

	/** Whether a signature made with the private key verifies with the certificate's public key. */
	private static boolean matches(SigningKey key) throws GeneralSecurityException {
		byte[] probe = "Cổng báo cáo UBND".getBytes(java.nio.charset.StandardCharsets.UTF_8);
		java.security.Signature signer = java.security.Signature.getInstance(key.signatureAlgorithm());
		signer.initSign(key.privateKey());
		signer.update(probe);
		byte[] signature = signer.sign();
		java.security.Signature verifier = java.security.Signature.getInstance(key.signatureAlgorithm());
		verifier.initVerify(key.certificate().getPublicKey());
		verifier.update(probe);
		try {
			return verifier.verify(signature);
		}
		catch (java.security.SignatureException ex) {
			// a signature of another key's length
			return false;
		}
	}

	private static String alias(KeyStore store, String wanted, String where, Path path)
			throws GeneralSecurityException {
		if (wanted != null && !wanted.isBlank()) {
			if (!store.isKeyEntry(wanted)) {
				throw new IllegalStateException(where + ": " + path + " has no key entry '" + wanted + "'");
			}
			return wanted;
		}
		List<String> keys = Collections.list(store.aliases()).stream().filter((alias) -> {
			try {
				return store.isKeyEntry(alias);
			}
			catch (GeneralSecurityException ex) {
				return false;
			}
		}).toList();
		if (keys.size() != 1) {
			throw new IllegalStateException(where + ": " + path + " has " + keys.size()
					+ " key entries; name one with the unit's .alias");
		}
		return keys.get(0);
	}

	/**
	 * The image read and checked at start-up; what is kept is the file's bytes (a PNG of a few kilobytes), prepared
	 * for signatures when a signature first needs it: preparing takes some 25 ms an image, and a province configures
	 * hundreds (bench/README.md).
	 */
	private static ImageFile image(long unitId, String property, Path path) {
		String where = "portal.signing.units." + unitId + "." + property;
		try {
			byte[] file = Files.isReadable(path) ? Files.readAllBytes(path) : null;
			BufferedImage image = (file != null) ? ImageFile.decode(file) : null;
			if (image == null) {
				throw new IllegalStateException(where + ": " + path.toAbsolutePath() + " is not a readable PNG image");
			}
			if (!image.getColorModel().hasAlpha()) {
				log.warn("{}: {} has no transparent background (Nghị định 30/2020 asks for a transparent PNG)", where,
						path.toAbsolutePath());
			}
			return new ImageFile(file);
		}
		catch (IOException ex) {
			throw new IllegalStateException(where + ": cannot read " + path.toAbsolutePath(), ex);
		}
	}

	/** A configured image file, as read at start-up; its {@link StampImage} made on first use and kept. */
	static final class ImageFile {

		private final byte[] file;

		private volatile StampImage stamp;

		ImageFile(byte[] file) {
			this.file = file;
		}

		StampImage stamp() {
			StampImage prepared = this.stamp;
			if (prepared == null) {
				synchronized (this) {
					prepared = this.stamp;
					if (prepared == null) {
						try {
							prepared = StampImage.of(decode(this.file));
						}
						catch (IOException ex) {
							// read once at start-up already: the same bytes decode the same way
							throw new UncheckedIOException(ex);
						}
						this.stamp = prepared;
					}
				}
			}
			return prepared;
		}

		boolean prepared() {
			return this.stamp != null;
		}

		static BufferedImage decode(byte[] file) throws IOException {
			return ImageIO.read(new ByteArrayInputStream(file));
		}

	}

}
