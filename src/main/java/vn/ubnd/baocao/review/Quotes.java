package vn.ubnd.baocao.review;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

import vn.ubnd.baocao.report.ReportSection;
import vn.ubnd.baocao.report.SectionContent;
import vn.ubnd.baocao.system.Texts;

/**
 * Whether quoted words stand in a section: in NFC, with every run of white space (line breaks between paragraphs,
 * spaces, non-breaking spaces) taken as one space, in the section as read (its number, title and text without
 * bullet marks and footnotes, which is what a reviewer selects on the report page) or as written.
 */
final class Quotes {

	private static final Pattern SPACE = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);

	private Quotes() {
	}

	/** The text in NFC with white space collapsed and trimmed; {@code null} and blank give {@code null}. */
	static String collapse(String text) {
		String normalized = Texts.normalize(text);
		if (normalized == null) {
			return null;
		}
		String collapsed = SPACE.matcher(normalized).replaceAll(" ").strip();
		return collapsed.isEmpty() ? null : collapsed;
	}

	static boolean occursIn(String quote, String number, ReportSection section) {
		String wanted = collapse(quote);
		if (wanted == null) {
			return true;
		}
		StringBuilder read = new StringBuilder(number == null ? "" : number).append(' ').append(section.getTitle());
		for (SectionContent.Block block : SectionContent.parse(section.getBody(), new AtomicInteger())) {
			read.append('\n').append(block.plainText());
		}
		return contains(read.toString(), wanted) || contains(section.getBody(), wanted);
	}

	private static boolean contains(String text, String wanted) {
		String collapsed = collapse(text);
		return collapsed != null && collapsed.contains(wanted);
	}

}
