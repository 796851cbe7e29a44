package vn.ubnd.baocao.checking;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.ubnd.baocao.importing.Footnote;
import vn.ubnd.baocao.importing.ImportedReport;
import vn.ubnd.baocao.importing.ImportedSection;
import vn.ubnd.baocao.report.ReportView;
import vn.ubnd.baocao.report.SectionContent;

/**
 * What the checker reads: a report reduced to its header lines as written, its sections with their numbers as
 * written, titles and texts, the closing, and the unit's own facts.
 *
 * @param header the header
 * @param sections the top-level sections
 * @param closing the closing paragraphs ({@code Trên đây là báo cáo …})
 * @param recipients the {@code Nơi nhận} items without dash and final punctuation, the last one usually
 * {@code Lưu: VT, …}
 * @param signatureLines the signature block line by line, above the name ({@code TM. ỦY BAN NHÂN DÂN},
 * {@code KT. CHỦ TỊCH}, {@code PHÓ CHỦ TỊCH})
 * @param unitName the unit's name from its record, e.g. {@code Ủy ban nhân dân huyện Hớn Quản}
 * @param placeName the unit's place name from its record, e.g. {@code Hớn Quản}
 */
public record CheckedDocument(Header header, List<Section> sections, List<Text> closing, List<String> recipients,
		List<String> signatureLines, String unitName, String placeName) {

	private static final Pattern NUMBER_LINE = Pattern.compile("^(?:Số|SỐ)\\s*:.*$");

	private static final Pattern DATE_LINE = Pattern
		.compile("^\\p{Lu}[\\p{L}\\p{M} .'’\\-]{0,60}?\\s*,\\s*(?:ngày|Ngày)\\s.*(?:tháng|/).*$");

	private static final Pattern MARKDOWN = Pattern.compile("\\*+|#+\\s|</?\\w+>");

	private static final Pattern LIST_MARKER = Pattern.compile("^(\\d{1,3}[.)]|[a-zđ]\\))\\s+(.*)$");

	private static final int HEADER_LINES = 40;

	public CheckedDocument {
		Objects.requireNonNull(header, "header");
		sections = List.copyOf(sections);
		closing = List.copyOf(closing);
		recipients = List.copyOf(recipients);
		signatureLines = List.copyOf(signatureLines);
	}

	/** All sections, depth first. */
	public List<Section> allSections() {
		List<Section> all = new ArrayList<>();
		this.sections.forEach((section) -> section.collect(all));
		return all;
	}

	/**
	 * The full path of a section, which tells it from the sections of the same number under other parents: the
	 * labels from the top joined by dots ({@code I.1}, {@code II.2.a}), a part's label followed by a comma
	 * ({@code Phần thứ nhất, I.1}), and a dotted number that already holds its parent's number written once
	 * ({@code I.1.1}, not {@code I.1.1.1}).
	 * @param parentPath the parent's path, {@code null} at the top
	 * @param parent the parent, {@code null} at the top
	 * @param section the section
	 */
	public static String path(String parentPath, Section parent, Section section) {
		String label = section.label().strip();
		if (parent == null || parentPath == null || parentPath.isEmpty()) {
			return label;
		}
		if (label.isEmpty()) {
			return parentPath;
		}
		if (parent.style() == Style.PART) {
			return parentPath + ", " + label;
		}
		String parentLabel = parent.label().strip();
		if (section.style() == Style.DECIMAL && !parentLabel.isEmpty() && label.startsWith(parentLabel + ".")
				&& parentPath.endsWith(parentLabel)) {
			return parentPath.substring(0, parentPath.length() - parentLabel.length()) + label;
		}
		return parentPath + "." + label;
	}

	/**
	 * The document of a report as the portal holds it. The section numbers are the computed ones, so the numbering
	 * of sections is always right; numbered lists typed inside a section ({@code 1. …}, {@code a) …} at the start of
	 * a paragraph) are checked.
	 */
	public static CheckedDocument of(ReportView view, String unitName, String placeName) {
		return of(view, unitName, placeName, UnaryOperator.identity());
	}

	/**
	 * The document of a report as the portal holds it, each text as {@code text} makes it: with the indicators'
	 * figures in place of {@code {{chỉ tiêu CODE}}}, as the report prints them.
	 */
	public static CheckedDocument of(ReportView view, String unitName, String placeName, UnaryOperator<String> text) {
		ReportView.Header header = view.header();
		List<Text> texts = new ArrayList<>();
		String numberLine = null;
		String dateLine = null;
		String place = null;
		if (header != null) {
			if (header.number() != null && !header.number().isBlank()) {
				numberLine = "Số: " + header.number().strip() + "/" + Objects.toString(header.symbol(), "");
			}
			place = header.placeName();
			if (header.issueDate() != null && header.placeName() != null) {
				dateLine = header.placeName() + ", ngày " + header.issueDay() + " tháng " + header.issueMonth()
						+ " năm " + header.issueYear();
			}
			addText(texts, header.summary());
			if (header.addressees() != null) {
				header.addressees().forEach((addressee) -> addText(texts, addressee));
			}
			if (header.openingBlocks() != null && !header.openingBlocks().isEmpty()) {
				texts.addAll(blocks(header.openingBlocks(), text));
			}
			else {
				addText(texts, text.apply(header.opening()));
			}
		}
		List<Section> sections = view.sections().stream().map((section) -> section(section, text)).toList();
		List<String> signature = (view.signature() != null && view.signature().lines() != null)
				? view.signature().lines() : List.of();
		List<String> recipients = (view.recipients() != null) ? view.recipients()
			.stream()
			.map(CheckedDocument::cleanItem)
			.filter((item) -> !item.isEmpty())
			.toList() : List.of();
		return new CheckedDocument(new Header(numberLine, dateLine, place, texts), sections, List.of(), recipients,
				signature, unitName, placeName);
	}

	/**
	 * The document of an imported report, with the labels as written. Without the source text the number line is
	 * rebuilt from its parts and the date line is not known.
	 */
	public static CheckedDocument of(ImportedReport imported, String unitName, String placeName) {
		return of(imported, null, unitName, placeName);
	}

	/**
	 * The document of an imported report, with the labels as written and the number and date lines read from the
	 * source text, as typed (their spaces and leading zeros are lost in the parsed header).
	 */
	public static CheckedDocument of(ImportedReport imported, String sourceText, String unitName, String placeName) {
		vn.ubnd.baocao.importing.Header header = imported.header();
		String numberLine = null;
		String dateLine = null;
		if (sourceText != null) {
			List<String> lines = sourceText.lines()
				.map((line) -> MARKDOWN.matcher(line).replaceAll("").strip())
				.filter((line) -> !line.isEmpty())
				.limit(HEADER_LINES)
				.toList();
			for (String line : lines) {
				if (numberLine == null && NUMBER_LINE.matcher(line).matches()) {
					numberLine = line;
				}
				else if (dateLine == null && DATE_LINE.matcher(line).matches()) {
					dateLine = line;
				}
			}
		}
		else if (header.number() != null) {
			numberLine = "Số: " + header.number() + "/" + Objects.toString(header.symbol(), "");
		}
		Map<String, String> footnoteTexts = new LinkedHashMap<>();
		imported.footnotes().forEach((footnote) -> footnoteTexts.putIfAbsent(footnote.id(), footnote.text()));
		Map<String, Boolean> placed = new HashMap<>();
		List<Text> headerTexts = new ArrayList<>();
		addImported(headerTexts, header.summary(), null, footnoteTexts, placed);
		header.addressees().forEach((addressee) -> addText(headerTexts, addressee));
		imported.preamble().forEach((block) -> addImported(headerTexts, block.text(), marker(block), footnoteTexts,
				placed));
		List<Section> sections = imported.sections()
			.stream()
			.map((section) -> section(section, footnoteTexts, placed))
			.toList();
		List<Text> closing = new ArrayList<>();
		imported.closing().forEach((block) -> addImported(closing, block.text(), null, footnoteTexts, placed));
		footnoteTexts.forEach((id, text) -> {
			if (!placed.containsKey(id)) {
				closing.add(new Text(text, null, 0, true));
			}
		});
		List<String> signature = new ArrayList<>();
		if (imported.signature() != null) {
			signature.addAll(imported.signature().authority());
			if (imported.signature().title() != null) {
				signature.add(imported.signature().title());
			}
		}
		return new CheckedDocument(new Header(numberLine, dateLine, header.place(), headerTexts), sections, closing,
				imported.recipients(), signature, unitName, placeName);
	}

	private static Section section(ReportView.Section section, UnaryOperator<String> expand) {
		List<Text> texts = blocks(section.blocks(), expand);
		List<Section> children = section.children().stream().map((child) -> section(child, expand)).toList();
		return new Section(label(section.number()), style(section.style()), section.title(), texts, children);
	}

	private static List<Text> blocks(List<SectionContent.Block> blocks, UnaryOperator<String> expand) {
		List<Text> texts = new ArrayList<>();
		for (SectionContent.Block block : blocks) {
			String text = expand.apply(block.plainText());
			String marker = null;
			if (block.type() == SectionContent.BlockType.PARAGRAPH) {
				Matcher matcher = LIST_MARKER.matcher(text.strip());
				if (matcher.matches()) {
					marker = matcher.group(1);
					text = matcher.group(2);
				}
			}
			texts.add(new Text(text, marker, block.level(), false));
			for (SectionContent.Segment footnote : block.footnotes()) {
				texts.add(new Text(footnote.footnoteText(), null, 0, true));
			}
		}
		return texts;
	}

	private static Section section(ImportedSection section, Map<String, String> footnotes,
			Map<String, Boolean> placed) {
		List<Text> texts = new ArrayList<>();
		List<Text> notes = new ArrayList<>();
		String title = (section.title() != null) ? placeFootnotes(section.title(), footnotes, placed, notes) : null;
		for (vn.ubnd.baocao.importing.Block block : section.blocks()) {
			String text = placeFootnotes(block.text(), footnotes, placed, notes);
			texts.add(new Text(text, marker(block), block.level(), false));
		}
		texts.addAll(notes);
		List<Section> children = section.children().stream().map((child) -> section(child, footnotes, placed)).toList();
		Style style = switch (section.kind()) {
			case PART -> Style.PART;
			case LETTER -> Style.LETTER;
			case ROMAN -> Style.ROMAN;
			case ARABIC -> Style.ARABIC;
			case DECIMAL -> Style.DECIMAL;
			case POINT -> Style.POINT;
		};
		return new Section(section.label(), style, title, texts, children);
	}

	private static String marker(vn.ubnd.baocao.importing.Block block) {
		return (block.kind() == vn.ubnd.baocao.importing.Block.Kind.NUMBERED) ? block.marker() : null;
	}

	private static void addImported(List<Text> texts, String text, String marker, Map<String, String> footnotes,
			Map<String, Boolean> placed) {
		if (text == null || text.isBlank()) {
			return;
		}
		List<Text> notes = new ArrayList<>();
		texts.add(new Text(placeFootnotes(text, footnotes, placed, notes), marker, 0, false));
		texts.addAll(notes);
	}

	/** Drops the footnote placeholders from the text and adds the texts of the footnotes it references. */
	private static String placeFootnotes(String text, Map<String, String> footnotes, Map<String, Boolean> placed,
			List<Text> notes) {
		for (String id : Footnote.referencesIn(text)) {
			String note = footnotes.get(id);
			if (note != null && placed.putIfAbsent(id, Boolean.TRUE) == null) {
				notes.add(new Text(note, null, 0, true));
			}
		}
		return text.replaceAll("\\[\\^[^\\]\\s]+\\]", "");
	}

	private static void addText(List<Text> texts, String text) {
		if (text != null && !text.isBlank()) {
			texts.add(new Text(text, null, 0, false));
		}
	}

	private static String label(String number) {
		if (number == null) {
			return "";
		}
		String label = number.strip();
		while (label.endsWith(".") || label.endsWith(")")) {
			label = label.substring(0, label.length() - 1);
		}
		return label;
	}

	private static Style style(String style) {
		if (style == null) {
			return Style.ARABIC;
		}
		return switch (style) {
			case "PART" -> Style.PART;
			case "LETTER" -> Style.LETTER;
			case "ROMAN" -> Style.ROMAN;
			case "DECIMAL" -> Style.DECIMAL;
			case "POINT" -> Style.POINT;
			default -> Style.ARABIC;
		};
	}

	private static String cleanItem(String item) {
		return item.strip().replaceFirst("^[-–—•+]\\s*", "").replaceFirst("[\\s;,.]+$", "");
	}

	/**
	 * The header as written.
	 *
	 * @param numberLine the number and symbol line ({@code Số: 05/BC-UBND}), {@code null} if none
	 * @param dateLine the place and date line ({@code Hớn Quản, ngày 05 tháng 01 năm 2024}), {@code null} if none
	 * @param place the place of the date line
	 * @param texts the summary line, the addressees and the opening paragraphs
	 */
	public record Header(String numberLine, String dateLine, String place, List<Text> texts) {

		public Header {
			texts = List.copyOf(texts);
		}

	}

	/**
	 * A numbered section.
	 *
	 * @param label the number as written, without its final punctuation: {@code "Phần thứ nhất"}, {@code "A"},
	 * {@code "II"}, {@code "3"}, {@code "2.1.1"}, {@code "đ"}
	 * @param style how the number is written
	 * @param title the heading, {@code null} if none
	 * @param texts the paragraphs, bullets, numbered items and footnote texts of the section
	 * @param children the sections below
	 */
	public record Section(String label, Style style, String title, List<Text> texts, List<Section> children) {

		public Section {
			Objects.requireNonNull(label, "label");
			Objects.requireNonNull(style, "style");
			texts = List.copyOf(texts);
			children = List.copyOf(children);
		}

		private void collect(List<Section> all) {
			all.add(this);
			this.children.forEach((child) -> child.collect(all));
		}

	}

	/**
	 * A piece of text.
	 *
	 * @param text the text, without footnote references
	 * @param marker the list marker as written ({@code "5."}, {@code "c)"}) for an item of a numbered list,
	 * otherwise {@code null}
	 * @param level 1 for a {@code -} bullet, 2 for a {@code +} bullet, 0 otherwise
	 * @param footnote whether the text is a footnote's
	 */
	public record Text(String text, String marker, int level, boolean footnote) {

		public Text {
			Objects.requireNonNull(text, "text");
		}

	}

	/** How a section's number is written. */
	public enum Style {

		/** {@code Phần thứ nhất}, {@code Phần I}. */
		PART,
		/** {@code A}, {@code B}. */
		LETTER,
		/** {@code I}, {@code II}. */
		ROMAN,
		/** {@code 1}, {@code 2}. */
		ARABIC,
		/** {@code 1.1}, {@code 2.1.1}. */
		DECIMAL,
		/** {@code a}, {@code b} … {@code đ} in the Vietnamese order. */
		POINT

	}

}
