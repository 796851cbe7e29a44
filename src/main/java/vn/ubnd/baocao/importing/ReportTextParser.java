package vn.ubnd.baocao.importing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.ubnd.baocao.system.Texts;

/**
 * Reads a report from plain text or Markdown (as converted from PDF or Word) into an {@link ImportedReport}. The
 * parser holds no state; one instance may serve any number of threads.
 * <h2>Cleaning</h2> The text is normalised to NFC ({@link Texts#normalize(String)}). On each line Markdown heading
 * marks, bold and emphasis, escapes and HTML tags are removed; footnote markers ({@code ¹}, {@code <sup>1</sup>},
 * {@code [1]}) become {@code [^1]}; page numbers alone on a line, rules and markup alone are noise and never become
 * text or headings.
 * <h2>Parts of the document</h2> The header is read from the top (see the package-private {@code HeaderReader}):
 * issuing body, {@code Số:}, place and date, document type and summary, {@code Kính gửi}, {@code Kèm theo}. The foot
 * starts at {@code Nơi nhận:} or at an authority line ({@code TM.}, {@code KT.} …) and holds the recipients and the
 * signature. A line that starts with a footnote marker is that footnote's text, wherever it stands (converters leave
 * them in the middle of the body, at page breaks). Between header and foot is the body.
 * <h2>Paragraphs</h2> A line that starts in lower case continues the paragraph before it when that one did not end
 * with {@code . ! ? : ;}, even across blank lines, page numbers and footnote texts (the paragraph was cut by a page
 * break; a numbered line only when it is longer than a short title). Lines not separated by a blank line are one
 * paragraph unless the first ended. {@code -} starts a bullet of level 1, {@code +} (or {@code - +}) one of level 2;
 * {@code *} at the start of a line is kept as text.
 * <h2>Sections</h2> Sections come only from the number at the start of a line ({@link NumberingKind}), never from
 * Markdown heading levels or bold. A numbered line opens a section when all of these hold:
 * <ol>
 * <li><b>Nesting.</b> Kinds nest in the order parts, letters, Roman, Arabic, dotted numbers (by their number of
 * components), points. The line closes every open section of its rank or deeper and becomes a child of the innermost
 * one left open. Depth is not fixed: a document may start at any kind and skip any, e.g. Arabic numbers straight
 * under {@code B.} or points straight under {@code I.}.</li>
 * <li><b>Sequence.</b> The number must continue its level: the first child of a section is number one of its kind
 * ({@code 1}, {@code A}, {@code I}, {@code a}, {@code x.1} where {@code x} is the parent's number); the next sibling
 * is the previous one plus one ({@code đ} after {@code d}, as well as {@code e} after {@code d}). A number that
 * repeats the previous sibling's ({@code d)} then {@code d)}) is accepted only for a short title, with a warning. Any
 * other number ({@code 3.} when the open sibling is {@code 1.}, {@code 5.} first in a list) is kept as a numbered
 * block of the current section.</li>
 * <li><b>Legal bases.</b> A line citing a legal document ({@code 1. Luật … ngày …;}, {@code 2. Nghị định số …}) is a
 * list item when it stands in the preamble or has nothing under it before the next numbered line.</li>
 * <li><b>Preamble lists.</b> Before the first section, a numbered line ending with {@code ;} or {@code ,} is a list
 * item.</li>
 * <li><b>Empty numbers.</b> A number alone on its line takes the next line as its title when that line is short and
 * not a finished sentence (for a part: any single sentence up to 250 characters); otherwise it is not a heading,
 * except a part, which may have no title.</li>
 * </ol>
 * <h2>Titles</h2> The text after the number is the section's title unless it reads as running text: more than one
 * sentence, or a finished sentence that is longer than 200 characters or has nothing under it (a task in a list of
 * tasks). Running text becomes the section's first paragraph and the section has no title.
 * <h2>Closing</h2> The closing paragraph ({@code Trên đây là báo cáo …}, or one ending {@code ./.}) is taken out of the
 * last section.
 * <h2>Warnings</h2> Numbers that look like headings but do not continue their level, repeated numbers, footnotes
 * referenced but not found or found but not referenced, incomplete dates and lines of the header and foot that were
 * not understood are reported in {@link ImportedReport#warnings()}.
 */
