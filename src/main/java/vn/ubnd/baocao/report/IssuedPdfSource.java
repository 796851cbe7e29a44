package vn.ubnd.baocao.report;

import java.util.Optional;

/**
 * Where the signed PDF of an issued report is kept (implemented by the signing module), so that the report's
 * {@code /pdf} serves the stored bytes of an issued report, byte for byte, instead of rendering it again.
 */
public interface IssuedPdfSource {

	/** The stored signed PDF of the report, if it has been issued. */
	Optional<byte[]> issuedPdf(long reportId);

}
