package vn.ubnd.baocao.checking;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.ubnd.baocao.indicator.Ratios;
import vn.ubnd.baocao.indicator.VietnameseNumberFormatException;
import vn.ubnd.baocao.indicator.VietnameseNumbers;

/**
 * Percentages stated in prose beside the figures they are computed from:
 * <ul>
 * <li>{@code A …, đạt Z% dự toán … (dự toán … là B …)} and {@code A … đạt Z% so với … B}: {@code đạt} or
 * {@code bằng} right before Z%, B the only figure in the parentheses that follow Z% after words naming it (the
 * parentheses hold {@code … là B}, {@code …: B} or only {@code B}; a figure in parentheses right after Z% is a part,
 * not a base),
 * or the first figure after {@code so với} in the same clause; A the nearest figure of B's unit before Z% in the
 * same sentence, outside parentheses;</li>
 * <li>{@code X/Y …, chiếm (tỷ lệ) Z%} and {@code X/Y …, đạt tỷ lệ Z%}: Z% in the same clause after the fraction,
 * with {@code chiếm} or {@code tỷ lệ} before it and no other figure between; {@code X/Y … đạt Z% so với kế hoạch}
 * is another ratio and is not checked.</li>
 * </ul>
 * Without a base ({@code bằng 129,46% so với cùng kỳ}) nothing is checked.
 * <p>
 * Tolerance: Z is compared at the precision it is written with (d decimals): it is right if it is the ratio rounded
 * half up to d decimals ({@link Ratios}) or truncated to d decimals, as some authors do; that is, if
 * {@code Z − ½·10⁻ᵈ ≤ A/B·100 < Z + 10⁻ᵈ}. The correct value given is the half-up one.
 */
final class RatioRule {

	private static final Pattern FRACTION = Pattern
		.compile("(?<![\\p{N}/.,])(\\d+(?:,\\d+)?)\\s*/\\s*(\\d+(?:,\\d+)?)(?![\\p{N}/]|[.,]\\d)");

	private static final Pattern LEAD = Pattern.compile("(?iu)(?<![\\p{L}])(đạt|bằng)(\\s+tỷ\\s+lệ)?\\s*$");

	private static final Pattern SHARE_WORDS = Pattern.compile("(?iu)(?<![\\p{L}])(chiếm|tỷ lệ|tỉ lệ)(?![\\p{L}])");

	private static final Pattern OTHER_RATIO = Pattern.compile("(?iu)(?<![\\p{L}])(so với|kế hoạch|chỉ tiêu|dự toán)(?![\\p{L}])");

	private static final Pattern COMPARED = Pattern.compile("(?iu)^[^;.()\\d]{0,60}?(?<![\\p{L}])so với(?![\\p{L}])");

	private static final Pattern BASE_LEAD = Pattern.compile("(?iu)(^\\s*|(?<![\\p{L}])là\\s*|[:=]\\s*)$");

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private RatioRule() {
	}

	static void check(String section, String text, List<Finding> findings) {
		List<Amount> amounts = Amount.in(text);
		List<int[]> sentences = Prose.sentences(text);
		int[] depths = Amount.depths(text);
		for (int i = 0; i < amounts.size(); i++) {
			Amount percent = amounts.get(i);
			if (!percent.percent()) {
				continue;
			}
			String before = text.substring(Math.max(0, percent.start() - 20), percent.start());
			if (!LEAD.matcher(before).find()) {
				continue;
			}
			Amount base = base(text, amounts, i, depths);
			if (base == null) {
				continue;
			}
			int[] sentence = Prose.sentenceAt(sentences, percent.start());
			Amount actual = null;
			for (int j = i - 1; j >= 0; j--) {
				Amount candidate = amounts.get(j);
				if (candidate.start() < sentence[0]) {
					break;
				}
				if (candidate.depth() == 0 && candidate.sameUnit(base)) {
					actual = candidate;
					break;
				}
			}
			if (actual != null) {
				compare(section, text, actual.value(), base.value(), percent, actual.start(), base.end(),
						text.substring(actual.start(), actual.end()), text.substring(base.start(), base.end()), findings);
			}
		}
		Matcher fraction = FRACTION.matcher(text);
		while (fraction.find()) {
			checkFraction(section, text, amounts, fraction, findings);
		}
	}

