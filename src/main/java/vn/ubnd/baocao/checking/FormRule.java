package vn.ubnd.baocao.checking;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The form of the header and the closing (official format §3, §5, §6):
 * <ul>
 * <li>the number and symbol are written {@code Số: 05/BC-UBND}: one space after the colon, no space around the
 * slash or in the symbol, a leading zero below 10 and none above; a blank number (a draft) is not checked;</li>
 * <li>the date line is {@code X, ngày 05 tháng 01 năm 2024}: days below 10 and the months 1 and 2 take a leading
 * zero, the months from 3 on take none;</li>
 * <li>a deputy signs {@code KT. CHỦ TỊCH} / {@code PHÓ CHỦ TỊCH}: a signature whose title starts with {@code PHÓ}
 * and has no line starting with {@code KT.} is an error;</li>
 * <li>the last recipient is {@code Lưu: VT, …}: a list whose last item does not start with {@code Lưu} is an error,
 * a {@code Lưu} item without its colon or without {@code VT} first, or with its codes joined by a dash, a
 * warning.</li>
 * </ul>
 */
final class FormRule {

	private static final Pattern NUMBER_LINE = Pattern.compile("^(?:Số|SỐ)\\s*:\\s*(\\d*)\\s*/\\s*(.*?)\\s*$");

	private static final Pattern DATE = Pattern
		.compile("(?iu)ngày\\s+(\\d{1,2})\\s+tháng\\s+(\\d{1,2})\\s+năm\\s+(\\d{4})");

	private static final Pattern FILED = Pattern.compile("^(?iu)lưu(?![\\p{L}])\\s*:?\\s*(.*)$");

	private FormRule() {
	}

	static void checkNumber(String line, List<Finding> findings) {
		if (line == null) {
			return;
		}
		Matcher matcher = NUMBER_LINE.matcher(line.strip());
		if (!matcher.matches() || matcher.group(1).isEmpty()) {
			return;
		}
		int number = Integer.parseInt(matcher.group(1));
		String symbol = matcher.group(2).replaceAll("\\s+", "");
		String expected = "Số: " + ((number < 10) ? String.format("%02d", number) : String.valueOf(number)) + "/"
				+ symbol;
		String written = line.strip();
		if (!written.replace("SỐ", "Số").equals(expected)) {
			findings.add(Finding.of(Finding.Severity.ERROR, Finding.Code.NUMBER_FORMAT, null, written, expected,
					written, expected));
		}
	}

	static void checkDate(String line, List<Finding> findings) {
		if (line == null) {
			return;
		}
		Matcher matcher = DATE.matcher(line);
		if (!matcher.find()) {
			return;
		}
		int day = Integer.parseInt(matcher.group(1));
		int month = Integer.parseInt(matcher.group(2));
		if (day < 1 || day > 31 || month < 1 || month > 12) {
			return;
		}
		String expected = "ngày " + String.format("%02d", day) + " tháng "
				+ ((month < 3) ? String.format("%02d", month) : String.valueOf(month)) + " năm " + matcher.group(3);
		String written = matcher.group().replaceAll("\\s+", " ");
		if (!written.equals(expected)) {
			findings.add(Finding.of(Finding.Severity.ERROR, Finding.Code.DATE_FORMAT, null, line.strip(), expected,
					matcher.group(), expected));
		}
	}

	static void checkSignature(List<String> lines, List<Finding> findings) {
		List<String> upper = lines.stream().map((line) -> line.strip().toUpperCase(Locale.ROOT)).toList();
		boolean deputy = upper.stream().anyMatch((line) -> line.startsWith("PHÓ "));
		boolean kt = upper.stream().anyMatch((line) -> line.startsWith("KT."));
		if (deputy && !kt) {
			String head = upper.stream()
				.filter((line) -> !line.startsWith("PHÓ ") && !line.startsWith("TM.") && !line.startsWith("TL.")
						&& !line.startsWith("Q.") && !line.startsWith("TUQ."))
				.findFirst()
				.orElse(null);
			String deputyTitle = upper.stream().filter((line) -> line.startsWith("PHÓ ")).findFirst().orElseThrow();
			String expected = "KT. " + ((head != null) ? head : deputyTitle.substring(4).strip());
			findings.add(Finding.of(Finding.Severity.ERROR, Finding.Code.SIGNATURE_DEPUTY, null,
					String.join(" / ", lines), expected, deputyTitle, expected));
		}
	}

	static void checkRecipients(List<String> recipients, List<Finding> findings) {
		if (recipients.isEmpty()) {
			return;
		}
		String last = recipients.get(recipients.size() - 1).strip();
		Matcher filed = FILED.matcher(last);
		if (!filed.matches()) {
			findings.add(Finding.of(Finding.Severity.ERROR, Finding.Code.RECIPIENTS_LAST, null, last, "Lưu: VT",
					last, "Lưu: VT"));
			return;
		}
		List<String> codes = new ArrayList<>(Arrays.stream(filed.group(1).split("[\\s,;\\-–]+"))
			.filter((code) -> !code.isEmpty())
			.toList());
		if (codes.isEmpty() || !codes.get(0).equals("VT")) {
			codes.remove("VT");
			codes.add(0, "VT");
		}
		String expected = "Lưu: " + String.join(", ", codes);
		if (!last.replaceAll("\\s+", " ").equals(expected)) {
			findings.add(new Finding(Finding.Severity.WARNING, Finding.Code.RECIPIENTS_LAST, null, last,
					"checking.finding.RECIPIENTS_LAST.form", List.of(last, expected), null, expected));
		}
	}

}
