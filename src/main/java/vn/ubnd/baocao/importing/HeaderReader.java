package vn.ubnd.baocao.importing;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the header at the top of the text, in whatever order the converter left its parts:
 * <ul>
 * <li>a signing tool's stamp, {@code Người ký: …} and its continuation lines ({@code Cơ quan:},
 * {@code Thời gian ký:} lines are part of it);</li>
 * <li>the issuing body: upper-case lines before the document type that start with the name of a body or an
 * administrative unit ({@code ỦY BAN NHÂN DÂN}, {@code HUYỆN …}, {@code SỞ …}); the lines above the last one that
 * starts with a body's name ({@code ỦY BAN}, {@code SỞ}, {@code PHÒNG} …) are the parent body;</li>
 * <li>the national title and motto, which are dropped; a line holding two columns (body and national title,
 * {@code Số:} and the date) is split;</li>
 * <li>{@code Số: 1263/BC-UBND}; the place and date {@code X, ngày 18 tháng 6 năm 2024} (or {@code 18/6/2024});</li>
 * <li>the document type, an upper-case line such as {@code BÁO CÁO} or {@code ĐỀ ÁN}, and the summary: the lines
 * directly under it, or else the next paragraph if it reads as one (not a legal-basis sentence, not a heading, not
 * ending with a colon, at most 300 characters);</li>
 * <li>{@code (Kèm theo Quyết định số …)}, and {@code Kính gửi:} with its addressee or its {@code - X;} lines.</li>
 * </ul>
 * The header ends at the first line that is none of these, except that lines before the document type that are not
 * understood are skipped with a warning when a document type follows among the first lines.
 */
final class HeaderReader {

	private static final int HEADER_SCAN = 40;

	private static final Pattern STAMP = Pattern.compile("^Người\\s+ký\\s*:\\s*(.*)$");

	private static final Pattern STAMP_FIELD = Pattern
		.compile("^(?iu)(cơ quan|thời gian ký|ngày ký|email|chức vụ|tổ chức)\\s*:");

	private static final Pattern NATIONAL_TITLE = Pattern
		.compile("CỘNG\\s+H(?:ÒA|OÀ)\\s+XÃ\\s+HỘI\\s+CHỦ\\s+NGHĨA\\s+VIỆT\\s+NAM");

	private static final Pattern MOTTO = Pattern.compile("Độc\\s+lập\\s*[-–—]\\s*Tự\\s+do\\s*[-–—]\\s*Hạnh\\s+phúc");

	private static final Pattern NUMBER = Pattern
		.compile("^(?:Số|SỐ)\\s*:\\s*(\\d*)\\s*/\\s*([\\p{L}\\p{N}][\\p{L}\\p{N}.\\-–]*)\\s*(.*)$");

	private static final Pattern PLACE_DATE = Pattern
		.compile("^(\\p{Lu}[\\p{L}\\p{M} .'’\\-]{0,60}?)\\s*,\\s*(?:ngày|Ngày)\\b(.{0,40})$");

	private static final Pattern DATE_WORDS = Pattern
		.compile("^\\s*(\\d{1,2})\\s+tháng\\s+(\\d{1,2})\\s+năm\\s+(\\d{4})\\s*\\.?$");

	private static final Pattern DATE_SLASHES = Pattern
		.compile("^\\s*(\\d{1,2})\\s*/\\s*(\\d{1,2})\\s*/\\s*(\\d{4})\\s*\\.?$");

	private static final Pattern ADDRESSEE = Pattern.compile("^(?iu)kính\\s+gửi\\s*:?\\s*(.*)$");

	private static final Pattern ATTACHED = Pattern.compile("^\\(?\\s*((?iu:kèm theo)\\s.*?)\\s*\\)?\\s*\\.?$");

	private static final Pattern DASH_ITEM = Pattern.compile("^[-–—•+]\\s*(\\S.*)$");

	private static final Pattern PREAMBLE_START = Pattern
		.compile("^(?iu)(căn cứ|thực hiện|theo|qua|triển khai|kính)\\b");

