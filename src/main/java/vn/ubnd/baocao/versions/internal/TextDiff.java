package vn.ubnd.baocao.versions.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import vn.ubnd.baocao.system.Texts;
import vn.ubnd.baocao.versions.VersionComparison.Fragment;
import vn.ubnd.baocao.versions.VersionComparison.Line;
import vn.ubnd.baocao.versions.VersionComparison.LineKind;
import vn.ubnd.baocao.versions.VersionComparison.Mark;

/**
 * Two texts side by side, in two passes so that long texts stay fast: first the lines (paragraphs, bullets) are
 * diffed as wholes; then, inside each changed stretch, an old line and a new line that share enough of their words
 * are paired, in order, and diffed word by word ({@link Tokens}); a line without a partner is wholly removed or
 * added (a removed line and an added one that follows it share a row, each shown whole). White space at the ends
 * of lines and blank lines do not count.
 */
public final class TextDiff {

	/** Two lines are paired when at least this share of their words are common (Dice coefficient). */
	static final double PAIRING_THRESHOLD = 0.4;

	/** Above this many candidate pairs in one changed stretch, lines are paired in order instead of by score. */
	static final int MAX_PAIRING_CELLS = 40_000;

	private TextDiff() {
	}

	/** The lines of two texts side by side. */
	public static List<Line> lines(String before, String after) {
		return lines(split(before), split(after));
	}

	/** Two lists of lines side by side. */
	public static List<Line> lines(List<String> before, List<String> after) {
		List<Line> lines = new ArrayList<>();
		List<Diff.Run> runs = Diff.of(before, after);
		int k = 0;
		while (k < runs.size()) {
			Diff.Run run = runs.get(k);
			if (run.op() == Diff.Op.EQUAL) {
				for (int i = run.aFrom(); i < run.aTo(); i++) {
					List<Fragment> same = List.of(new Fragment(before.get(i), Mark.SAME));
					lines.add(new Line(LineKind.SAME, same, same));
				}
				k++;
				continue;
			}
			List<String> removed = new ArrayList<>();
			List<String> added = new ArrayList<>();
			while (k < runs.size() && runs.get(k).op() != Diff.Op.EQUAL) {
				Diff.Run change = runs.get(k);
				removed.addAll(before.subList(change.aFrom(), change.aTo()));
				added.addAll(after.subList(change.bFrom(), change.bTo()));
				k++;
			}
			List<Line> stretch = new ArrayList<>();
			changedStretch(removed, added, stretch);
			lines.addAll(sideBySide(stretch));
		}
		return lines;
	}

	/**
	 * Lines wholly removed followed by lines wholly added share rows, one of each to a row: the old line on the
	 * left, the new one on the right.
	 */
	private static List<Line> sideBySide(List<Line> stretch) {
		List<Line> rows = new ArrayList<>();
		int k = 0;
		while (k < stretch.size()) {
			int removedFrom = k;
			while (k < stretch.size() && stretch.get(k).kind() == LineKind.REMOVED) {
				k++;
			}
			int addedFrom = k;
			while (k < stretch.size() && stretch.get(k).kind() == LineKind.ADDED) {
				k++;
			}
			int removed = addedFrom - removedFrom;
			int added = k - addedFrom;
			for (int r = 0; r < Math.max(removed, added); r++) {
				if (r < removed && r < added) {
					rows.add(new Line(LineKind.CHANGED, stretch.get(removedFrom + r).before(),
							stretch.get(addedFrom + r).after()));
				}
				else {
					rows.add(stretch.get((r < removed) ? removedFrom + r : addedFrom + r));
				}
			}
			if (removed == 0 && added == 0) {
				rows.add(stretch.get(k++));
			}
		}
		return rows;
	}

	/** Whether any line differs. */
	public static boolean changed(List<Line> lines) {
		return lines.stream().anyMatch((line) -> !line.isSame());
	}

	/** One line against another, word by word. */
	public static Line words(String before, String after) {
		List<String> a = Tokens.of(before);
		List<String> b = Tokens.of(after);
		List<Diff.Run> runs = absorbSpaces(Diff.of(a, b), a);
		Side left = new Side();
		Side right = new Side();
		for (Diff.Run run : runs) {
			switch (run.op()) {
				case EQUAL -> {
					left.append(a, run.aFrom(), run.aTo(), Mark.SAME);
					right.append(a, run.aFrom(), run.aTo(), Mark.SAME);
				}
				case DELETE -> left.append(a, run.aFrom(), run.aTo(), Mark.DELETED);
				case INSERT -> right.append(b, run.bFrom(), run.bTo(), Mark.INSERTED);
			}
		}
		LineKind kind = (runs.size() == 1 && runs.get(0).op() == Diff.Op.EQUAL) || (a.isEmpty() && b.isEmpty())
				? LineKind.SAME : LineKind.CHANGED;
		return new Line(kind, left.fragments(), right.fragments());
	}

	/** The fragments of one side, built run by run: consecutive runs with the same mark make one fragment. */
	private static final class Side {

		private final List<Fragment> fragments = new ArrayList<>();

		private final StringBuilder text = new StringBuilder();

		private Mark mark;

		void append(List<String> tokens, int from, int to, Mark runMark) {
			if (from == to) {
				return;
			}
			if (runMark != this.mark) {
				flush();
				this.mark = runMark;
			}
			for (int i = from; i < to; i++) {
				this.text.append(tokens.get(i));
			}
		}

		List<Fragment> fragments() {
			flush();
			return this.fragments;
		}

		private void flush() {
			if (!this.text.isEmpty()) {
				this.fragments.add(new Fragment(this.text.toString(), this.mark));
				this.text.setLength(0);
			}
		}

	}

