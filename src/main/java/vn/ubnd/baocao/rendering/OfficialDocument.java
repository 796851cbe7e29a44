package vn.ubnd.baocao.rendering;

import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import vn.ubnd.baocao.system.Texts;

/**
 * Everything the renderers need to lay out one official document (a Báo cáo and its kin) as Nghị định 30/2020
 * prescribes. Immutable; every text is stored in NFC.
 * <p>
 * Footnotes are numbered 1, 2, 3 … and called exactly once each, in that order, through the document: this is what
 * a reader expects, and what Word (which numbers footnotes itself) prints.
 *
 * @param parentBody the parent body line above the issuing body (e.g. {@code "UBND TỈNH X"}), {@code null} when there
 * is none, as for a UBND
 * @param issuingBody the lines of the issuing body, e.g. {@code ["ỦY BAN NHÂN DÂN", "HUYỆN PHÚ SƠN"]}
 * @param number the registration number, {@code null} until the document is issued ({@code Số:      /BC-UBND})
 * @param symbol the symbol after the number, e.g. {@code "BC-UBND"}
 * @param place the place name of the date line, e.g. {@code "Phú Sơn"}
 * @param date the issuing date, {@code null} until issued ({@code ngày     tháng     năm 2025})
 * @param year the year of the document; must be the year of {@code date} when that is set
 * @param documentType the type name, e.g. {@code "BÁO CÁO"}
 * @param summary the summary line (trích yếu)
 * @param addressees the addressees after {@code Kính gửi:}; may be empty
 * @param opening the paragraphs between {@code Kính gửi} and the first section
 * @param sections the sections of the body
 * @param closing the paragraphs after the last section (e.g. {@code "Trên đây là báo cáo …"})
 * @param footnotes the footnotes, numbered from 1 in calling order
 * @param recipients the {@code Nơi nhận} items without their dash and final punctuation: the first is usually
 * {@code "Như trên"}, the last {@code "Lưu: VT, VP"}
 * @param signature the signature block
 * @param draft whether the document is a draft, marked {@code DỰ THẢO}
 */
