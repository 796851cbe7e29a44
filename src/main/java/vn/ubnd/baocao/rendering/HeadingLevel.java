package vn.ubnd.baocao.rendering;

/**
 * How a section heading is set, from the outermost level in. The display number is carried by the section; the
 * level only decides the typography, as for a Báo cáo in Nghị định 30/2020 (Phụ lục I, §II.6.đ).
 */
public enum HeadingLevel {

	/** {@code Phần thứ nhất} on its own line, centred, bold; the title below it in capitals, bold. */
	PART,

	/** {@code I. TITLE}: Roman numeral, title in capitals, bold. */
	SECTION,

	/** {@code 1. Title}: bold. */
	CLAUSE,

	/** {@code 1.1. Title}: bold italic. */
	SUBCLAUSE,

	/** {@code a) Title}: italic. */
	POINT

}
