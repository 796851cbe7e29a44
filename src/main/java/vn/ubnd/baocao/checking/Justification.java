package vn.ubnd.baocao.checking;

import java.time.Instant;
import java.util.List;

/**
 * Why a checker error is not a mistake, as the report's clerk recorded it against one finding.
 *
 * @param fingerprint the fingerprint of the finding it was written for ({@link CheckedFinding#fingerprint()})
 * @param code the finding's code
 * @param section the finding's section path when it was written, {@code null} for the header and the closing
 * @param quote the finding's quote when it was written
 * @param text the clerk's reason
 * @param authorName who wrote it (the account's full name)
 * @param writtenAt when
 */
public record Justification(String fingerprint, Finding.Code code, String section, String quote, String text,
		String authorName, Instant writtenAt) {

	/** The text line by line, as written. */
	public List<String> lines() {
		return this.text.lines().toList();
	}

}
