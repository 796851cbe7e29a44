package vn.ubnd.baocao.importing;

/**
 * How a section is numbered, from the outermost convention to the innermost: {@code Phần thứ nhất} or
 * {@code Phần I}, {@code A.}, {@code I.}, {@code 1.}, {@code 1.1.} (and deeper dotted numbers), {@code a)}.
 * <p>
 * A document may skip any of them; the order only says which of two kinds nests in the other.
 */
public enum NumberingKind {

	/** {@code Phần thứ nhất}, {@code Phần thứ hai} … or {@code Phần I}, {@code Phần 1}. */
	PART,

	/** {@code A.}, {@code B.} … */
	LETTER,

	/** {@code I.}, {@code II.} … */
	ROMAN,

	/** {@code 1.}, {@code 2.} … */
	ARABIC,

	/** {@code 1.1.}, {@code 2.1.1.} …, with or without the final dot; nested by the number of components. */
	DECIMAL,

	/** {@code a)}, {@code b)} … {@code d)}, {@code đ)}, {@code e)}, {@code g)} … in Vietnamese alphabet order. */
	POINT

}
