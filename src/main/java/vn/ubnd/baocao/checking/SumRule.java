package vn.ubnd.baocao.checking;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.ubnd.baocao.indicator.VietnameseNumbers;

/**
 * Totals and their parts written in one sentence: {@code X …, trong đó a …, b … và c …}, {@code X … gồm a …, b …},
 * {@code X … (trong đó a … và b …)}, or a sentence opening with {@code Trong đó} after the sentence of the total.
 * <p>
 * The parts are the figures after the marker, up to the end of the sentence (or of the parentheses the marker is
 * in), one per part: parts are separated by {@code ;} if the first separator after the first figure is a
 * {@code ;}, otherwise by {@code ,} and {@code và}, and then a {@code ;} ends the list. Figures in nested
 * parentheses and percentages are not parts. An ellipsis ({@code ...}, {@code …}, {@code v.v}) ends the list and
 * marks it partial.
 * <ul>
 * <li>Parts in a unit (money, ha, tấn, …): the parts of the total's unit are added; the total is the last figure of
 * that unit before the marker. A sum above the total is an error; a sum below it is an error only if the list is
 * exhaustive: introduced by {@code gồm} / {@code bao gồm}, or ending with {@code và} and not partial.</li>
 * <li>Counts of different things ({@code 46 nội dung (gồm: 27 báo cáo, 09 Tờ trình và 10 dự thảo …)}): if every
 * part is a whole count, the parts are added whatever their noun. A part without a figure ({@code gồm: Chủ tịch,
 * 02 Phó Chủ tịch …}) may be one person or only words of another part, so it counts 0 to 1. If one part alone is
 * larger than the total, the list is not a breakdown of it and nothing is said.</li>
 * </ul>
 * A total written {@code hơn}, {@code trên}, {@code gần}, {@code khoảng} is not checked.
 */
final class SumRule {

	private static final Pattern MARKER = Pattern
		.compile("(?iu)(?<![\\p{L}])(trong đó|bao gồm|gồm có|gồm)(?![\\p{L}])");

	private static final Pattern STRUCTURAL = Pattern
		.compile("(?iu)(?<![\\p{L}])(trong đó|bao gồm|gồm có|gồm)(\\s+có)?\\s*:\\s*$");

	private static final Pattern APPROXIMATE = Pattern
		.compile("(?iu)(?<![\\p{L}])(hơn|trên|gần|khoảng|xấp xỉ|tới|đến)\\s*$");

	private static final Pattern UNIT_WORDS = Pattern.compile("[\\d.,]+\\s*((?:[\\p{L}\\p{M}]+\\s?){0,2})");

	private static final Pattern PARTIAL = Pattern.compile("\\.\\.\\.|…|(?iu)v\\.v");

	private SumRule() {
	}

	static void check(String section, String text, List<Finding> findings) {
		List<Amount> amounts = Amount.in(text);
		if (amounts.size() < 2) {
			return;
		}
		int[] depths = Amount.depths(text);
		List<int[]> sentences = Prose.sentences(text);
		Matcher marker = MARKER.matcher(text);
		while (marker.find()) {
			checkMarker(section, text, amounts, depths, sentences, marker, findings);
		}
	}

