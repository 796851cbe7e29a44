package vn.ubnd.baocao.checking;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.ubnd.baocao.indicator.VietnameseNumbers;

/**
 * Shares of one whole that should make 100%, in two forms only, where the text itself says the list is whole:
 * <ul>
 * <li>percentages in one pair of parentheses whose last item is the rest ({@code khác}, {@code còn lại}):
 * {@code (Kinh chiếm 64,17%, Khmer 31,09%; Hoa 4,7%, dân tộc khác 0,04%)};</li>
 * <li>percentages given {@code tương ứng} (respectively), separated only by dashes or commas:
 * {@code khu vực I - II - III … tương ứng là 49,34% - 5,32% - 45,34%}.</li>
 * </ul>
 * Tolerance: each share may be off by half a unit of its last digit, so the sum may differ from 100 by at most the
 * sum of those halves ({@code 4,89% + 86,5% + …}: 0,005 + 0,05 + …).
 */
final class ShareRule {

	private static final Pattern REST = Pattern.compile("(?iu)(?<![\\p{L}])(khác|còn lại)(?![\\p{L}])");

	private static final Pattern RESPECTIVELY = Pattern.compile("(?iu)(?<![\\p{L}])tương ứng(\\s+là)?\\s*:?\\s*");

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private static final BigDecimal HALF = new BigDecimal("0.5");

	private ShareRule() {
	}

	static void check(String section, String text, List<Finding> findings) {
		List<Amount> amounts = Amount.in(text);
		// parentheses
		int open = -1;
		int[] depths = Amount.depths(text);
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) == '(' && depths[i] == 0) {
				open = i;
			}
			else if (text.charAt(i) == ')' && depths[i] == 1 && open >= 0) {
				checkGroup(section, text, amounts, open, i, findings);
				open = -1;
			}
		}
		Matcher respectively = RESPECTIVELY.matcher(text);
		while (respectively.find()) {
			List<Amount> shares = new ArrayList<>();
			int at = respectively.end();
			for (Amount amount : amounts) {
				if (amount.start() < at) {
					continue;
				}
				if (!amount.percent() || !text.substring(at, amount.start()).matches("[\\s,\\-–]*")) {
					break;
				}
				shares.add(amount);
				at = amount.end();
			}
			if (shares.size() >= 2) {
				report(section, text, shares, respectively.start(), at, findings);
			}
		}
	}

	private static void checkGroup(String section, String text, List<Amount> amounts, int open, int close,
			List<Finding> findings) {
		List<Amount> shares = new ArrayList<>();
		for (Amount amount : amounts) {
			if (amount.start() > open && amount.end() <= close && amount.percent() && amount.depth() == 1) {
				shares.add(amount);
			}
		}
		if (shares.size() < 2) {
			return;
		}
		Amount last = shares.get(shares.size() - 1);
		int lastItem = Math.max(text.lastIndexOf(',', last.start()), text.lastIndexOf(';', last.start()));
		if (lastItem < open || !REST.matcher(text.substring(lastItem, last.start())).find()) {
			return;
		}
		report(section, text, shares, open, close + 1, findings);
	}

	private static void report(String section, String text, List<Amount> shares, int start, int end,
			List<Finding> findings) {
		BigDecimal sum = BigDecimal.ZERO;
		BigDecimal tolerance = BigDecimal.ZERO;
		int decimals = 0;
		for (Amount share : shares) {
			sum = sum.add(share.value());
			tolerance = tolerance.add(HALF.movePointLeft(share.decimals()));
			decimals = Math.max(decimals, share.decimals());
		}
		if (sum.subtract(HUNDRED).abs().compareTo(tolerance) > 0) {
			findings.add(Finding.of(Finding.Severity.WARNING, Finding.Code.SHARE_NOT_100, section,
					Prose.quote(text, start, end), null, VietnameseNumbers.formatPercent(sum, decimals)));
		}
	}

}
