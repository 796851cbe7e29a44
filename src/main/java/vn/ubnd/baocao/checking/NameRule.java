package vn.ubnd.baocao.checking;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The unit's place name spelled with other diacritics than in the unit's record: {@code Hòn Quản} or
 * {@code Hon Quan} for {@code Hớn Quản}. A name is a run of as many capitalised words as the place name has; it is
 * flagged when it equals the place name once diacritics (and đ) are removed and case is ignored, but differs with
 * them. To tell the unit from a commune of the same name with other marks ({@code xã Vĩnh Thành} in
 * {@code huyện Vĩnh Thạnh}), a name in prose counts only right after the unit's level word ({@code huyện},
 * {@code Huyện}, {@code HUYỆN}, taken from the unit's name, or {@code huyện} if the name has none); the place of
 * the date line always counts.
 */
final class NameRule {

	private static final List<String> LEVELS = List.of("thành phố", "thị xã", "thị trấn", "huyện", "quận", "tỉnh",
			"phường", "xã");

	private NameRule() {
	}

	/**
	 * The pattern of a level's name followed by a name of so many words, by level and number of words: compiled
	 * once, not for every paragraph checked (a handful of levels, names of a few words).
	 */
	private static final Map<String, Pattern> NAMES = new ConcurrentHashMap<>();

	private static final Pattern MARKS = Pattern.compile("\\p{M}");

	private static final Pattern SPACES = Pattern.compile("\\s+");

	static String level(String unitName, String placeName) {
		if (unitName != null) {
			String lower = unitName.toLowerCase(Locale.ROOT);
			int at = lower.lastIndexOf(placeName.toLowerCase(Locale.ROOT));
			String before = (at > 0) ? lower.substring(0, at).strip() : lower;
			for (String level : LEVELS) {
				if (before.endsWith(level)) {
					return level;
				}
			}
		}
		return "huyện";
	}

	static void checkPlace(String place, String placeName, List<Finding> findings) {
		if (place == null || placeName == null || place.isBlank()) {
			return;
		}
		String written = place.strip();
		if (misspelt(written, placeName)) {
			findings.add(Finding.of(Finding.Severity.ERROR, Finding.Code.NAME_MISSPELLED, null, written, placeName,
					written, placeName));
		}
	}

	static void check(String section, String text, String level, String placeName, List<Finding> findings) {
		if (placeName == null || placeName.isBlank()) {
			return;
		}
		int words = placeName.strip().split("\\s+").length;
		Pattern name = NAMES.computeIfAbsent(level + "\u0000" + words,
				(key) -> Pattern.compile("(?iu)(?<![\\p{L}])" + Pattern.quote(level) + "\\s+((?:\\p{Lu}[\\p{L}\\p{M}]*\\s*){"
						+ words + "})"));
		Matcher matcher = name.matcher(Normalizer.normalize(text, Normalizer.Form.NFC));
		while (matcher.find()) {
			String candidate = matcher.group(1).strip();
			if (candidate.split("\\s+").length == words && misspelt(candidate, placeName)) {
				findings.add(Finding.of(Finding.Severity.ERROR, Finding.Code.NAME_MISSPELLED, section,
						Prose.quote(text, matcher.start(), matcher.end()), placeName, candidate, placeName));
			}
		}
	}

	static boolean misspelt(String candidate, String placeName) {
		String a = Normalizer.normalize(candidate.strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
		String b = Normalizer.normalize(placeName.strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
		return !a.equals(b) && bare(a).equals(bare(b));
	}

	static String bare(String text) {
		String decomposed = Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD);
		return SPACES.matcher(MARKS.matcher(decomposed).replaceAll("")).replaceAll(" ");
	}

}