	private static final List<String> TYPES = List.of("BÁO CÁO", "ĐỀ ÁN", "KẾ HOẠCH", "TỜ TRÌNH", "CHƯƠNG TRÌNH",
			"QUYẾT ĐỊNH", "NGHỊ QUYẾT", "THÔNG BÁO", "PHƯƠNG ÁN", "DỰ ÁN", "HƯỚNG DẪN", "QUY CHẾ", "QUY ĐỊNH",
			"CHỈ THỊ", "BIÊN BẢN", "CÔNG VĂN");

	private static final List<String> BODY_NAMES = List.of("ỦY BAN", "UỶ BAN", "UBND", "HỘI ĐỒNG", "HĐND", "SỞ",
			"PHÒNG", "BAN", "VĂN PHÒNG", "CHI CỤC", "CỤC", "TRUNG TÂM", "BỘ", "TỔNG CỤC", "THANH TRA", "ĐẢNG ỦY",
			"ĐẢNG UỶ");

	private static final List<String> UNIT_NAMES = List.of("TỈNH", "THÀNH PHỐ", "HUYỆN", "QUẬN", "THỊ XÃ", "XÃ",
			"PHƯỜNG", "THỊ TRẤN");

	private final List<SourceLine> lines;

	private final List<ImportWarning> warnings;

	private final List<String> bodyLines = new ArrayList<>();

	private final List<String> addressees = new ArrayList<>();

	private final List<String> summary = new ArrayList<>();

	private String number;

	private String symbol;

	private String place;

	private LocalDate date;

	private String documentType;

	private String attachedTo;

	private String digitalSignature;

	private HeaderReader(List<SourceLine> lines, List<ImportWarning> warnings) {
		this.lines = lines;
		this.warnings = warnings;
	}

	/**
	 * Splits lines near the top that hold two header columns: the issuing body or {@code Số:} on the left, the
	 * national title or motto on the right.
	 */
	static List<SourceLine> splitColumns(List<SourceLine> lines) {
		List<SourceLine> result = new ArrayList<>(lines.size() + 4);
		int texts = 0;
		for (SourceLine line : lines) {
			if (!line.isText() || texts++ > HEADER_SCAN) {
				result.add(line);
				continue;
			}
			String rest = line.text();
			for (Pattern right : List.of(NATIONAL_TITLE, MOTTO)) {
				Matcher matcher = right.matcher(rest);
				if (matcher.find() && matcher.start() > 0) {
					result.add(new SourceLine(line.number(), SourceLine.Type.TEXT, rest.substring(0, matcher.start())
						.strip(), null));
					rest = rest.substring(matcher.start());
				}
			}
			result.add((rest == line.text()) ? line : new SourceLine(line.number(), SourceLine.Type.TEXT, rest, null));
		}
		return result;
	}

	/** Reads the header; {@link Result#bodyStart()} is the index of the first line after it. */
	static Result read(List<SourceLine> lines, List<ImportWarning> warnings) {
		return new HeaderReader(lines, warnings).read();
	}

	/** Whether the line is a signing tool's stamp, {@code Người ký: …}. */
	static boolean isStamp(String text) {
		return STAMP.matcher(text).matches();
	}

	/** Whether the line is a stamp or one of its fields ({@code Cơ quan:}, {@code Thời gian ký:} …). */
	static boolean isStampLine(String text) {
		return isStamp(text) || STAMP_FIELD.matcher(text).find();
	}

	/** Reads a stamp starting at line {@code start}: the signer's name and the index after the stamp. */
	static Stamp readStamp(List<SourceLine> lines, int start) {
		Matcher matcher = STAMP.matcher(lines.get(start).text());
		matcher.matches();
		StringBuilder name = new StringBuilder(matcher.group(1).strip());
		int i = start + 1;
		boolean fields = false;
		while (i < lines.size() && lines.get(i).isText()) {
			String text = lines.get(i).text();
			if (STAMP_FIELD.matcher(text).find()) {
				fields = true;
			}
			else if (!fields && !NATIONAL_TITLE.matcher(text).find() && !isBodyLine(text)) {
				name.append(name.isEmpty() ? "" : " ").append(text);
			}
			else {
				break;
			}
			i++;
		}
		return new Stamp(name.toString(), i);
	}

