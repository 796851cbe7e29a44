package vn.ubnd.baocao.report;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SignatureLinesTests {

	@Test
	void theChairSignsOnBehalfOfTheCommittee() {
		assertThat(SignatureLines.lines(SignatureForm.TM, "Ủy ban nhân dân", "Chủ tịch"))
			.containsExactly("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH");
	}

	@Test
	void aDeputySignsForTheChairNeverAsChairAlone() {
		assertThat(SignatureLines.lines(SignatureForm.TM, "ỦY BAN NHÂN DÂN", "PHÓ CHỦ TỊCH"))
			.containsExactly("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH");
		assertThat(SignatureLines.lines(SignatureForm.KT, "ỦY BAN NHÂN DÂN", "PHÓ CHỦ TỊCH"))
			.containsExactly("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH");
	}

	@Test
	void actingAndByOrder() {
		assertThat(SignatureLines.lines(SignatureForm.Q, "ỦY BAN NHÂN DÂN", "CHỦ TỊCH")).containsExactly("Q. CHỦ TỊCH");
		assertThat(SignatureLines.lines(SignatureForm.TL, "CHỦ TỊCH", "CHÁNH VĂN PHÒNG"))
			.containsExactly("TL. CHỦ TỊCH", "CHÁNH VĂN PHÒNG");
	}

}
