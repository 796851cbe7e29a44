package vn.ubnd.baocao.rendering;

import java.util.List;

import vn.ubnd.baocao.system.Texts;

/**
 * A section of the body: a heading, its blocks, then its sub-sections.
 *
 * @param number the display number as printed: {@code "Phần thứ nhất"}, {@code "I."}, {@code "1."}, {@code "1.1."},
 * {@code "a)"}; {@code null} for an unnumbered heading
 * @param title the heading text; set in capitals for {@link HeadingLevel#PART} and {@link HeadingLevel#SECTION}
 * @param level how the heading is set
 * @param blocks the paragraphs, bullets and tables right under the heading
 * @param children the sub-sections, after the blocks
 */
public record Section(String number, String title, HeadingLevel level, List<Block> blocks, List<Section> children) {

	public Section {
		number = Texts.clean(number);
		title = Texts.clean(title) == null ? "" : Texts.clean(title);
		if (title.isEmpty() && number == null && (blocks == null || blocks.isEmpty())) {
			throw new IllegalArgumentException("A section needs a number, a title or content");
		}
		if (level == null) {
			throw new IllegalArgumentException("Section '" + title + "' needs a heading level");
		}
		blocks = List.copyOf(blocks);
		children = List.copyOf(children);
	}

	/** A section without sub-sections. */
	public static Section of(String number, String title, HeadingLevel level, Block... blocks) {
		return new Section(number, title, level, List.of(blocks), List.of());
	}

	/** This section with {@code children} as its sub-sections. */
	public Section withChildren(Section... children) {
		return new Section(this.number, this.title, this.level, this.blocks, List.of(children));
	}

}
