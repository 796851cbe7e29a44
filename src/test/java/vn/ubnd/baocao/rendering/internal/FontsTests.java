package vn.ubnd.baocao.rendering.internal;

import java.io.IOException;
import java.nio.ByteBuffer;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFTable;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.fontbox.ttf.model.GsubData;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fonts the PDF is set in: the faces without their substitution table keep every other table byte for byte, and
 * the only text that table would change is told apart.
 */
class FontsTests {

	@Test
	void eachFaceWithoutSubstitutionsKeepsEveryOtherTable() throws IOException {
		for (Fonts.Face face : Fonts.SERIF) {
			byte[] original = Fonts.bytes(face);
			byte[] stripped = Fonts.bytesWithoutSubstitutions(face);
			TrueTypeFont before = parse(original);
			TrueTypeFont after = parse(stripped);
			assertThat(before.getTableMap()).as(face.resource()).containsKey("GSUB");
			assertThat(after.getTableMap()).as(face.resource()).doesNotContainKey("GSUB");
			assertThat(after.getGsubData()).isSameAs(GsubData.NO_DATA_FOUND);
			assertThat(after.getTableMap().keySet()).hasSize(before.getTableMap().size() - 1);
			for (TTFTable table : after.getTableMap().values()) {
				TTFTable old = before.getTableMap().get(table.getTag());
				assertThat(table.getLength()).isEqualTo(old.getLength());
				assertThat(withoutAdjustment(table.getTag(), after.getTableBytes(table))).as(table.getTag())
					.isEqualTo(withoutAdjustment(old.getTag(), before.getTableBytes(old)));
				assertThat(table.getOffset() % 4).isZero();
			}
			assertThat(after.getNumberOfGlyphs()).isEqualTo(before.getNumberOfGlyphs());
			// the whole file sums to the magic number, as the checksum adjustment of 'head' requires
			ByteBuffer file = ByteBuffer.wrap(stripped);
			int sum = 0;
			for (int i = 0; i < stripped.length; i += 4) {
				sum += file.getInt(i);
			}
			assertThat(sum).isEqualTo(0xB1B0AFBA);
		}
	}

	@Test
	void onlyRunsOfToneLettersWouldBeSubstituted() {
		assertThat(Fonts.substitutes("Ủy ban nhân dân huyện Phú Sơn báo cáo tình hình thực hiện nhiệm vụ ˥ năm 2025"))
			.isFalse();
		assertThat(Fonts.substitutes("thanh điệu ˥˩ trong phiên âm")).isTrue();
		assertThat(Fonts.substitutes("˧˨˧")).isTrue();
	}

	private static TrueTypeFont parse(byte[] font) throws IOException {
		return new TTFParser().parse(new RandomAccessReadBuffer(font));
	}

	/** The table, with the checksum adjustment of {@code head} (which depends on the whole file) set to 0. */
	private static byte[] withoutAdjustment(String tag, byte[] table) {
		byte[] copy = table.clone();
		if (tag.equals("head")) {
			ByteBuffer.wrap(copy).putInt(8, 0);
		}
		return copy;
	}

}
