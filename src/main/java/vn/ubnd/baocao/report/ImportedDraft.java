package vn.ubnd.baocao.report;

import java.time.LocalDate;
import java.util.List;

/**
 * A report read from an existing document, to become a draft that the clerk reviews. Section content uses the
 * syntax of {@link SectionContent} (bullets {@code - }/{@code + }, footnotes {@code ^[…]}).
 */
public record ImportedDraft(String summary, List<String> addressees, String opening, String placeName,
		LocalDate documentDate, List<NumberingStyle> numbering, List<Section> sections, List<String> recipients,
		String signatureAuthority, String signatureTitle, String signerName) {

	/** A section: its title, content, role and children. */
	public record Section(String title, String body, SectionRole role, List<Section> children) {
	}

}
