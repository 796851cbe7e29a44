package vn.ubnd.baocao.report.web;

import java.time.Year;
import java.util.ArrayList;
import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import vn.ubnd.baocao.rendering.Block;
import vn.ubnd.baocao.rendering.HeadingLevel;
import vn.ubnd.baocao.rendering.Inline;
import vn.ubnd.baocao.rendering.OfficialDocument;
import vn.ubnd.baocao.rendering.Section;
import vn.ubnd.baocao.rendering.SignatureBlock;
import vn.ubnd.baocao.report.NumberingStyle;
import vn.ubnd.baocao.report.ReportFigures;
import vn.ubnd.baocao.report.ReportStatus;
import vn.ubnd.baocao.report.ReportView;
import vn.ubnd.baocao.report.SectionContent;

/**
 * A report as the renderer's document model: the same text, numbers and footnotes as the report, laid out in the
 * official format. Drafts are marked as such; the number and date stay blank until the report is issued.
 */
@Component
public class OfficialDocumentMapper {

	private final MessageSource messages;

	OfficialDocumentMapper(MessageSource messages) {
		this.messages = messages;
	}

	OfficialDocument toDocument(ReportView view) {
		return toDocument(view, ReportFigures.NONE);
	}

	/**
	 * The document with the report's figures: a paragraph {@value ReportFigures#TABLE_MARKER} becomes the figures
	 * table, {@code {{chỉ tiêu CODE}}} in the text becomes the indicator's figure (left as written for an unknown
	 * code, so that it shows in the draft).
	 */
	public OfficialDocument toDocument(ReportView view, ReportFigures figures) {
		OfficialDocument.Builder builder = OfficialDocument.builder()
			.issuingBody(view.unit().printedName().toArray(String[]::new))
			.number(view.header().number() == null ? null : Integer.valueOf(view.header().number().split("/")[0]),
					view.header().symbol())
			.documentType(view.header().documentType())
			.summary(view.header().summary())
			.addressees(view.header().addressees().stream().map(OfficialDocumentMapper::bare).toArray(String[]::new))
			.recipients(view.recipients().stream().map(OfficialDocumentMapper::bare).toArray(String[]::new))
			.draft(!ReportStatus.ISSUED.name().equals(view.status()));
		if (view.header().issueDate() != null) {
			builder.placeAndDate(view.header().placeName(), view.header().issueDate());
		}
		else {
			builder.placeUndated(view.header().placeName(), Year.of(view.period().year()));
		}
		for (SectionContent.Block block : view.header().openingBlocks()) {
			builder.opening(paragraph(block, figures));
		}
		for (ReportView.Section section : view.sections()) {
			builder.section(section(section, figures));
		}
		for (ReportView.Footnote footnote : view.footnotes()) {
			builder.footnote(footnote.text());
		}
		List<String> lines = view.signature().lines();
		String signer = view.signature().signerName() != null ? view.signature().signerName()
				: this.messages.getMessage("report.signer.unknown", null, LocaleContextHolder.getLocale());
		builder.signature(new SignatureBlock(lines.subList(0, lines.size() - 1), lines.get(lines.size() - 1), signer));
		return builder.build();
	}

	private static Section section(ReportView.Section section, ReportFigures figures) {
		List<Block> blocks = new ArrayList<>();
		for (SectionContent.Block block : section.blocks()) {
			if (block.type() == SectionContent.BlockType.BULLET) {
				blocks.add(new Block.Bullet(block.level() >= 2 ? Block.Bullet.Marker.PLUS : Block.Bullet.Marker.DASH,
						inlines(block, figures)));
			}
			else if (isTableMarker(block) && !figures.header().isEmpty()) {
				blocks.add(new Block.Table(figures.header(), figures.rows(), figures.groups()
					.stream()
					.map((group) -> new Block.Table.Group(group.title(), group.span()))
					.toList()));
			}
			else {
				blocks.add(paragraph(block, figures));
			}
		}
		String number = section.number().isEmpty() ? null : section.number();
		if (section.title().isBlank() && number != null && !blocks.isEmpty()
				&& blocks.get(0) instanceof Block.Paragraph first) {
			// an untitled numbered item is printed run-in: "6. Tiếp tục triển khai …"
			List<Inline> runIn = new ArrayList<>();
			runIn.add(new Inline.Text(number + " ", true, false));
			runIn.addAll(first.content());
			blocks.set(0, new Block.Paragraph(runIn));
			number = null;
		}
		return new Section(number, section.title(),
				level(NumberingStyle.valueOf(section.style())), blocks,
				section.children().stream().map((child) -> section(child, figures)).toList());
	}

	private static boolean isTableMarker(SectionContent.Block block) {
		return block.segments().size() == 1 && !block.segments().get(0).isFootnote()
				&& block.segments().get(0).text().strip().equalsIgnoreCase(ReportFigures.TABLE_MARKER);
	}

	private static Block.Paragraph paragraph(SectionContent.Block block, ReportFigures figures) {
		return new Block.Paragraph(inlines(block, figures));
	}

	private static List<Inline> inlines(SectionContent.Block block, ReportFigures figures) {
		List<Inline> inlines = new ArrayList<>();
		for (SectionContent.Segment segment : block.segments()) {
			if (segment.isFootnote()) {
				inlines.add(new Inline.FootnoteRef(segment.footnote()));
			}
			else if (!segment.text().isEmpty()) {
				inlines.add(new Inline.Text(expand(segment.text(), figures), false, false));
			}
		}
		if (inlines.isEmpty()) {
			inlines.add(new Inline.Text("-", false, false));
		}
		return inlines;
	}

	private static HeadingLevel level(NumberingStyle style) {
		return switch (style) {
			case PART -> HeadingLevel.PART;
			case LETTER, ROMAN -> HeadingLevel.SECTION;
			case ARABIC -> HeadingLevel.CLAUSE;
			case DECIMAL -> HeadingLevel.SUBCLAUSE;
			case POINT -> HeadingLevel.POINT;
		};
	}

	/** The text with its indicator figures and sentences ({@link ReportFigures#expand}). */
	static String expand(String text, ReportFigures figures) {
		return figures.expand(text, true);
	}

	/** An addressee or recipient without the dash and the final punctuation the layout adds. */
	static String bare(String line) {
		String text = line.strip();
		if (text.startsWith("- ")) {
			text = text.substring(2);
		}
		while (text.endsWith(";") || text.endsWith(".")) {
			text = text.substring(0, text.length() - 1).strip();
		}
		return text;
	}

}
