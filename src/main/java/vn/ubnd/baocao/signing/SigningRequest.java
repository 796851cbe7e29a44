package vn.ubnd.baocao.signing;

import java.time.Instant;
import java.util.List;

/**
 * What is signed when a report is issued.
 *
 * @param reportId the report
 * @param unitId its unit, whose certificate signs
 * @param numberAndSymbol its number in the register ({@code 07/BC-UBND})
 * @param signerName who signs (printed as ô 7b)
 * @param signerLeaderId the leader who signs, for the signer's image
 * @param signatureLines the title lines of the signature block (ô 7a), e.g. {@code TM. ỦY BAN NHÂN DÂN},
 * {@code CHỦ TỊCH}
 * @param signedAt the signing time
 */
public record SigningRequest(long reportId, long unitId, String numberAndSymbol, String signerName,
		Long signerLeaderId, List<String> signatureLines, Instant signedAt) {

	public SigningRequest {
		signatureLines = List.copyOf(signatureLines);
	}

	/** The title lines on one line, as the register shows them ({@code KT. CHỦ TỊCH / PHÓ CHỦ TỊCH}). */
	public String signerTitle() {
		return String.join(" / ", this.signatureLines);
	}

}
