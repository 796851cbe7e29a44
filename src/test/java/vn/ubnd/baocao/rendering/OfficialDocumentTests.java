package vn.ubnd.baocao.rendering;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.ubnd.baocao.rendering.Block.Paragraph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static vn.ubnd.baocao.rendering.Inline.footnote;
import static vn.ubnd.baocao.rendering.Inline.text;

/**
 * The input model refuses what no renderer could print faithfully.
 */
class OfficialDocumentTests {

	@Test
	void fixtureIsAValidDocument() {
		OfficialDocument document = Fixtures.report();
		assertThat(document.footnotes()).extracting(Footnote::number).containsExactly(1, 2, 3, 4, 5);
		assertThat(document.year()).isEqualTo(Year.of(2025));
		assertThat(document.draft()).isFalse();
	}

	@Test
	void footnotesMustBeCalledOnceEachInOrder() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> Fixtures.reportBuilder().footnote("Chú thích thừa, không được gọi.").build())
			.withMessageContaining("called exactly once");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> Fixtures.reportBuilder().closing(Paragraph.of(text("Gọi lại"), footnote(2))).build())
			.withMessageContaining("called exactly once");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new OfficialDocument(null, List.of("ỦY BAN NHÂN DÂN"), 1, "BC-UBND", "Phú Sơn", null,
					Year.of(2025), "BÁO CÁO", "Thử", List.of(),
					List.of(Paragraph.of(text("A"), footnote(2)), Paragraph.of(text("B"), footnote(1))), List.of(),
					List.of(), List.of(new Footnote(1, "Một"), new Footnote(2, "Hai")), List.of(), signature(),
					false))
			.withMessageContaining("the calls are [2, 1]");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new OfficialDocument(null, List.of("ỦY BAN NHÂN DÂN"), 1, "BC-UBND", "Phú Sơn", null,
					Year.of(2025), "BÁO CÁO", "Thử", List.of(), List.of(Paragraph.of(text("A"), footnote(2))),
					List.of(), List.of(), List.of(new Footnote(2, "Hai")), List.of(), signature(), false))
			.withMessageContaining("numbered 1, 2, 3");
	}

	@Test
	void dateMustFallInTheYear() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new OfficialDocument(null, List.of("ỦY BAN NHÂN DÂN"), 1, "BC-UBND", "Phú Sơn",
					LocalDate.of(2024, 12, 31), Year.of(2025), "BÁO CÁO", "Thử", List.of(), List.of(), List.of(),
					List.of(), List.of(), List.of(), signature(), false))
			.withMessageContaining("not in the year");
	}

	@Test
	void blankRequiredTextIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> Fixtures.reportBuilder().summary("  ").build());
		assertThatIllegalArgumentException().isThrownBy(() -> Fixtures.reportBuilder().issuingBody().build());
		assertThatIllegalArgumentException()
			.isThrownBy(() -> Fixtures.reportBuilder().recipients("Như trên", " ").build());
		assertThatIllegalArgumentException().isThrownBy(() -> Fixtures.reportBuilder().number(0, "BC-UBND").build());
		assertThatIllegalArgumentException().isThrownBy(() -> Inline.text(""));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new Block.Table(List.of("A", "B"), List.of(List.of("1"))));
		assertThatIllegalArgumentException().isThrownBy(() -> new SignatureBlock(List.of(), "CHỦ TỊCH", ""));
	}

	@Test
	void textIsStoredInNfc() {
		String decomposed = Normalizer.normalize("Phú Sơn", Normalizer.Form.NFD);
		OfficialDocument document = Fixtures.reportBuilder()
			.placeAndDate(decomposed, LocalDate.of(2025, 6, 18))
			.closing(Paragraph.of(decomposed + " kết thúc."))
			.build();
		assertThat(document.place()).isEqualTo("Phú Sơn");
		assertThat(((Inline.Text) document.closing().get(1).content().get(0)).text()).isEqualTo("Phú Sơn kết thúc.");
	}

	@Test
	void listsAreImmutableCopies() {
		var lines = new java.util.ArrayList<>(List.of("ỦY BAN NHÂN DÂN"));
		OfficialDocument document = new OfficialDocument(null, lines, null, "BC-UBND", "Phú Sơn", null, Year.of(2025),
				"BÁO CÁO", "Thử", List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), signature(), true);
		lines.add("HUYỆN PHÚ SƠN");
		assertThat(document.issuingBody()).containsExactly("ỦY BAN NHÂN DÂN");
		assertThat(document.number()).isNull();
		assertThat(document.date()).isNull();
	}

	private static SignatureBlock signature() {
		return new SignatureBlock(List.of("TM. ỦY BAN NHÂN DÂN"), "CHỦ TỊCH", "Lê Văn Tâm");
	}

}
