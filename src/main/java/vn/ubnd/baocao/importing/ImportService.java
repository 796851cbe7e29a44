package vn.ubnd.baocao.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

import vn.ubnd.baocao.report.ImportedDraft;
import vn.ubnd.baocao.report.NumberingStyle;
import vn.ubnd.baocao.report.Report;
import vn.ubnd.baocao.report.ReportService;
import vn.ubnd.baocao.report.SectionRole;
import vn.ubnd.baocao.system.PortalUser;

/**
 * Turns an uploaded report into a draft of the clerk's unit: reads the file ({@link UploadedDocument}), parses it
 * ({@link ReportTextParser}) and hands the result to the report module, with footnotes written where they are
 * referenced ({@code ^[…]}) and the document's own numbering kept.
 */
@Service
public class ImportService {

	private static final Locale VI = Locale.forLanguageTag("vi");

	private final ReportService reports;

	private final ReportTextParser parser = new ReportTextParser();

	ImportService(ReportService reports) {
		this.reports = reports;
	}

	/** Reads and parses the file without storing anything. */
	public ImportedReport read(String filename, byte[] content) {
		return this.parser.parse(UploadedDocument.text(filename, content));
	}

	/** Imports the file as a new draft of the clerk's unit. */
	public Report importAsDraft(PortalUser clerk, long kindId, ReportService.NewReport period, String filename,
			byte[] content) {
		ImportedReport imported = read(filename, content);
		return this.reports.createImported(clerk, kindId, period, toDraft(imported));
	}

	/** The imported report in the report module's terms. */
	public static ImportedDraft toDraft(ImportedReport imported) {
		Map<String, String> footnotes = imported.footnotes()
			.stream()
			.collect(Collectors.toMap(Footnote::id, Footnote::text, (a, b) -> a));
		Header header = imported.header();
		Signature signature = imported.signature();
		String authority = null;
		String title = null;
		String name = null;
		if (signature != null) {
			authority = signature.authority()
				.stream()
				.filter((line) -> line.startsWith("TM."))
				.map((line) -> line.substring(3).strip())
				.findFirst()
				.orElse(null);
			title = signature.title();
			name = signature.name();
		}
		// the summary line carries no footnotes in the portal: a note referenced there goes to the opening
		String summary = header.summary();
		StringBuilder summaryNotes = new StringBuilder();
		if (summary != null) {
			for (String id : Footnote.referencesIn(summary)) {
				summary = summary.replace(Footnote.placeholder(id), "");
				if (footnotes.containsKey(id)) {
					summaryNotes.append("^[").append(footnotes.get(id)).append(']');
				}
			}
			summary = summary.strip();
		}
		String opening = body(imported.preamble(), footnotes);
		if (!summaryNotes.isEmpty()) {
			int end = opening.indexOf('\n');
			opening = end < 0 ? opening + summaryNotes : opening.substring(0, end) + summaryNotes + opening.substring(end);
		}
		List<ImportedDraft.Section> sections = sections(imported.sections(), footnotes);
		String closing = body(imported.closing(), footnotes);
		if (!closing.isEmpty() && !sections.isEmpty()) {
			// the paragraphs after the last section ("Trên đây là báo cáo …") end the last section's text
			sections = withClosing(sections, closing);
		}
		return new ImportedDraft(summary, header.addressees(), opening, header.place(), header.date(),
				numbering(imported.sections()), sections, imported.recipients(), authority, title, name);
	}

	private static List<ImportedDraft.Section> withClosing(List<ImportedDraft.Section> sections, String closing) {
		List<ImportedDraft.Section> copy = new ArrayList<>(sections);
		ImportedDraft.Section last = copy.remove(copy.size() - 1);
		if (last.children().isEmpty()) {
			String body = last.body().isEmpty() ? closing : last.body() + "\n" + closing;
			copy.add(new ImportedDraft.Section(last.title(), body, last.role(), last.children()));
		}
		else {
			copy.add(new ImportedDraft.Section(last.title(), last.body(), last.role(),
					withClosing(last.children(), closing)));
		}
		return copy;
	}

	private static List<NumberingStyle> numbering(List<ImportedSection> sections) {
		List<NumberingStyle> scheme = new ArrayList<>();
		List<ImportedSection> level = sections;
		while (!level.isEmpty()) {
			scheme.add(NumberingStyle.valueOf(level.get(0).kind().name()));
			level = level.stream().flatMap((s) -> s.children().stream()).toList();
		}
		return scheme;
	}

	private static List<ImportedDraft.Section> sections(List<ImportedSection> sections, Map<String, String> footnotes) {
		return sections.stream()
			.map((s) -> new ImportedDraft.Section(s.title(), body(s.blocks(), footnotes), role(s.title()),
					sections(s.children(), footnotes)))
			.toList();
	}

	/** Headings about what comes next ("Phương hướng, nhiệm vụ …", "Chương trình công tác …"). */
	static SectionRole role(String title) {
		String lower = title == null ? "" : title.toLowerCase(VI);
		if (lower.contains("phương hướng") || lower.startsWith("chương trình công tác")
				|| lower.startsWith("nhiệm vụ, giải pháp") && lower.contains("cuối năm")) {
			return SectionRole.NEXT_TASKS;
		}
		if (lower.startsWith("hạn chế") || lower.startsWith("tồn tại")) {
			return SectionRole.LIMITATIONS;
		}
		if (lower.startsWith("nguyên nhân")) {
			return SectionRole.CAUSES;
		}
		if (lower.startsWith("ưu điểm") || lower.startsWith("kết quả đạt được") || lower.startsWith("những việc làm được")) {
			return SectionRole.ACHIEVEMENTS;
		}
		return null;
	}

	private static String body(List<Block> blocks, Map<String, String> footnotes) {
		Function<String, String> inline = (text) -> {
			String out = text;
			for (String id : Footnote.referencesIn(text)) {
				String note = footnotes.get(id);
				out = out.replace(Footnote.placeholder(id), note == null ? "" : "^[" + note + "]");
			}
			return out;
		};
		StringBuilder body = new StringBuilder();
		for (Block block : blocks) {
			String text = inline.apply(block.text());
			switch (block.kind()) {
				case BULLET -> body.append(block.level() >= 2 ? "+ " : "- ").append(text);
				case NUMBERED -> body.append(block.marker()).append(' ').append(text);
				case PARAGRAPH -> body.append(text);
			}
			body.append('\n');
		}
		return body.toString().strip();
	}

}