public record OfficialDocument(String parentBody, List<String> issuingBody, Integer number, String symbol,
		String place, LocalDate date, Year year, String documentType, String summary, List<String> addressees,
		List<Block.Paragraph> opening, List<Section> sections, List<Block.Paragraph> closing,
		List<Footnote> footnotes, List<String> recipients, SignatureBlock signature, boolean draft) {

	public OfficialDocument {
		parentBody = Texts.clean(parentBody);
		issuingBody = cleanLines(issuingBody, "issuing body");
		if (issuingBody.isEmpty()) {
			throw new IllegalArgumentException("The issuing body needs at least one line");
		}
		if (number != null && number < 1) {
			throw new IllegalArgumentException("A document number starts at 1: " + number);
		}
		symbol = required(symbol, "symbol");
		place = required(place, "place");
		Objects.requireNonNull(year, "year");
		if (date != null && date.getYear() != year.getValue()) {
			throw new IllegalArgumentException("The date " + date + " is not in the year " + year);
		}
		documentType = required(documentType, "document type");
		summary = required(summary, "summary");
		addressees = cleanLines(addressees, "addressees");
		opening = List.copyOf(opening);
		sections = List.copyOf(sections);
		closing = List.copyOf(closing);
		footnotes = List.copyOf(footnotes);
		recipients = cleanLines(recipients, "recipients");
		Objects.requireNonNull(signature, "signature");
		checkFootnotes(footnotes, footnoteCalls(opening, sections, closing));
	}

	/** A builder, convenient for a document with many parts. */
	public static Builder builder() {
		return new Builder();
	}

	static String required(String text, String what) {
		String clean = Texts.clean(text);
		if (clean == null) {
			throw new IllegalArgumentException("The " + what + " must not be blank");
		}
		return clean;
	}

	static List<String> cleanLines(List<String> lines, String what) {
		Objects.requireNonNull(lines, what);
		return lines.stream().map(line -> required(line, what + " line")).toList();
	}

	private static List<Integer> footnoteCalls(List<Block.Paragraph> opening, List<Section> sections,
			List<Block.Paragraph> closing) {
		List<Integer> calls = new ArrayList<>();
		opening.forEach(paragraph -> collect(paragraph, calls));
		sections.forEach(section -> collect(section, calls));
		closing.forEach(paragraph -> collect(paragraph, calls));
		return calls;
	}

	private static void collect(Section section, List<Integer> calls) {
		section.blocks().forEach(block -> collect(block, calls));
		section.children().forEach(child -> collect(child, calls));
	}

	private static void collect(Block block, List<Integer> calls) {
		List<Inline> content = List.of();
		if (block instanceof Block.Paragraph paragraph) {
			content = paragraph.content();
		}
		else if (block instanceof Block.Bullet bullet) {
			content = bullet.content();
		}
		content.stream()
			.filter(Inline.FootnoteRef.class::isInstance)
			.map(inline -> ((Inline.FootnoteRef) inline).number())
			.forEach(calls::add);
	}

	private static void checkFootnotes(List<Footnote> footnotes, List<Integer> calls) {
		for (int i = 0; i < footnotes.size(); i++) {
			if (footnotes.get(i).number() != i + 1) {
				throw new IllegalArgumentException("Footnotes must be numbered 1, 2, 3 … in order; footnote " + (i + 1)
						+ " is numbered " + footnotes.get(i).number());
			}
		}
		List<Integer> expected = footnotes.stream().map(Footnote::number).toList();
		if (!calls.equals(expected)) {
			throw new IllegalArgumentException(
					"Each footnote must be called exactly once, in order " + expected + "; the calls are " + calls);
		}
	}

	/** Collects the parts of an {@link OfficialDocument}; lists left unset are empty. */
	public static final class Builder {

		private String parentBody;

		private List<String> issuingBody = List.of();

		private Integer number;

		private String symbol;

		private String place;

		private LocalDate date;

		private Year year;

		private String documentType;

		private String summary;

		private List<String> addressees = List.of();

		private final List<Block.Paragraph> opening = new ArrayList<>();

		private final List<Section> sections = new ArrayList<>();

		private final List<Block.Paragraph> closing = new ArrayList<>();

		private final List<Footnote> footnotes = new ArrayList<>();

		private List<String> recipients = List.of();

		private SignatureBlock signature;

		private boolean draft;

		private Builder() {
		}

		public Builder parentBody(String parentBody) {
			this.parentBody = parentBody;
			return this;
		}

		public Builder issuingBody(String... lines) {
			this.issuingBody = List.of(lines);
			return this;
		}

		/** The number and symbol, e.g. {@code (7, "BC-UBND")}; the number may be {@code null}. */
		public Builder number(Integer number, String symbol) {
			this.number = number;
			this.symbol = symbol;
			return this;
		}

		/** The place and the date; the year is taken from the date. */
		public Builder placeAndDate(String place, LocalDate date) {
			this.place = place;
			this.date = date;
			this.year = Year.of(date.getYear());
			return this;
		}

		/** The place and the year of a document not dated yet. */
		public Builder placeUndated(String place, Year year) {
			this.place = place;
			this.date = null;
			this.year = year;
			return this;
		}

		public Builder documentType(String documentType) {
			this.documentType = documentType;
			return this;
		}

		public Builder summary(String summary) {
			this.summary = summary;
			return this;
		}

		public Builder addressees(String... addressees) {
			this.addressees = List.of(addressees);
			return this;
		}

		public Builder opening(Block.Paragraph... paragraphs) {
			this.opening.addAll(List.of(paragraphs));
			return this;
		}

		public Builder section(Section section) {
			this.sections.add(section);
			return this;
		}

		public Builder closing(Block.Paragraph... paragraphs) {
			this.closing.addAll(List.of(paragraphs));
			return this;
		}

		/** Adds the next footnote; they are numbered 1, 2, 3 … in the order they are added. */
		public Builder footnote(String text) {
			this.footnotes.add(new Footnote(this.footnotes.size() + 1, text));
			return this;
		}

		public Builder recipients(String... recipients) {
			this.recipients = List.of(recipients);
			return this;
		}

		public Builder signature(SignatureBlock signature) {
			this.signature = signature;
			return this;
		}

		public Builder draft(boolean draft) {
			this.draft = draft;
			return this;
		}

		public OfficialDocument build() {
			return new OfficialDocument(this.parentBody, this.issuingBody, this.number, this.symbol, this.place,
					this.date, this.year, this.documentType, this.summary, this.addressees, this.opening,
					this.sections, this.closing, this.footnotes, this.recipients, this.signature, this.draft);
		}

	}

}