	private static void checkMarker(String section, String text, List<Amount> amounts, int[] depths,
			List<int[]> sentences, Matcher marker, List<Finding> findings) {
		int depth = depths[marker.start()];
		int[] sentence = Prose.sentenceAt(sentences, marker.start());
		int regionEnd = sentence[1];
		int totalScopeEnd = marker.start();
		if (depth > 0) {
			int open = marker.start();
			while (open > 0 && !(text.charAt(open) == '(' && depths[open] == depth - 1)) {
				open--;
			}
			totalScopeEnd = open;
			int close = marker.end();
			while (close < text.length() && !(text.charAt(close) == ')' && depths[close] == depth)) {
				close++;
			}
			regionEnd = Math.min(regionEnd, close);
		}
		boolean partial = false;
		Matcher ellipsis = PARTIAL.matcher(text).region(marker.end(), regionEnd);
		if (ellipsis.find()) {
			regionEnd = ellipsis.start();
			partial = true;
		}
		List<Amount> region = new ArrayList<>();
		for (Amount amount : amounts) {
			if (amount.start() >= marker.end() && amount.end() <= regionEnd && amount.depth() == depth
					&& amount.unit() != null && !amount.percent()) {
				region.add(amount);
			}
		}
		if (region.isEmpty()) {
			return;
		}
		// separators
		char separator = ',';
		for (int i = region.get(0).end(); i < regionEnd; i++) {
			char c = text.charAt(i);
			if (depths[i] != depth) {
				continue;
			}
			if (c == ';') {
				separator = ';';
				break;
			}
			if (c == ',' && i + 1 < text.length() && text.charAt(i + 1) == ' ') {
				break;
			}
		}
		if (separator == ',') {
			for (int i = marker.end(); i < regionEnd; i++) {
				if (text.charAt(i) == ';' && depths[i] == depth) {
					regionEnd = i;
					break;
				}
			}
		}
		List<int[]> segments = segments(text, depths, depth, marker.end(), regionEnd, separator);
		List<Amount> parts = new ArrayList<>();
		int numberless = 0;
		for (int[] segment : segments) {
			Amount part = null;
			for (Amount amount : region) {
				if (amount.start() >= segment[0] && amount.end() <= segment[1]) {
					part = amount;
					break;
				}
			}
			if (part != null) {
				parts.add(part);
			}
			else if (!text.substring(segment[0], segment[1]).isBlank()) {
				numberless++;
			}
		}
		if (parts.isEmpty()) {
			return;
		}
		String lastJoin = (parts.size() >= 2)
				? text.substring(parts.get(parts.size() - 2).end(), parts.get(parts.size() - 1).start()) : "";
		String word = marker.group(1).toLowerCase(Locale.ROOT);
		boolean exhaustive = !partial && (word.contains("gồm") || lastJoin.matches("(?su).*(?<![\\p{L}])và(?![\\p{L}]).*"));
		// candidates for the total
		List<Amount> candidates = new ArrayList<>();
		int scopeStart = sentence[0];
		for (Amount amount : amounts) {
			if (amount.start() >= scopeStart && amount.end() <= totalScopeEnd && amount.depth() == Math.max(0, depth - 1)
					&& amount.unit() != null && !amount.percent()) {
				candidates.add(amount);
			}
		}
		if (candidates.isEmpty() && depth == 0) {
			int[] before = Prose.sentenceBefore(sentences, marker.start());
			if (before != null && text.substring(sentence[0], marker.start()).strip().length() <= 2) {
				for (Amount amount : amounts) {
					if (amount.start() >= before[0] && amount.end() <= before[1] && amount.depth() == 0
							&& amount.unit() != null && !amount.percent()) {
						candidates.add(amount);
					}
				}
			}
		}
		if (candidates.isEmpty()) {
			return;
		}
		boolean counts = parts.stream().allMatch(Amount::plainCount);
		Amount total = null;
		for (Amount candidate : candidates) {
			if (parts.stream().anyMatch(candidate::sameUnit)) {
				total = candidate;
			}
		}
		List<Amount> used;
		int uncertain;
		if (counts && (total == null || total.plainCount())) {
			if (total == null) {
				total = candidates.get(candidates.size() - 1);
				if (!total.plainCount()) {
					return;
				}
			}
			final Amount whole = total;
			if (parts.stream().anyMatch((part) -> part.value().compareTo(whole.value()) > 0)) {
				return;
			}
			used = parts;
			uncertain = numberless;
		}
		else {
			if (total == null) {
				return;
			}
			final Amount whole = total;
			used = parts.stream().filter(whole::sameUnit).toList();
			uncertain = 0;
		}
		if (APPROXIMATE.matcher(text.substring(Math.max(0, total.start() - 12), total.start())).find()) {
			return;
		}
		BigDecimal sum = used.stream().map(Amount::value).reduce(BigDecimal.ZERO, BigDecimal::add);
		BigDecimal most = sum.add(BigDecimal.valueOf(uncertain));
		boolean exceeds = sum.compareTo(total.value()) > 0;
		boolean short_ = exhaustive && used.size() + uncertain >= 2 && most.compareTo(total.value()) < 0;
		if (exceeds || short_) {
			Amount last = used.get(used.size() - 1);
			String quote = Prose.quote(text, total.start(), last.start() + written(text, last).length());
			findings.add(Finding.of(Finding.Severity.ERROR, Finding.Code.SUM_MISMATCH, section, quote,
					format(sum, text, total), written(text, total), format(sum, text, total)));
		}
	}

