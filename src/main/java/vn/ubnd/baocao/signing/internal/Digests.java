package vn.ubnd.baocao.signing.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256, as lower-case hex. */
public final class Digests {

	private Digests() {
	}

	public static byte[] sha256(byte[] bytes) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(bytes);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every JDK has SHA-256", ex);
		}
	}

	public static String sha256Hex(byte[] bytes) {
		return HexFormat.of().formatHex(sha256(bytes));
	}

}
