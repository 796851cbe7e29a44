package vn.ubnd.baocao.versions.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The shortest edit script between two sequences (E. W. Myers, "An O(ND) difference algorithm and its variations",
 * 1986, with the linear-space refinement of its section 4b): time O((N+M)·D) where D is the number of elements
 * deleted and inserted, memory O(N+M). Elements are compared as ints ({@link #intern} makes them of anything with
 * {@code equals}); the common beginning and end are skipped before the search.
 * <p>
 * Two long sequences with little in common would cost O((N+M)²): once a search has spent {@value #COST_LIMIT} edits
 * without the two halves meeting, the box is cut where the forward search got furthest (as GNU diff does when it is
 * "too expensive"). The script is then still correct, only perhaps not the shortest; below that many edits it is
 * always the shortest.
 */
public final class Diff {

	/** What a run of the script does. */
	public enum Op {

		EQUAL, DELETE, INSERT

	}

	/**
	 * A run of the script: elements {@code [aFrom, aTo)} of the first sequence and {@code [bFrom, bTo)} of the second.
	 * An {@link Op#EQUAL} run has as many of each, a {@link Op#DELETE} run none of the second, an {@link Op#INSERT}
	 * run none of the first.
	 */
	public record Run(Op op, int aFrom, int aTo, int bFrom, int bTo) {

		public int length() {
			return Math.max(this.aTo - this.aFrom, this.bTo - this.bFrom);
		}

	}

	/** Edits a middle-snake search may spend before the box is cut where it got furthest. */
	static final int COST_LIMIT = 256;

	private final int[] a;

	private final int[] b;

	private final boolean[] deleted;

	private final boolean[] inserted;

	private int[] forward = new int[0];

	private int[] backward = new int[0];

	private Diff(int[] a, int[] b) {
		this.a = a;
		this.b = b;
		this.deleted = new boolean[a.length];
		this.inserted = new boolean[b.length];
	}

	/**
	 * The runs that turn {@code a} into {@code b}, in order; between two {@link Op#EQUAL} runs the deletions come
	 * before the insertions.
	 */
	public static List<Run> of(int[] a, int[] b) {
		Diff diff = new Diff(a, b);
		diff.compare(0, a.length, 0, b.length);
		return diff.runs();
	}

	/** The runs that turn {@code a} into {@code b}, the elements compared with {@code equals}. */
	public static <T> List<Run> of(List<T> a, List<T> b) {
		Map<T, Integer> ids = new HashMap<>();
		return of(intern(a, ids), intern(b, ids));
	}

	/** The elements as ints: equal elements get the same int, across every list interned with the same map. */
	public static <T> int[] intern(List<T> elements, Map<T, Integer> ids) {
		int[] interned = new int[elements.size()];
		for (int i = 0; i < interned.length; i++) {
			interned[i] = ids.computeIfAbsent(elements.get(i), (k) -> ids.size());
		}
		return interned;
	}

	/** Marks what is deleted from {@code a[aLo, aHi)} and inserted from {@code b[bLo, bHi)}. */
	private void compare(int aLo, int aHi, int bLo, int bHi) {
		while (aLo < aHi && bLo < bHi && this.a[aLo] == this.b[bLo]) {
			aLo++;
			bLo++;
		}
		while (aLo < aHi && bLo < bHi && this.a[aHi - 1] == this.b[bHi - 1]) {
			aHi--;
			bHi--;
		}
		if (aLo == aHi) {
			for (int j = bLo; j < bHi; j++) {
				this.inserted[j] = true;
			}
			return;
		}
		if (bLo == bHi) {
			for (int i = aLo; i < aHi; i++) {
				this.deleted[i] = true;
			}
			return;
		}
		// with both ends trimmed and both sides left, at least two edits remain: the snake (one edit and a
		// diagonal) is strictly inside the box, and each part is smaller than the box
		int[] snake = middleSnake(aLo, aHi, bLo, bHi);
		compare(aLo, snake[0], bLo, snake[1]);
		compare(snake[0], snake[2], snake[1], snake[3]);
		compare(snake[2], aHi, snake[3], bHi);
	}

	/**
	 * The middle snake of an optimal path through the box {@code a[left, right)} × {@code b[top, bottom)}:
	 * {@code {startX, startY, endX, endY}}, found by searching forward from the top left and backward from the bottom
	 * right until the two searches overlap. Both ends of the box are known to differ and the box is not empty.
	 */
	private int[] middleSnake(int left, int right, int top, int bottom) {
		int width = right - left;
		int height = bottom - top;
		int size = width + height;
		int delta = width - height;
		int max = (size + 1) / 2;
		int offset = max + 1;
		int length = 2 * max + 3;
		if (this.forward.length < length) {
			this.forward = new int[length];
			this.backward = new int[length];
		}
		int[] vf = this.forward;
		int[] vb = this.backward;
		vf[offset + 1] = left;
		vb[offset + 1] = bottom;
		boolean odd = (delta & 1) != 0;
		for (int d = 0; d <= max; d++) {
			// forward: diagonals k = x - left - (y - top), furthest x reached with d edits
			for (int k = d; k >= -d; k -= 2) {
				int c = k - delta;
				int x;
				int px;
				if (k == -d || (k != d && vf[offset + k - 1] < vf[offset + k + 1])) {
					px = vf[offset + k + 1];
					x = px;
				}
				else {
					px = vf[offset + k - 1];
					x = px + 1;
				}
				int y = top + (x - left) - k;
				int py = (d == 0 || x != px) ? y : y - 1;
				while (x < right && y < bottom && this.a[x] == this.b[y]) {
					x++;
					y++;
				}
				vf[offset + k] = x;
				if (odd && c >= -(d - 1) && c <= d - 1 && y >= vb[offset + c]) {
					return new int[] { px, py, x, y };
				}
			}
			if (d >= COST_LIMIT) {
				return furthestForward(vf, offset, d, left, right, top, bottom);
			}
			// backward: diagonals c = k - delta, furthest (smallest) y reached with d edits
			for (int c = d; c >= -d; c -= 2) {
				int k = c + delta;
				int y;
				int py;
				if (c == -d || (c != d && vb[offset + c - 1] > vb[offset + c + 1])) {
					py = vb[offset + c + 1];
					y = py;
				}
				else {
					py = vb[offset + c - 1];
					y = py - 1;
				}
				int x = left + (y - top) + k;
				int px = (d == 0 || y != py) ? x : x + 1;
				while (x > left && y > top && this.a[x - 1] == this.b[y - 1]) {
					x--;
					y--;
				}
				vb[offset + c] = y;
				if (!odd && k >= -d && k <= d && x <= vf[offset + k]) {
					return new int[] { x, y, px, py };
				}
			}
		}
		throw new IllegalStateException("no middle snake");
	}

	/**
	 * The point the forward search reached furthest into the box with {@code d} edits, as an empty snake: it is on a
	 * path from the top left, neither that corner (at least one edit was made) nor the bottom right (the searches
	 * would have met), so both parts of the box left and right of it are smaller than the box.
	 */
	private static int[] furthestForward(int[] vf, int offset, int d, int left, int right, int top, int bottom) {
		int bestX = left + (right - left) / 2;
		int bestY = top + (bottom - top) / 2;
		int best = -1;
		for (int k = -d; k <= d; k += 2) {
			int x = vf[offset + k];
			int y = top + (x - left) - k;
			boolean inside = x >= left && x <= right && y >= top && y <= bottom && (x < right || y < bottom)
					&& (x > left || y > top);
			if (inside && x + y > best) {
				best = x + y;
				bestX = x;
				bestY = y;
			}
		}
		return new int[] { bestX, bestY, bestX, bestY };
	}

	private List<Run> runs() {
		List<Run> runs = new ArrayList<>();
		int i = 0;
		int j = 0;
		while (i < this.a.length || j < this.b.length) {
			int i0 = i;
			int j0 = j;
			if (i < this.a.length && this.deleted[i]) {
				while (i < this.a.length && this.deleted[i]) {
					i++;
				}
				runs.add(new Run(Op.DELETE, i0, i, j, j));
			}
			else if (j < this.b.length && this.inserted[j]) {
				while (j < this.b.length && this.inserted[j]) {
					j++;
				}
				runs.add(new Run(Op.INSERT, i, i, j0, j));
			}
			else {
				while (i < this.a.length && j < this.b.length && !this.deleted[i] && !this.inserted[j]) {
					i++;
					j++;
				}
				runs.add(new Run(Op.EQUAL, i0, i, j0, j));
			}
		}
		return runs;
	}

}
