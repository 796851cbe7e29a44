package vn.ubnd.baocao.dashboard.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.ubnd.baocao.dashboard.PeriodOverview;
import vn.ubnd.baocao.dashboard.PeriodOverview.Line;

/**
 * The period overview as a table to download: CSV (UTF-8 with a byte order mark, so that Excel reads the Vietnamese
 * right; RFC 4180 quoting) and XLSX (Apache POI). One row per unit: the unit, its level, its state, the deadline, the
 * day it was submitted, the days late, the number and the day it was issued. A cell that a spreadsheet would take
 * for a formula ({@code =}, {@code +}, {@code -}, {@code @} first) is written with a leading apostrophe in the CSV.
 */
final class OverviewExport {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private OverviewExport() {
	}

	/** The Vietnamese text of a message key. */
	interface Text {

		String get(String key, Object... args);

	}

	static List<String> header(Text text) {
		return List.of(text.get("overview.column.unit"), text.get("overview.column.level"),
				text.get("overview.column.state"), text.get("overview.column.deadline"),
				text.get("overview.column.submitted"), text.get("overview.column.late"),
				text.get("overview.column.number"), text.get("overview.column.issued"));
	}

	static List<List<String>> rows(PeriodOverview.Overview overview, Text text) {
		List<List<String>> rows = new ArrayList<>();
		for (Line line : overview.lines()) {
			rows.add(List.of("  ".repeat(line.depth()) + line.unit().getName(),
					text.get("unit.level." + line.unit().getLevel().name()), text.get(line.state().messageKey()),
					day(line.deadline()), day(line.submittedOn()), line.late() ? String.valueOf(line.daysLate()) : "",
					(line.number() != null) ? line.number() : "", day(line.issuedOn())));
		}
		return rows;
	}

	/** The title line: the kind, the period and the unit. */
	static String title(PeriodOverview.Overview overview, Text text) {
		String period = (overview.number() != null) ? overview.number() + "/" + overview.year()
				: String.valueOf(overview.year());
		return text.get("overview.export.title", overview.kind().getName(), period, overview.unit().getName());
	}

	static byte[] csv(PeriodOverview.Overview overview, Text text) {
		StringBuilder csv = new StringBuilder("\uFEFF");
		line(csv, List.of(title(overview, text)));
		line(csv, header(text));
		for (List<String> row : rows(overview, text)) {
			line(csv, row);
		}
		return csv.toString().getBytes(StandardCharsets.UTF_8);
	}

	private static void line(StringBuilder csv, List<String> cells) {
		for (int i = 0; i < cells.size(); i++) {
			if (i > 0) {
				csv.append(',');
			}
			csv.append(cell(cells.get(i)));
		}
		csv.append("\r\n");
	}

	/** A CSV cell: quoted when it holds a comma, quote or line break; a would-be formula made plain text. */
	static String cell(String value) {
		String text = value;
		if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
			text = "'" + text;
		}
		if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
			return "\"" + text.replace("\"", "\"\"") + "\"";
		}
		return text;
	}

	static byte[] xlsx(PeriodOverview.Overview overview, Text text) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet(text.get("overview.export.sheet"));
			Font bold = workbook.createFont();
			bold.setBold(true);
			CellStyle heading = workbook.createCellStyle();
			heading.setFont(bold);
			Row title = sheet.createRow(0);
			Cell titleCell = title.createCell(0);
			titleCell.setCellValue(title(overview, text));
			titleCell.setCellStyle(heading);
			Row header = sheet.createRow(2);
			List<String> names = header(text);
			for (int i = 0; i < names.size(); i++) {
				Cell cell = header.createCell(i);
				cell.setCellValue(names.get(i));
				cell.setCellStyle(heading);
			}
			int r = 3;
			for (Line line : overview.lines()) {
				Row row = sheet.createRow(r++);
				row.createCell(0).setCellValue("  ".repeat(line.depth()) + line.unit().getName());
				row.createCell(1).setCellValue(text.get("unit.level." + line.unit().getLevel().name()));
				row.createCell(2).setCellValue(text.get(line.state().messageKey()));
				row.createCell(3).setCellValue(day(line.deadline()));
				row.createCell(4).setCellValue(day(line.submittedOn()));
				if (line.late()) {
					row.createCell(5).setCellValue(line.daysLate());
				}
				row.createCell(6).setCellValue((line.number() != null) ? line.number() : "");
				row.createCell(7).setCellValue(day(line.issuedOn()));
			}
			sheet.createFreezePane(0, 3);
			int[] widths = { 40, 12, 28, 12, 12, 10, 16, 14 };
			for (int i = 0; i < widths.length; i++) {
				sheet.setColumnWidth(i, widths[i] * 256);
			}
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String day(LocalDate day) {
		return (day != null) ? DAY.format(day) : "";
	}

}
