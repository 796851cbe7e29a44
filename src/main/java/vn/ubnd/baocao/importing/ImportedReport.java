package vn.ubnd.baocao.importing;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A report read from an existing document, as a draft to be checked and completed.
 *
 * @param header the header (always present, its fields possibly empty)
 * @param preamble the blocks between the header and the first section (the opening paragraph citing the legal
 * basis)
 * @param sections the top-level sections
 * @param closing the closing paragraph(s) after the last section ({@code Trên đây là báo cáo …./.})
 * @param footnotes the footnotes in the order their texts appear
 * @param recipients the {@code Nơi nhận} list, one entry per item, without the dash and the final {@code ;} or
 * {@code .}; the last one is usually {@code Lưu: VT, …}
 * @param signature the signature block, {@code null} if the text has none
 * @param warnings what the importer could not read with confidence
 */
public record ImportedReport(Header header, List<Block> preamble, List<ImportedSection> sections,
		List<Block> closing, List<Footnote> footnotes, List<String> recipients, Signature signature,
		List<ImportWarning> warnings) {

	public ImportedReport {
		Objects.requireNonNull(header, "header");
		preamble = List.copyOf(preamble);
		sections = List.copyOf(sections);
		closing = List.copyOf(closing);
		footnotes = List.copyOf(footnotes);
		recipients = List.copyOf(recipients);
		warnings = List.copyOf(warnings);
	}

	/** All sections, depth first. */
	public Stream<ImportedSection> allSections() {
		return this.sections.stream().flatMap(ImportedSection::flatten);
	}

	/** The footnote with that id. */
	public Optional<Footnote> footnote(String id) {
		return this.footnotes.stream().filter((footnote) -> footnote.id().equals(id)).findFirst();
	}

}
