package vn.ubnd.baocao.checking;

import java.util.ArrayList;
import java.util.List;

import vn.ubnd.baocao.checking.CheckedDocument.Section;
import vn.ubnd.baocao.checking.CheckedDocument.Text;

/**
 * Checks a whole report, structured parts and prose alike; pure, with no state and no Spring. The rules and their
 * tolerances are those of the package-private rule classes:
 * <ul>
 * <li>totals and their parts, in a sentence or as a list below the total ({@code SumRule});</li>
 * <li>ratios in prose against the figures beside them ({@code RatioRule});</li>
 * <li>shares that should make 100% ({@code ShareRule});</li>
 * <li>amounts in figures against the same amounts in words ({@code AmountWordsRule});</li>
 * <li>the numbering of sections as written and of numbered lists inside sections ({@code NumberingRule});</li>
 * <li>the unit's place name ({@code NameRule});</li>
 * <li>the number and symbol, the date line, the signature block and the recipients ({@code FormRule}).</li>
 * </ul>
 * Findings come in reading order: header, sections depth first, closing. A finding's section is the section's full
 * path ({@code I.1}, {@code Phần thứ nhất, I.1}, {@code II.2.1.a}; see {@link CheckedDocument#path}), never its own
 * number alone, which repeats under every parent.
 */
public final class ConsistencyChecker {

	/** Checks the document. */
	public List<Finding> check(CheckedDocument document) {
		List<Finding> findings = new ArrayList<>();
		String level = (document.placeName() != null) ? NameRule.level(document.unitName(), document.placeName())
				: null;
		CheckedDocument.Header header = document.header();
		FormRule.checkNumber(header.numberLine(), findings);
		FormRule.checkDate(header.dateLine(), findings);
		NameRule.checkPlace(header.place(), document.placeName(), findings);
		prose(null, header.texts(), level, document.placeName(), findings);
		NumberingRule.checkLists(null, header.texts(), findings);
		NumberingRule.checkSections(null, null, document.sections(), findings);
		sections(document.sections(), null, null, level, document.placeName(), findings);
		prose(null, document.closing(), level, document.placeName(), findings);
		FormRule.checkSignature(document.signatureLines(), findings);
		FormRule.checkRecipients(document.recipients(), findings);
		return findings;
	}

	/** The sections depth first, each found by its full path ({@code Phần thứ nhất, I.1}). */
	private static void sections(List<Section> sections, Section parent, String parentPath, String level,
			String placeName, List<Finding> findings) {
		for (Section section : sections) {
			String path = CheckedDocument.path(parentPath, parent, section);
			List<Text> texts = new ArrayList<>();
			if (section.title() != null) {
				texts.add(new Text(section.title(), null, 0, false));
			}
			texts.addAll(section.texts());
			prose(path, texts, level, placeName, findings);
			NumberingRule.checkLists(path, section.texts(), findings);
			lists(section, path, findings);
			sections(section.children(), section, path, level, placeName, findings);
		}
	}

	private static void prose(String section, List<Text> texts, String level, String placeName,
			List<Finding> findings) {
		for (Text text : texts) {
			String body = text.text();
			SumRule.check(section, body, findings);
			RatioRule.check(section, body, findings);
			ShareRule.check(section, body, findings);
			AmountWordsRule.check(section, body, findings);
			if (level != null) {
				NameRule.check(section, body, level, placeName, findings);
			}
		}
	}

	/** Totals whose parts are the bullets or the sections below them. */
	private static void lists(Section section, String path, List<Finding> findings) {
		List<Text> texts = section.texts().stream().filter((text) -> !text.footnote()).toList();
		if (section.title() != null) {
			List<String> items = new ArrayList<>();
			for (Text text : texts) {
				if (text.level() == 0) {
					break;
				}
				if (text.level() == 1) {
					items.add(text.text());
				}
			}
			SumRule.checkList(path, section.title(), items.isEmpty() ? childItems(section) : items,
					findings);
		}
		for (int i = 0; i < texts.size(); i++) {
			Text head = texts.get(i);
			List<String> items = new ArrayList<>();
			int j = i + 1;
			for (; j < texts.size() && texts.get(j).level() > head.level(); j++) {
				if (texts.get(j).level() == head.level() + 1) {
					items.add(texts.get(j).text());
				}
			}
			if (items.isEmpty() && i == texts.size() - 1) {
				items = childItems(section);
			}
			SumRule.checkList(path, head.text(), items, findings);
		}
	}

	private static List<String> childItems(Section section) {
		List<String> items = new ArrayList<>();
		for (Section child : section.children()) {
			String first = child.texts().stream().filter((t) -> !t.footnote()).map(Text::text).findFirst().orElse("");
			boolean titled = child.title() != null && child.title().chars().anyMatch(Character::isDigit);
			items.add(titled ? child.title() : first);
		}
		return items;
	}

}