	/** Checks a total whose parts are the items listed below it ({@code …, trong đó:} then bullets or sections). */
	static void checkList(String section, String head, List<String> items, List<Finding> findings) {
		Matcher marker = STRUCTURAL.matcher(head);
		if (!marker.find() || items.size() < 2) {
			return;
		}
		Amount total = null;
		for (Amount amount : Amount.in(head)) {
			if (amount.end() <= marker.start() && amount.depth() == 0 && amount.unit() != null && !amount.percent()) {
				total = amount;
			}
		}
		if (total == null || APPROXIMATE.matcher(head.substring(Math.max(0, total.start() - 12), total.start())).find()) {
			return;
		}
		BigDecimal sum = BigDecimal.ZERO;
		for (String item : items) {
			Amount part = null;
			for (Amount amount : Amount.in(item)) {
				if (amount.depth() == 0 && total.sameUnit(amount)) {
					part = amount;
				}
			}
			if (part == null) {
				return;
			}
			sum = sum.add(part.value());
		}
		if (sum.compareTo(total.value()) != 0) {
			findings.add(Finding.of(Finding.Severity.ERROR, Finding.Code.SUM_MISMATCH, section,
					Prose.quote(head, total.start(), head.length()), format(sum, head, total), written(head, total),
					format(sum, head, total)));
		}
	}

	private static List<int[]> segments(String text, int[] depths, int depth, int from, int to, char separator) {
		List<int[]> segments = new ArrayList<>();
		int start = from;
		for (int i = from; i < to; i++) {
			if (depths[i] != depth) {
				continue;
			}
			char c = text.charAt(i);
			boolean split = (separator == ';') ? c == ';'
					: (c == ',' && i + 1 < to && text.charAt(i + 1) == ' ') || isAnd(text, i, to);
			if (split) {
				segments.add(new int[] { start, i });
				start = i + 1;
			}
		}
		segments.add(new int[] { start, to });
		return segments;
	}

	private static boolean isAnd(String text, int i, int to) {
		return i + 4 <= to && text.startsWith(" và", i) && (i + 3 == to || !Character.isLetter(text.charAt(i + 3)));
	}

	/** A value in the unit of the total as written: {@code 1.796.000.000 đồng}, {@code 7.411 văn bản}. */
	static String format(BigDecimal value, String text, Amount like) {
		String number = VietnameseNumbers.format(value.stripTrailingZeros().scale() < 0 ? value.setScale(0)
				: value.stripTrailingZeros());
		return number + " " + unitWords(text, like);
	}

	/** The figure and its unit as written: {@code 4273 văn bản}, {@code 1.796.000đ}. */
	static String written(String text, Amount amount) {
		if (amount.money()) {
			return text.substring(amount.start(), amount.end());
		}
		int number = amount.start();
		while (number < text.length() && (Character.isDigit(text.charAt(number)) || text.charAt(number) == '.'
				|| text.charAt(number) == ',')) {
			number++;
		}
		return (text.substring(amount.start(), number) + " " + unitWords(text, amount)).strip();
	}

	/** Up to two words of unit after the figure, {@code đồng} for money. */
	private static String unitWords(String text, Amount amount) {
		if (amount.money()) {
			return "đồng";
		}
		Matcher words = UNIT_WORDS.matcher(text);
		words.region(amount.start(), text.length());
		return words.lookingAt() ? words.group(1).strip() : "";
	}

}
