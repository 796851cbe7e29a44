package vn.ubnd.baocao.signing.internal;

import java.nio.file.Path;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The keystore of each unit that signs, by the unit's id: {@code portal.signing.units.3.keystore=/etc/baocao/3.p12},
 * {@code portal.signing.units.3.password=…} (or {@code PORTAL_SIGNING_UNITS_3_KEYSTORE},
 * {@code PORTAL_SIGNING_UNITS_3_PASSWORD}).
 *
 * @param units the units' keystores by unit id
 */
@ConfigurationProperties("portal.signing")
public record SigningProperties(Map<Long, UnitKeystore> units) {

	public SigningProperties {
		units = (units == null) ? Map.of() : Map.copyOf(units);
	}

	/**
	 * One unit's keystore and images.
	 *
	 * @param keystore a PKCS#12 file with the unit's private key and its certificate chain
	 * @param password the keystore's password (also the key's)
	 * @param alias the entry to use; {@code null} when the keystore has a single key
	 * @param sealImage the unit's seal, a red PNG with a transparent background (optional)
	 * @param signerImages each signer's image by leader id, blue PNGs with a transparent background (optional)
	 * @param contactInfo the contact written in the signature (optional; the unit's name otherwise)
	 */
	public record UnitKeystore(Path keystore, String password, String alias, Path sealImage,
			Map<Long, Path> signerImages, String contactInfo) {

		public UnitKeystore {
			signerImages = (signerImages == null) ? Map.of() : Map.copyOf(signerImages);
		}

	}

}