	private Result read() {
		int typeAt = findType();
		boolean typeSeen = false;
		int i = 0;
		while (i < this.lines.size()) {
			SourceLine line = this.lines.get(i);
			if (!line.isText()) {
				i++;
				continue;
			}
			String text = line.text();
			Matcher matcher;
			if (isStamp(text)) {
				Stamp stamp = readStamp(this.lines, i);
				this.digitalSignature = stamp.name();
				i = stamp.next();
				continue;
			}
			if (NATIONAL_TITLE.matcher(text).lookingAt() || MOTTO.matcher(text).lookingAt()) {
				i++;
				continue;
			}
			if ((matcher = NUMBER.matcher(text)).matches()) {
				this.number = matcher.group(1).isEmpty() ? null : matcher.group(1);
				this.symbol = matcher.group(2);
				if (!matcher.group(3).isEmpty()) {
					readPlaceDate(matcher.group(3), line.number());
				}
				i++;
				continue;
			}
			if (readPlaceDate(text, line.number())) {
				i++;
				continue;
			}
			if (!typeSeen && isBodyLine(text)) {
				this.bodyLines.add(text);
				i++;
				continue;
			}
			String[] type = typeSeen ? null : documentType(text);
			if (type != null) {
				typeSeen = true;
				this.documentType = type[0];
				i = readSummary(i, type[1]);
				continue;
			}
			if (ADDRESSEE.matcher(text).matches()) {
				i = readAddressees(i);
				continue;
			}
			if ((matcher = ATTACHED.matcher(text)).matches()) {
				this.attachedTo = matcher.group(1);
				i++;
				continue;
			}
			if (!typeSeen && typeAt > i) {
				this.warnings.add(new ImportWarning(ImportWarning.Code.HEADER_LINE_IGNORED, line.number(), text));
				i++;
				continue;
			}
			break;
		}
		int split = 0;
		for (int b = 0; b < this.bodyLines.size(); b++) {
			if (startsWithAny(this.bodyLines.get(b), BODY_NAMES)) {
				split = b;
			}
		}
		Header header = new Header(this.bodyLines.subList(0, split),
				this.bodyLines.subList(split, this.bodyLines.size()), this.number, this.symbol, this.place, this.date,
				this.documentType, this.summary.isEmpty() ? null : String.join(" ", this.summary), this.addressees,
				this.attachedTo, this.digitalSignature);
		return new Result(header, i);
	}

	/** The index of the document type line among the first lines, -1 if there is none before the body. */
	private int findType() {
		int texts = 0;
		for (int i = 0; i < this.lines.size() && texts < HEADER_SCAN; i++) {
			SourceLine line = this.lines.get(i);
			if (!line.isText()) {
				continue;
			}
			texts++;
			if (documentType(line.text()) != null) {
				return i;
			}
			if (!Numbering.read(line.text()).isEmpty() || line.text().length() > 250) {
				return -1;
			}
		}
		return -1;
	}

	private int readSummary(int typeAt, String sameLine) {
		if (!sameLine.isEmpty()) {
			this.summary.add(sameLine);
		}
		int i = readSummaryLines(typeAt + 1, false);
		if (this.summary.isEmpty()) {
			int next = i;
			while (next < this.lines.size() && !this.lines.get(next).isText()) {
				next++;
			}
			if (next < this.lines.size() && isSummaryParagraph(next)) {
				i = readSummaryLines(next, true);
			}
		}
		return i;
	}

