package vn.ubnd.baocao.versions.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import vn.ubnd.baocao.versions.internal.Diff.Op;
import vn.ubnd.baocao.versions.internal.Diff.Run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * The edit script: it turns the first sequence into the second, it is as short as the longest common subsequence
 * allows (checked against the textbook dynamic programme on thousands of random pairs), and it stays fast on long
 * sequences with few changes.
 */
class DiffTests {

	@Test
	void nothingAndNothing() {
		assertThat(Diff.of(new int[0], new int[0])).isEmpty();
	}

	@Test
	void everythingInsertedIntoNothing() {
		assertThat(Diff.of(List.of(), List.of("a", "b"))).containsExactly(new Run(Op.INSERT, 0, 0, 0, 2));
	}

	@Test
	void everythingDeleted() {
		assertThat(Diff.of(List.of("a", "b"), List.of())).containsExactly(new Run(Op.DELETE, 0, 2, 0, 0));
	}

	@Test
	void equalSequencesAreOneRun() {
		assertThat(Diff.of(List.of("a", "b", "c"), List.of("a", "b", "c")))
			.containsExactly(new Run(Op.EQUAL, 0, 3, 0, 3));
	}

	@Test
	void insertionInTheMiddle() {
		assertThat(Diff.of(List.of("a", "b", "c"), List.of("a", "b", "x", "y", "c"))).containsExactly(
				new Run(Op.EQUAL, 0, 2, 0, 2), new Run(Op.INSERT, 2, 2, 2, 4), new Run(Op.EQUAL, 2, 3, 4, 5));
	}

	@Test
	void deletionAtTheEnds() {
		assertThat(Diff.of(List.of("x", "a", "b", "y"), List.of("a", "b"))).containsExactly(
				new Run(Op.DELETE, 0, 1, 0, 0), new Run(Op.EQUAL, 1, 3, 0, 2), new Run(Op.DELETE, 3, 4, 2, 2));
	}

	@Test
	void replacementIsADeletionThenAnInsertion() {
		assertThat(Diff.of(List.of("a", "250", "b"), List.of("a", "270", "b"))).containsExactly(
				new Run(Op.EQUAL, 0, 1, 0, 1), new Run(Op.DELETE, 1, 2, 1, 1), new Run(Op.INSERT, 2, 2, 1, 2),
				new Run(Op.EQUAL, 2, 3, 2, 3));
	}

	@Test
	void theClassicExampleOfThePaper() {
		// ABCABBA → CBABAC: D = 5
		List<Run> runs = Diff.of(chars("ABCABBA"), chars("CBABAC"));
		assertThat(edits(runs)).isEqualTo(5);
		assertThat(apply(chars("ABCABBA"), chars("CBABAC"), runs)).isEqualTo(chars("CBABAC"));
	}

	@Test
	void randomPairsGetAShortestValidScript() {
		Random random = new Random(20260305L);
		for (int round = 0; round < 3000; round++) {
			int[] a = random(random, random.nextInt(40), 1 + random.nextInt(6));
			int[] b = (round % 3 == 0) ? mutate(random, a) : random(random, random.nextInt(40), 1 + random.nextInt(6));
			List<Run> runs = Diff.of(a, b);
			assertThat(apply(a, b, runs)).as("round %d: %s → %s", round, Arrays.toString(a), Arrays.toString(b))
				.isEqualTo(b);
			assertThat(edits(runs)).as("round %d: %s → %s", round, Arrays.toString(a), Arrays.toString(b))
				.isEqualTo(a.length + b.length - 2 * lcs(a, b));
			assertRunsAreWellFormed(runs, a.length, b.length);
		}
	}

