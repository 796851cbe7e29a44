package vn.ubnd.baocao.importing;

import java.time.LocalDate;
import java.util.List;

/**
 * The header of the report as far as the text has it; every field may be missing ({@code null} or empty).
 *
 * @param parentBody the parent body's lines, written above the issuing body (e.g. {@code ["UBND TỈNH X"]} above
 * {@code ["SỞ Y"]}); empty for a district People's Committee, which has none
 * @param issuingBody the issuing body's lines, e.g. {@code ["ỦY BAN NHÂN DÂN", "HUYỆN VĨNH THẠNH"]}
 * @param number the number of {@code Số: 1263/BC-UBND}: {@code "1263"}; {@code null} when left blank
 * @param symbol the symbol of {@code Số: 1263/BC-UBND}: {@code "BC-UBND"}
 * @param place the place of {@code Vĩnh Thạnh, ngày 18 tháng 6 năm 2024}
 * @param date the date of that line; {@code null} when it is incomplete
 * @param documentType the document type as written, e.g. {@code "BÁO CÁO"}, {@code "ĐỀ ÁN"}
 * @param summary the summary line (trích yếu), its lines joined by a space; may hold footnote placeholders
 * @param addressees the addressees of {@code Kính gửi}, one per entry, without the dash and the final {@code ;}
 * or {@code .}
 * @param attachedTo the {@code Kèm theo Quyết định số …} line, without its brackets
 * @param digitalSignature the name in a signing tool's stamp ({@code Người ký: …}), e.g. the committee that
 * signed the electronic copy
 */
public record Header(List<String> parentBody, List<String> issuingBody, String number, String symbol, String place,
		LocalDate date, String documentType, String summary, List<String> addressees, String attachedTo,
		String digitalSignature) {

	public Header {
		parentBody = List.copyOf(parentBody);
		issuingBody = List.copyOf(issuingBody);
		addressees = List.copyOf(addressees);
	}

}