public final class ReportTextParser {

	/** Parses the text of a {@code .txt} or {@code .md} report; {@code null} reads as empty text. */
	public ImportedReport parse(String text) {
		String normalized = Texts.normalize((text != null) ? text : "");
		List<ImportWarning> warnings = new ArrayList<>();
		List<SourceLine> lines = HeaderReader.splitColumns(SourceText.read(normalized));
		HeaderReader.Result header = HeaderReader.read(lines, warnings);
		int footStart = ClosingReader.findStart(lines, header.bodyStart());
		ClosingReader.Result foot = ClosingReader.read(lines, footStart, warnings);
		BodyBuilder.Body body = BodyBuilder.build(lines.subList(header.bodyStart(), footStart), warnings);

		Map<String, Footnote> footnotes = new LinkedHashMap<>();
		for (SourceLine line : lines) {
			if (line.type() == SourceLine.Type.FOOTNOTE) {
				footnotes.putIfAbsent(line.footnoteId(), new Footnote(line.footnoteId(), line.text()));
			}
		}
		Header head = header.header();
		if (head.digitalSignature() == null && foot.stamp() != null) {
			head = new Header(head.parentBody(), head.issuingBody(), head.number(), head.symbol(), head.place(),
					head.date(), head.documentType(), head.summary(), head.addressees(), head.attachedTo(),
					foot.stamp());
		}
		ImportedReport draft = new ImportedReport(head, body.preamble(), body.sections(), body.closing(),
				List.copyOf(footnotes.values()), foot.recipients(), foot.signature(), List.of());
		checkFootnotes(draft, lines, warnings);
		if (draft.sections().isEmpty() && !draft.preamble().isEmpty()) {
			warnings.add(new ImportWarning(ImportWarning.Code.NO_SECTIONS, 0, null));
		}
		warnings.sort(Comparator.comparingInt(ImportWarning::line));
		return new ImportedReport(draft.header(), draft.preamble(), draft.sections(), draft.closing(),
				draft.footnotes(), draft.recipients(), draft.signature(), warnings);
	}

	private static void checkFootnotes(ImportedReport report, List<SourceLine> lines, List<ImportWarning> warnings) {
		Set<String> referenced = new LinkedHashSet<>(Footnote.referencesIn(report.header().summary()));
		report.preamble().forEach((block) -> referenced.addAll(block.footnoteRefs()));
		report.closing().forEach((block) -> referenced.addAll(block.footnoteRefs()));
		report.allSections().forEach((section) -> {
			referenced.addAll(Footnote.referencesIn(section.title()));
			section.blocks().forEach((block) -> referenced.addAll(block.footnoteRefs()));
		});
		for (String id : referenced) {
			if (report.footnote(id).isEmpty()) {
				warnings.add(new ImportWarning(ImportWarning.Code.FOOTNOTE_NOT_DEFINED, lineOfReference(lines, id),
						Footnote.placeholder(id)));
			}
		}
		for (SourceLine line : lines) {
			if (line.type() == SourceLine.Type.FOOTNOTE && !referenced.contains(line.footnoteId())) {
				warnings.add(new ImportWarning(ImportWarning.Code.FOOTNOTE_NOT_REFERENCED, line.number(), line.text()));
			}
		}
	}

	private static int lineOfReference(List<SourceLine> lines, String id) {
		String placeholder = Footnote.placeholder(id);
		return lines.stream()
			.filter((line) -> line.isText() && line.text().contains(placeholder))
			.mapToInt(SourceLine::number)
			.findFirst()
			.orElse(0);
	}

}