	/** The lines of a text: NFC, without trailing white space, blank lines left out. */
	static List<String> split(String text) {
		List<String> lines = new ArrayList<>();
		if (text == null) {
			return lines;
		}
		for (String line : Texts.normalize(text).split("\n")) {
			String stripped = line.strip();
			if (!stripped.isEmpty()) {
				lines.add(stripped);
			}
		}
		return lines;
	}

	/**
	 * Lines removed and added between two unchanged ones: the best pairing in order (the most shared words), each
	 * pair diffed word by word; the others wholly removed or added, in their places.
	 */
	private static void changedStretch(List<String> removed, List<String> added, List<Line> lines) {
		int n = removed.size();
		int m = added.size();
		if (n == 0 || m == 0) {
			removed.forEach((line) -> lines.add(removedLine(line)));
			added.forEach((line) -> lines.add(addedLine(line)));
			return;
		}
		List<Map<String, Integer>> removedWords = removed.stream().map(TextDiff::wordCounts).toList();
		List<Map<String, Integer>> addedWords = added.stream().map(TextDiff::wordCounts).toList();
		if ((long) n * m > MAX_PAIRING_CELLS) {
			int i = 0;
			int j = 0;
			while (i < n || j < m) {
				if (i < n && j < m && similarity(removedWords.get(i), addedWords.get(j)) >= PAIRING_THRESHOLD) {
					lines.add(words(removed.get(i++), added.get(j++)));
				}
				else if (i < n && (j >= m || n - i >= m - j)) {
					lines.add(removedLine(removed.get(i++)));
				}
				else {
					lines.add(addedLine(added.get(j++)));
				}
			}
			return;
		}
		// score[i][j]: the best total similarity pairing removed[i..] with added[j..]
		double[][] score = new double[n + 1][m + 1];
		double[][] pair = new double[n][m];
		for (int i = n - 1; i >= 0; i--) {
			for (int j = m - 1; j >= 0; j--) {
				double s = similarity(removedWords.get(i), addedWords.get(j));
				pair[i][j] = s;
				double best = Math.max(score[i + 1][j], score[i][j + 1]);
				if (s >= PAIRING_THRESHOLD) {
					best = Math.max(best, score[i + 1][j + 1] + s);
				}
				score[i][j] = best;
			}
		}
		int i = 0;
		int j = 0;
		while (i < n && j < m) {
			if (pair[i][j] >= PAIRING_THRESHOLD && score[i][j] == score[i + 1][j + 1] + pair[i][j]) {
				lines.add(words(removed.get(i++), added.get(j++)));
			}
			else if (score[i][j] == score[i + 1][j]) {
				lines.add(removedLine(removed.get(i++)));
			}
			else {
				lines.add(addedLine(added.get(j++)));
			}
		}
		while (i < n) {
			lines.add(removedLine(removed.get(i++)));
		}
		while (j < m) {
			lines.add(addedLine(added.get(j++)));
		}
	}

	private static Line removedLine(String line) {
		return new Line(LineKind.REMOVED, List.of(new Fragment(line, Mark.DELETED)), List.of());
	}

	private static Line addedLine(String line) {
		return new Line(LineKind.ADDED, List.of(), List.of(new Fragment(line, Mark.INSERTED)));
	}

	private static Map<String, Integer> wordCounts(String line) {
		Map<String, Integer> counts = new HashMap<>();
		for (String token : Tokens.of(line)) {
			if (!Tokens.isSpace(token)) {
				counts.merge(token, 1, Integer::sum);
			}
		}
		return counts;
	}

	/** Twice the words in common over the words of both (each word counted as often as it occurs). */
	static double similarity(Map<String, Integer> a, Map<String, Integer> b) {
		int sizeA = a.values().stream().mapToInt(Integer::intValue).sum();
		int sizeB = b.values().stream().mapToInt(Integer::intValue).sum();
		if (sizeA + sizeB == 0) {
			return 1;
		}
		Map<String, Integer> smaller = (a.size() <= b.size()) ? a : b;
		Map<String, Integer> larger = (smaller == a) ? b : a;
		int common = 0;
		for (Map.Entry<String, Integer> entry : smaller.entrySet()) {
			common += Math.min(entry.getValue(), larger.getOrDefault(entry.getKey(), 0));
		}
		return 2.0 * common / (sizeA + sizeB);
	}

	/**
	 * Makes changes easier to read: white space alone left unchanged between two changes becomes part of them
	 * ({@code «một hai» → «ba bốn»}, not {@code «một» «hai» → «ba» «bốn»} around a kept space).
	 */
	private static List<Diff.Run> absorbSpaces(List<Diff.Run> runs, List<String> a) {
		List<Diff.Run> out = new ArrayList<>();
		for (int k = 0; k < runs.size(); k++) {
			Diff.Run run = runs.get(k);
			boolean between = k > 0 && k + 1 < runs.size() && runs.get(k - 1).op() != Diff.Op.EQUAL
					&& runs.get(k + 1).op() != Diff.Op.EQUAL;
			if (run.op() == Diff.Op.EQUAL && between && allSpace(a, run.aFrom(), run.aTo())) {
				out.add(new Diff.Run(Diff.Op.DELETE, run.aFrom(), run.aTo(), run.bFrom(), run.bFrom()));
				out.add(new Diff.Run(Diff.Op.INSERT, run.aTo(), run.aTo(), run.bFrom(), run.bTo()));
			}
			else {
				out.add(run);
			}
		}
		return out;
	}

	private static boolean allSpace(List<String> tokens, int from, int to) {
		for (int i = from; i < to; i++) {
			if (!Tokens.isSpace(tokens.get(i))) {
				return false;
			}
		}
		return true;
	}

}
