package vn.ubnd.baocao.report;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.ubnd.baocao.unit.Unit;
import vn.ubnd.baocao.unit.UnitLevel;

/**
 * Fills the placeholders of a kind's texts ({@code {year}}, {@code {unit}}, …; see templates-seed/README.md) for a
 * unit and a period. Unknown placeholders are left as written.
 */
public final class Placeholders {

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");

	private Placeholders() {
	}

	public static Map<String, String> values(Unit unit, ReportingPeriod period) {
		Map<String, String> values = new HashMap<>();
		String name = unit.getName();
		values.put("Unit", name);
		values.put("unit", vn.ubnd.baocao.system.Texts.lowerFirst(name));
		values.put("council", unit.getCouncilName());
		values.put("levelWord", unit.getLevel() == UnitLevel.PROVINCE ? "tỉnh"
				: unit.getLevel() == UnitLevel.DISTRICT ? "huyện" : "xã");
		values.put("year", String.valueOf(period.year()));
		values.put("nextYear", String.valueOf(period.year() + 1));
		int n = period.number() == null ? 1 : period.number();
		values.put("half", n == 1 ? "đầu" : "cuối");
		values.put("otherHalf", n == 1 ? "cuối" : "đầu");
		values.put("HALF", n == 1 ? "ĐẦU" : "CUỐI");
		values.put("OTHERHALF", n == 1 ? "CUỐI" : "ĐẦU");
		values.put("otherHalfYear", String.valueOf(n == 1 ? period.year() : period.year() + 1));
		values.put("session", n == 1 ? "giữa" : "cuối");
		values.put("quarter", NumberingStyle.roman(n));
		values.put("month", String.valueOf(n));
		values.put("termStart", String.valueOf(period.start().getYear()));
		values.put("termEnd", String.valueOf(period.end().getYear()));
		return values;
	}

	public static String fill(String template, Map<String, String> values) {
		if (template == null) {
			return "";
		}
		Matcher matcher = PLACEHOLDER.matcher(template);
		StringBuilder out = new StringBuilder();
		while (matcher.find()) {
			String value = values.get(matcher.group(1));
			matcher.appendReplacement(out, Matcher.quoteReplacement(value != null ? value : matcher.group()));
		}
		matcher.appendTail(out);
		return out.toString();
	}

}
