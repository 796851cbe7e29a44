package vn.ubnd.baocao.dashboard.web;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import org.springframework.validation.BindingResult;

import vn.ubnd.baocao.report.PeriodType;
import vn.ubnd.baocao.report.ReportKind;

/** What the overview pages offer to choose, and what they take when nothing (or nothing valid) was chosen. */
final class Choices {

	private Choices() {
	}

	/** The value, or {@code null} if what was typed did not parse. */
	static <T> T valid(BindingResult binding, String field, T value) {
		return binding.hasFieldErrors(field) ? null : value;
	}

	/** The years to choose from: ten back and the next one, and the year chosen if it is not among them; newest first. */
	static List<Integer> years(LocalDate today, Integer chosen) {
		return java.util.stream.Stream
			.concat(IntStream.rangeClosed(today.getYear() - 10, today.getYear() + 1).boxed(),
					java.util.stream.Stream.ofNullable(chosen))
			.distinct()
			.sorted((a, b) -> b - a)
			.toList();
	}

	/** The kind chosen, or the first active periodic kind, or the first kind. */
	static ReportKind kind(List<ReportKind> kinds, Long chosen) {
		return kinds.stream()
			.filter((k) -> chosen != null && k.getId().equals(chosen))
			.findFirst()
			.or(() -> kinds.stream().filter((k) -> k.isActive() && !k.getPeriodType().isFreeRange()).findFirst())
			.orElse(kinds.isEmpty() ? null : kinds.get(0));
	}

	/** The number of the period of {@code type} that {@code day} falls in (1 for a whole year). */
	static int periodNumber(PeriodType type, LocalDate day) {
		return vn.ubnd.baocao.dashboard.PeriodOverview.periodNumber(type, day);
	}

}
