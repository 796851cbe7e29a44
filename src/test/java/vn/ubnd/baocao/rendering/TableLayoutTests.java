package vn.ubnd.baocao.rendering;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.ubnd.baocao.rendering.internal.PrintView;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

/**
 * How a table is laid out on an upright A4 page, the same in the print view, the PDF and the DOCX: its columns'
 * shares of the text width and the size of its text, which shrinks only as far as the table needs; and the two header
 * rows of a table whose columns are grouped.
 */
class TableLayoutTests {

	@Test
	void aNarrowTableKeepsTheSizeOfTheStylesAndTheNameColumnTakesTheRest() {
		PrintView.Table table = table(List.of("Chỉ tiêu", "Đơn vị tính", "Thực hiện"),
				List.of(List.of("Thu ngân sách nhà nước trên địa bàn", "triệu đồng", "270.000")), List.of());
		assertThat(table.fontSize()).isEqualTo(12);
		assertThat(Arrays.stream(table.shares()).sum()).isCloseTo(1, within(1e-9));
		assertThat(table.shares()[0]).isGreaterThan(0.6);
		assertThat(table.widths()).hasSize(3).allSatisfy((w) -> assertThat(w).matches("\\d+\\.\\d\\d"));
	}

	@Test
	void theWiderTheTableTheSmallerItsTextDownToNinePoints() {
		int previous = 13;
		for (int bases = 0; bases <= 4; bases++) {
			List<String> header = new ArrayList<>(List.of("Chỉ tiêu", "Đơn vị tính", "Thực hiện"));
			List<String> row = new ArrayList<>(List.of("Thu ngân sách nhà nước trên địa bàn", "triệu đồng", "270.000"));
			for (int b = 0; b < bases; b++) {
				header.addAll(List.of("Chỉ tiêu", "Tỷ lệ đạt"));
				row.addAll(List.of("335.000", "100,37%"));
			}
			PrintView.Table table = table(header, List.of(row), List.of());
			assertThat(table.fontSize()).isBetween(9, previous);
			previous = table.fontSize();
			// every figure has room on one line: at least half an em a character and the padding
			for (int c = 2; c < header.size(); c++) {
				assertThat(table.shares()[c] * (210 - 45) * 72 / 25.4)
					.isGreaterThanOrEqualTo(row.get(c).length() * 0.5 * table.fontSize() + 8);
			}
		}
		assertThat(previous).isEqualTo(9);
	}

	@Test
	void groupedColumnsHaveTheirHeadingAboveAndTheOthersSpanBothRows() {
		PrintView.Table table = table(List.of("Chỉ tiêu", "Thực hiện", "Chỉ tiêu", "Tỷ lệ đạt"),
				List.of(List.of("Thu", "270", "335", "80,60%")), List.of(new Block.Table.Group(null, 1),
						new Block.Table.Group(null, 1), new Block.Table.Group("Nghị quyết HĐND giao", 2)));
		assertThat(table.grouped()).isTrue();
		assertThat(table.firstRow()).containsExactly(new PrintView.HeaderCell("Chỉ tiêu", 0, 1, 2),
				new PrintView.HeaderCell("Thực hiện", 1, 1, 2),
				new PrintView.HeaderCell("Nghị quyết HĐND giao", 2, 2, 1));
		assertThat(table.secondRow()).containsExactly(new PrintView.HeaderCell("Chỉ tiêu", 2, 1, 1),
				new PrintView.HeaderCell("Tỷ lệ đạt", 3, 1, 1));
		assertThatIllegalArgumentException().isThrownBy(() -> new Block.Table(List.of("A", "B"),
				List.of(List.of("1", "2")), List.of(new Block.Table.Group("A và B", 3))));
		assertThatIllegalArgumentException().isThrownBy(() -> new Block.Table.Group(null, 2));
	}

	private static PrintView.Table table(List<String> header, List<List<String>> rows, List<Block.Table.Group> groups) {
		Block.Table block = new Block.Table(header, rows, groups);
		List<List<PrintView.Cell>> cells = block.rows()
			.stream()
			.map((row) -> row.stream().map((text) -> new PrintView.Cell(text, text.matches("[0-9.,%]+"))).toList())
			.toList();
		return new PrintView.Table(block.header(), cells, block.groups());
	}

}
