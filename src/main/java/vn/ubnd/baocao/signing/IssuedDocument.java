package vn.ubnd.baocao.signing;

import java.time.Instant;

/**
 * An issued report's signed PDF as stored (without its bytes).
 *
 * @param reportId the report
 * @param unitId the issuing unit
 * @param numberAndSymbol its number ({@code 07/BC-UBND})
 * @param sha256 the SHA-256 of the PDF, hex
 * @param size the PDF's size in bytes
 * @param signedAt the signing time
 * @param signerName who signed
 * @param signerTitle as what ({@code KT. CHỦ TỊCH / PHÓ CHỦ TỊCH})
 * @param certificateSha256 the SHA-256 fingerprint of the certificate it was signed with, hex
 */
public record IssuedDocument(long reportId, long unitId, String numberAndSymbol, String sha256, long size,
		Instant signedAt, String signerName, String signerTitle, String certificateSha256) {

}