	@Test
	void longSequencesWithFewChangesAreFast() {
		Random random = new Random(7);
		int[] a = random(random, 200_000, 5000);
		int[] b = mutate(random, a);
		List<Run> runs = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> Diff.of(a, b));
		assertThat(apply(a, b, runs)).isEqualTo(b);
	}

	@Test
	void twoUnrelatedLongSequencesFinishFastWithAValidScript() {
		Random random = new Random(11);
		int[] a = random(random, 25_000, 3000);
		int[] b = random(random, 25_000, 3000);
		List<Run> runs = assertTimeoutPreemptively(Duration.ofSeconds(3), () -> Diff.of(a, b));
		assertThat(apply(a, b, runs)).isEqualTo(b);
		assertRunsAreWellFormed(runs, a.length, b.length);
	}

	@Test
	void pastTheCostLimitTheScriptIsStillValidAndNearlyShortest() {
		Random random = new Random(13);
		for (int round = 0; round < 20; round++) {
			int[] a = random(random, 3000, 4);
			int[] b = random(random, 3000, 4);
			List<Run> runs = Diff.of(a, b);
			assertThat(apply(a, b, runs)).isEqualTo(b);
			assertRunsAreWellFormed(runs, a.length, b.length);
			int shortest = a.length + b.length - 2 * lcs(a, b);
			assertThat(edits(runs)).isBetween(shortest, shortest + shortest / 5);
		}
	}

	private static void assertRunsAreWellFormed(List<Run> runs, int n, int m) {
		int i = 0;
		int j = 0;
		Op previous = null;
		for (Run run : runs) {
			assertThat(run.aFrom()).isEqualTo(i);
			assertThat(run.bFrom()).isEqualTo(j);
			assertThat(run.length()).isPositive();
			assertThat(run.op()).isNotEqualTo(previous);
			i = run.aTo();
			j = run.bTo();
			previous = run.op();
		}
		assertThat(i).isEqualTo(n);
		assertThat(j).isEqualTo(m);
	}

	/** Rebuilds {@code b} from {@code a} with the script, checking that equal runs are equal. */
	private static int[] apply(int[] a, int[] b, List<Run> runs) {
		List<Integer> out = new ArrayList<>();
		for (Run run : runs) {
			switch (run.op()) {
				case EQUAL -> {
					assertThat(run.aTo() - run.aFrom()).isEqualTo(run.bTo() - run.bFrom());
					for (int k = 0; k < run.aTo() - run.aFrom(); k++) {
						assertThat(a[run.aFrom() + k]).isEqualTo(b[run.bFrom() + k]);
						out.add(a[run.aFrom() + k]);
					}
				}
				case DELETE -> assertThat(run.bTo()).isEqualTo(run.bFrom());
				case INSERT -> {
					assertThat(run.aTo()).isEqualTo(run.aFrom());
					for (int k = run.bFrom(); k < run.bTo(); k++) {
						out.add(b[k]);
					}
				}
			}
		}
		return out.stream().mapToInt(Integer::intValue).toArray();
	}

	private static <T> List<T> apply(List<T> a, List<T> b, List<Run> runs) {
		List<T> out = new ArrayList<>();
		for (Run run : runs) {
			if (run.op() == Op.EQUAL) {
				out.addAll(a.subList(run.aFrom(), run.aTo()));
			}
			else if (run.op() == Op.INSERT) {
				out.addAll(b.subList(run.bFrom(), run.bTo()));
			}
		}
		return out;
	}

	private static int edits(List<Run> runs) {
		return runs.stream().filter((r) -> r.op() != Op.EQUAL).mapToInt(Run::length).sum();
	}

	private static int lcs(int[] a, int[] b) {
		int[][] t = new int[a.length + 1][b.length + 1];
		for (int i = a.length - 1; i >= 0; i--) {
			for (int j = b.length - 1; j >= 0; j--) {
				t[i][j] = (a[i] == b[j]) ? t[i + 1][j + 1] + 1 : Math.max(t[i + 1][j], t[i][j + 1]);
			}
		}
		return t[0][0];
	}

	private static int[] random(Random random, int length, int alphabet) {
		int[] values = new int[length];
		for (int i = 0; i < length; i++) {
			values[i] = random.nextInt(alphabet);
		}
		return values;
	}

	/** A copy with a few insertions, deletions and replacements. */
	private static int[] mutate(Random random, int[] a) {
		List<Integer> values = new ArrayList<>();
		for (int value : a) {
			values.add(value);
		}
		int changes = 1 + random.nextInt(8);
		for (int c = 0; c < changes; c++) {
			int at = values.isEmpty() ? 0 : random.nextInt(values.size());
			switch (random.nextInt(3)) {
				case 0 -> values.add(at, random.nextInt(10));
				case 1 -> {
					if (!values.isEmpty()) {
						values.remove(at);
					}
				}
				default -> {
					if (!values.isEmpty()) {
						values.set(at, random.nextInt(10));
					}
				}
			}
		}
		return values.stream().mapToInt(Integer::intValue).toArray();
	}

	private static List<String> chars(String text) {
		return text.chars().mapToObj((c) -> String.valueOf((char) c)).toList();
	}

}
