package vn.ubnd.baocao.importing;

import java.util.regex.Pattern;

/** Cleans an item of the {@code Kính gửi} or {@code Nơi nhận} lists. */
final class Items {

	private static final Pattern MARKER = Pattern.compile("^[-–—•+]\\s*");

	private static final Pattern FINAL_PUNCTUATION = Pattern.compile("[\\s;,.:/]+$");

	private static final Pattern FILED = Pattern.compile("^(?iu)lưu\\b");

	private Items() {
	}

	/**
	 * The item without its dash and without the final {@code ;}, {@code ,}, {@code .} or {@code ./.}. In the
	 * {@code Lưu: VT, …} item, what follows a full stop (the typist's initials, e.g. {@code Lưu: VT, CVTH. M}) is
	 * dropped too.
	 */
	static String clean(String item) {
		String text = MARKER.matcher(item.strip()).replaceFirst("");
		if (FILED.matcher(text).find()) {
			int stop = text.indexOf(". ");
			if (stop > 0) {
				text = text.substring(0, stop);
			}
		}
		return FINAL_PUNCTUATION.matcher(text).replaceFirst("");
	}

}
