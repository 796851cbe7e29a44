package vn.ubnd.baocao.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The lines of a signature block (Nghị định 30/2020, Điều 13): {@code TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH}; a deputy
 * signs {@code TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH}, never {@code CHỦ TỊCH} alone.
 */
public final class SignatureLines {

	private static final Locale VI = Locale.forLanguageTag("vi");

	private static final String DEPUTY = "PHÓ ";

	private SignatureLines() {
	}

	public static List<String> lines(SignatureForm form, String authority, String title) {
		String upperTitle = title == null ? "" : title.strip().toUpperCase(VI);
		String upperAuthority = authority == null ? "" : authority.strip().toUpperCase(VI);
		boolean deputy = upperTitle.startsWith(DEPUTY);
		String head = deputy ? upperTitle.substring(DEPUTY.length()) : upperTitle;
		List<String> lines = new ArrayList<>();
		switch (form) {
			case TM -> {
				lines.add("TM. " + upperAuthority);
				if (deputy) {
					lines.add("KT. " + head);
				}
				lines.add(upperTitle);
			}
			case KT -> {
				lines.add("KT. " + head);
				lines.add(deputy ? upperTitle : DEPUTY + upperTitle);
			}
			case Q -> lines.add("Q. " + head);
			case TL -> {
				lines.add("TL. " + upperAuthority);
				lines.add(upperTitle);
			}
		}
		return lines;
	}

}
