package vn.ubnd.baocao.importing;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * A numbered section of the report body.
 * <p>
 * A numbered item whose text reads as running text rather than as a title (several sentences, or a finished
 * sentence with nothing below it, as in a list of tasks) has no title: its text is the first block.
 *
 * @param kind how the section is numbered
 * @param label the number as written, without its punctuation: {@code "Phần thứ nhất"}, {@code "A"}, {@code "I"},
 * {@code "1"}, {@code "1.1"}, {@code "2.1.1"}, {@code "a"}, {@code "đ"}
 * @param title the heading text after the number, as written (footnote placeholders included); {@code null} when
 * the item has no title
 * @param blocks the paragraphs, bullets and numbered items before the first child
 * @param children the sections nested in this one
 */
public record ImportedSection(NumberingKind kind, String label, String title, List<Block> blocks,
		List<ImportedSection> children) {

	public ImportedSection {
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(label, "label");
		blocks = List.copyOf(blocks);
		children = List.copyOf(children);
	}

	/** For {@link NumberingKind#DECIMAL} the number of components of the label ({@code "2.1.1"}: 3), otherwise 1. */
	public int numberingDepth() {
		return (this.kind != NumberingKind.DECIMAL) ? 1 : this.label.split("\\.").length;
	}

	/** This section and all below it, depth first. */
	public Stream<ImportedSection> flatten() {
		return Stream.concat(Stream.of(this), this.children.stream().flatMap(ImportedSection::flatten));
	}

}