	private int readSummaryLines(int from, boolean paragraph) {
		int i = from;
		while (i < this.lines.size() && this.lines.get(i).isText()) {
			String text = this.lines.get(i).text();
			Matcher attached = ATTACHED.matcher(text);
			if (attached.matches()) {
				this.attachedTo = attached.group(1);
			}
			else if (!paragraph && (ADDRESSEE.matcher(text).matches() || NUMBER.matcher(text).matches()
					|| PLACE_DATE.matcher(text).matches() || !Numbering.read(text).isEmpty())) {
				break;
			}
			else {
				this.summary.add(text);
			}
			i++;
		}
		return i;
	}

	private boolean isSummaryParagraph(int from) {
		StringBuilder joined = new StringBuilder();
		for (int i = from; i < this.lines.size() && this.lines.get(i).isText(); i++) {
			String text = this.lines.get(i).text();
			if (ATTACHED.matcher(text).matches()) {
				continue;
			}
			if (i == from && (ADDRESSEE.matcher(text).matches() || NUMBER.matcher(text).matches()
					|| PLACE_DATE.matcher(text).matches() || !Numbering.read(text).isEmpty()
					|| PREAMBLE_START.matcher(text).find() || DASH_ITEM.matcher(text).matches())) {
				return false;
			}
			joined.append(joined.isEmpty() ? "" : " ").append(text);
		}
		return !joined.isEmpty() && joined.length() <= 300 && !joined.toString().endsWith(":");
	}

	private int readAddressees(int at) {
		Matcher matcher = ADDRESSEE.matcher(this.lines.get(at).text());
		matcher.matches();
		String inline = matcher.group(1).strip();
		if (!inline.isEmpty()) {
			this.addressees.add(Items.clean(inline));
		}
		int next = at + 1;
		if (!inline.isEmpty() && !inline.endsWith(";") && !inline.endsWith(",")) {
			return next;
		}
		int i = next;
		while (i < this.lines.size()) {
			SourceLine line = this.lines.get(i);
			if (!line.isText()) {
				i++;
				continue;
			}
			Matcher item = DASH_ITEM.matcher(line.text());
			if (!item.matches()) {
				break;
			}
			this.addressees.add(Items.clean(item.group(1)));
			next = ++i;
		}
		return next;
	}

	private boolean readPlaceDate(String text, int lineNumber) {
		Matcher matcher = PLACE_DATE.matcher(text);
		if (!matcher.matches() || !matcher.group(2).matches(".*(tháng|/).*")) {
			return false;
		}
		this.place = matcher.group(1).strip();
		Matcher words = DATE_WORDS.matcher(matcher.group(2));
		Matcher slashes = DATE_SLASHES.matcher(matcher.group(2));
		Matcher date = words.matches() ? words : slashes.matches() ? slashes : null;
		if (date != null) {
			try {
				this.date = LocalDate.of(Integer.parseInt(date.group(3)), Integer.parseInt(date.group(2)),
						Integer.parseInt(date.group(1)));
				return true;
			}
			catch (DateTimeException ex) {
				// reported below
			}
		}
		this.warnings.add(new ImportWarning(ImportWarning.Code.DATE_INCOMPLETE, lineNumber, text));
		return true;
	}

	private static String[] documentType(String text) {
		if (!Prose.isUpperCase(text)) {
			return null;
		}
		for (String type : TYPES) {
			if (text.equals(type)) {
				return new String[] { type, "" };
			}
			if (text.startsWith(type + " ")) {
				return new String[] { type, text.substring(type.length()).strip() };
			}
		}
		return null;
	}

	private static boolean isBodyLine(String text) {
		return text.length() <= 80 && Prose.isUpperCase(text) && documentType(text) == null
				&& (startsWithAny(text, BODY_NAMES) || startsWithAny(text, UNIT_NAMES));
	}

	private static boolean startsWithAny(String text, List<String> words) {
		for (String word : words) {
			if (text.equals(word) || text.startsWith(word + " ")) {
				return true;
			}
		}
		return false;
	}

	/** The header and the index of the first line of the body. */
	record Result(Header header, int bodyStart) {
	}

	/** A signing tool's stamp: the name after {@code Người ký:} and the index of the line after the stamp. */
	record Stamp(String name, int next) {
	}

}
