package vn.ubnd.baocao.indicator;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** What an indicator's value is compared with in a report. */
public enum Comparison {

	/** The target of the People's Council's resolution. */
	TARGET_COUNCIL,

	/** The target the province assigned. */
	TARGET_PROVINCE,

	/** The plan (kế hoạch). */
	PLAN,

	/** The same period last year. */
	SAME_PERIOD;

	/** Reads {@code TARGET_COUNCIL,SAME_PERIOD}; unknown names are skipped. */
	static Set<Comparison> parse(String text) {
		Set<Comparison> result = EnumSet.noneOf(Comparison.class);
		if (text == null) {
			return result;
		}
		for (String name : text.split(",")) {
			Arrays.stream(values()).filter((c) -> c.name().equals(name.strip())).findFirst().ifPresent(result::add);
		}
		return result;
	}

	static String join(Set<Comparison> comparisons) {
		return comparisons.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
	}

}