	private static Amount base(String text, List<Amount> amounts, int index, int[] depths) {
		Amount percent = amounts.get(index);
		int i = percent.end();
		while (i < text.length() && text.charAt(i) != '(' && text.charAt(i) != ';' && text.charAt(i) != '.'
				&& !Character.isDigit(text.charAt(i)) && i - percent.end() <= 80) {
			i++;
		}
		if (i < text.length() && text.charAt(i) == '(' && text.substring(percent.end(), i).indexOf(',') < 0) {
			// the words between Z% and the parentheses name the base ("dự toán tỉnh giao")
			if (text.substring(percent.end(), i).isBlank()) {
				return null;
			}
			int close = text.indexOf(')', i);
			if (close < 0) {
				return null;
			}
			Amount only = null;
			for (Amount amount : amounts) {
				if (amount.start() > i && amount.end() <= close) {
					if (only != null || amount.percent() || amount.unit() == null) {
						return null;
					}
					only = amount;
				}
			}
			// "(… là B)", "(…: B)" or "(B)"
			if (only == null || !BASE_LEAD.matcher(text.substring(i + 1, only.start())).find()) {
				return null;
			}
			return only;
		}
		Matcher compared = COMPARED.matcher(text.substring(percent.end()));
		if (compared.find()) {
			int from = percent.end() + compared.end();
			for (int j = index + 1; j < amounts.size(); j++) {
				Amount next = amounts.get(j);
				String between = text.substring(from, next.start());
				if (between.matches("(?s).*[;.,()].*") || between.length() > 60) {
					return null;
				}
				if (next.depth() == depths[percent.start()] && !next.percent() && next.unit() != null) {
					return next;
				}
			}
		}
		return null;
	}

	private static void checkFraction(String section, String text, List<Amount> amounts, Matcher fraction,
			List<Finding> findings) {
		for (Amount percent : amounts) {
			if (!percent.percent() || percent.start() < fraction.end()) {
				continue;
			}
			String between = text.substring(fraction.end(), percent.start());
			if (between.length() > 120 || between.matches("(?s).*[;.\\d].*") || !SHARE_WORDS.matcher(between).find()
					|| OTHER_RATIO.matcher(between).find()) {
				return;
			}
			try {
				BigDecimal part = VietnameseNumbers.parse(fraction.group(1));
				BigDecimal whole = VietnameseNumbers.parse(fraction.group(2));
				compare(section, text, part, whole, percent, fraction.start(), percent.end(), fraction.group(1),
						fraction.group(2), findings);
			}
			catch (VietnameseNumberFormatException ex) {
				// not a fraction of figures
			}
			return;
		}
	}

	private static void compare(String section, String text, BigDecimal actual, BigDecimal base, Amount percent,
			int quoteStart, int quoteEnd, String actualText, String baseText, List<Finding> findings) {
		int decimals = percent.decimals();
		Optional<BigDecimal> rounded = Ratios.withScale(decimals).percentOfTarget(actual, base);
		if (rounded.isEmpty()) {
			return;
		}
		BigDecimal stated = percent.value();
		BigDecimal truncated = actual.multiply(HUNDRED).divide(base, decimals, RoundingMode.DOWN);
		if (stated.compareTo(rounded.get()) == 0 || stated.compareTo(truncated) == 0) {
			return;
		}
		String expected = VietnameseNumbers.formatPercent(rounded.get(), decimals);
		findings.add(Finding.of(Finding.Severity.ERROR, Finding.Code.RATIO_MISMATCH, section,
				Prose.quote(text, quoteStart, Math.max(quoteEnd, percent.end())), expected,
				VietnameseNumbers.formatPercent(stated, decimals), actualText, baseText, expected));
	}

}
