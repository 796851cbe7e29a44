package vn.ubnd.baocao.importing;

import java.util.List;

/**
 * The signature block at the foot of the report.
 *
 * @param authority the lines above the title, e.g. {@code ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"]}; may be empty
 * @param title the signer's title, the last upper-case line, e.g. {@code "PHÓ CHỦ TỊCH"}; {@code null} if none
 * @param name the signer's name, e.g. {@code "Sơn Dương"}; {@code null} if the name is missing
 */
public record Signature(List<String> authority, String title, String name) {

	public Signature {
		authority = List.copyOf(authority);
	}

}
