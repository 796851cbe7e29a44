package vn.ubnd.baocao.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds and reads the foot of the report: the {@code Nơi nhận} list and the signature block, which converters emit
 * one after the other in either order.
 * <p>
 * The foot starts at the first line, after the header, that is {@code Nơi nhận:} or an upper-case authority line
 * ({@code TM.}, {@code KT.}, {@code TL.}, {@code TUQ.}, {@code Q.}). Without either, a signature at the very end is
 * recognised: a name preceded by upper-case lines that hold a title ({@code CHỦ TỊCH}, {@code GIÁM ĐỐC} …), possibly
 * followed by a signing tool's stamp or a {@code (Đã ký)} note.
 * <p>
 * In the foot, dash lines (and, after {@code Nơi nhận:}, lines ending with {@code ;}) are recipients; upper-case lines
 * are the signature's authority lines, the last of them its title; the first line after them that reads as a name
 * (two to seven capitalised words) is the signer. When no such line follows, a last upper-case line without a title
 * word is taken for a name written in capitals. {@code (Đã ký)} notes are skipped and a {@code Người ký:} stamp is
 * read as such; anything else is reported.
 */
final class ClosingReader {

	private static final Pattern RECIPIENTS = Pattern.compile("^(?iu)nơi\\s+nhận\\s*:?\\s*(.*)$");

	private static final Pattern AUTHORITY = Pattern.compile("^(TM|KT|TL|TUQ|Q)\\.\\s*\\p{Lu}.*$");

	private static final Pattern DASH_ITEM = Pattern.compile("^[-–—•+]\\s*(\\S.*)$");

	private static final Pattern SIGNED_NOTE = Pattern.compile("^[(\\[].{0,40}(?iu:ký).{0,40}[)\\]]$");

	private static final Pattern NAME = Pattern.compile("^\\p{Lu}[\\p{L}\\p{M}]*(?:[ -]\\p{Lu}[\\p{L}\\p{M}]*){1,6}$");

	private static final List<String> TITLE_WORDS = List.of("CHỦ TỊCH", "GIÁM ĐỐC", "TRƯỞNG", "PHÓ", "ỦY VIÊN",
			"UỶ VIÊN", "BÍ THƯ", "CHÁNH", "TỔNG", "KẾ TOÁN", "THƯ KÝ", "ỦY BAN", "UỶ BAN", "HỘI ĐỒNG");

	private ClosingReader() {
	}

	/** The index of the first line of the foot, or {@code lines.size()} when there is none. */
	static int findStart(List<SourceLine> lines, int from) {
		for (int i = from; i < lines.size(); i++) {
			SourceLine line = lines.get(i);
			if (line.isText() && (RECIPIENTS.matcher(line.text()).matches() || isAuthority(line.text()))) {
				return i;
			}
		}
		int last = previousText(lines, lines.size() - 1, from);
		while (last >= 0 && (HeaderReader.isStampLine(lines.get(last).text())
				|| SIGNED_NOTE.matcher(lines.get(last).text()).matches())) {
			last = previousText(lines, last - 1, from);
		}
		if (last < 0 || !NAME.matcher(lines.get(last).text()).matches()) {
			return lines.size();
		}
		int start = -1;
		for (int i = previousText(lines, last - 1, from); i >= 0 && isTitle(lines.get(i).text()); i = previousText(
				lines, i - 1, from)) {
			start = i;
		}
		return (start >= 0) ? start : lines.size();
	}

	/** Reads the recipients and the signature from the foot, lines {@code [start, end)}. */
	static Result read(List<SourceLine> lines, int start, List<ImportWarning> warnings) {
		List<String> recipients = new ArrayList<>();
		List<String> signatureLines = new ArrayList<>();
		String name = null;
		String stamp = null;
		boolean listing = false;
		int i = start;
		while (i < lines.size()) {
			SourceLine line = lines.get(i);
			if (!line.isText()) {
				i++;
				continue;
			}
			String text = line.text();
			Matcher matcher;
			if ((matcher = RECIPIENTS.matcher(text)).matches()) {
				listing = true;
				if (!matcher.group(1).isEmpty()) {
					recipients.add(Items.clean(matcher.group(1)));
				}
			}
			else if (HeaderReader.isStamp(text)) {
				HeaderReader.Stamp read = HeaderReader.readStamp(lines, i);
				stamp = read.name();
				i = read.next();
				continue;
			}
			else if ((matcher = DASH_ITEM.matcher(text)).matches()
					|| (listing && name == null && signatureLines.isEmpty() && text.endsWith(";"))) {
				recipients.add(Items.clean(text));
			}
			else if (SIGNED_NOTE.matcher(text).matches()) {
				// "(Đã ký)", "(Ký, đóng dấu)"
			}
			else if (name == null && Prose.isUpperCase(text) && text.length() <= 80) {
				signatureLines.add(text);
			}
			else if (name == null && !signatureLines.isEmpty() && NAME.matcher(text).matches()) {
				name = text;
			}
			else {
				warnings.add(new ImportWarning(ImportWarning.Code.CLOSING_LINE_IGNORED, line.number(), text));
			}
			i++;
		}
		if (name == null && signatureLines.size() > 1) {
			String last = signatureLines.get(signatureLines.size() - 1);
			if (!isTitle(last) && NAME.matcher(last).matches()) {
				name = signatureLines.remove(signatureLines.size() - 1);
			}
		}
		Signature signature = null;
		if (!signatureLines.isEmpty() || name != null) {
			String title = signatureLines.isEmpty() ? null : signatureLines.remove(signatureLines.size() - 1);
			signature = new Signature(signatureLines, title, name);
		}
		return new Result(recipients, signature, stamp);
	}

	private static boolean isAuthority(String text) {
		return AUTHORITY.matcher(text).matches() && Prose.isUpperCase(text) && text.length() <= 80;
	}

	private static boolean isTitle(String text) {
		if (!Prose.isUpperCase(text) || text.length() > 80) {
			return false;
		}
		if (isAuthority(text)) {
			return true;
		}
		for (String word : TITLE_WORDS) {
			if (text.contains(word)) {
				return true;
			}
		}
		return false;
	}

	private static int previousText(List<SourceLine> lines, int from, int floor) {
		for (int i = from; i >= floor; i--) {
			if (lines.get(i).isText()) {
				return i;
			}
		}
		return -1;
	}

	/**
	 * What the foot holds.
	 *
	 * @param recipients the cleaned recipients
	 * @param signature the signature block, {@code null} if there is none
	 * @param stamp the name of a {@code Người ký:} stamp found there, {@code null} if none
	 */
	record Result(List<String> recipients, Signature signature, String stamp) {
	}

}
