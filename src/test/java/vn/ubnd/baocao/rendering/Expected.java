package vn.ubnd.baocao.rendering;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The texts a rendered document must show, in reading order, taken straight from the model: the header as the
 * fixture sets it, every heading, paragraph, bullet and table cell, the recipients and the signature. Footnote texts
 * are left out (they stand at the foot of their page) and so are footnote calls.
 */
final class Expected {

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

	private Expected() {
	}

	static List<String> texts(OfficialDocument document) {
		List<String> texts = new ArrayList<>(document.issuingBody());
		texts.add(document.documentType());
		texts.add(document.summary());
		texts.addAll(document.addressees());
		document.opening().forEach(paragraph -> texts.add(text(paragraph.content())));
		document.sections().forEach(section -> section(section, texts));
		document.closing().forEach(paragraph -> texts.add(text(paragraph.content())));
		texts.addAll(document.recipients());
		texts.addAll(document.signature().authority());
		texts.add(document.signature().title());
		texts.add(document.signature().signerName());
		return texts;
	}

	private static void section(Section section, List<String> texts) {
		String title = section.level() == HeadingLevel.PART || section.level() == HeadingLevel.SECTION
				? section.title().toUpperCase(VIETNAMESE) : section.title();
		texts.add(section.number() == null ? title : section.number() + " " + title);
		for (Block block : section.blocks()) {
			if (block instanceof Block.Paragraph paragraph) {
				texts.add(text(paragraph.content()));
			}
			else if (block instanceof Block.Bullet bullet) {
				texts.add(bullet.marker().symbol() + " " + text(bullet.content()));
			}
			else if (block instanceof Block.Table table) {
				texts.addAll(table.header());
				table.rows().forEach(texts::addAll);
			}
		}
		section.children().forEach(child -> section(child, texts));
	}

	static String text(List<Inline> content) {
		StringBuilder text = new StringBuilder();
		for (Inline inline : content) {
			if (inline instanceof Inline.Text run) {
				text.append(run.text());
			}
		}
		return text.toString();
	}

}
