package vn.ubnd.baocao.rendering;

import java.util.List;

/**
 * The signature block (ô 7a, 7b): the authority lines, the signer's title and name.
 * <p>
 * For a Vice-Chairman signing for the Committee: authority {@code ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"]}, title
 * {@code "PHÓ CHỦ TỊCH"}; for the Chairman: authority {@code ["TM. ỦY BAN NHÂN DÂN"]}, title {@code "CHỦ TỊCH"}.
 *
 * @param authority the lines with {@code TM.}, {@code KT.}, {@code Q.}, {@code TL.} or {@code TUQ.}; may be empty
 * @param title the signer's title, printed in capitals
 * @param signerName the signer's full name, without academic titles
 */
public record SignatureBlock(List<String> authority, String title, String signerName) {

	public SignatureBlock {
		authority = OfficialDocument.cleanLines(authority, "signature authority");
		title = OfficialDocument.required(title, "signature title");
		signerName = OfficialDocument.required(signerName, "signer name");
	}

	/** All the lines printed in capitals above the signature: the authority lines, then the title. */
	public List<String> headLines() {
		var lines = new java.util.ArrayList<>(this.authority);
		lines.add(this.title);
		return List.copyOf(lines);
	}

}
