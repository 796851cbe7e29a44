package vn.ubnd.baocao.versions;

import java.time.LocalDate;
import java.util.List;

/**
 * A report as it was submitted, as a version keeps it for good (stored as JSON, field names are the format): the
 * header, every section with its printed number, the closing and the indicator figures. Also made of the report as
 * it stands, to compare a draft with its last submission.
 * @param format the version of this format ({@value #FORMAT})
 * @param header the header
 * @param sections the sections in reading order
 * @param closing recipients and signature
 * @param indicators the indicators with their figures, in the catalogue's order
 */
public record Snapshot(int format, Header header, List<Section> sections, Closing closing,
		List<Indicator> indicators) {

	/** The format written today. */
	public static final int FORMAT = 1;

	public Snapshot {
		sections = List.copyOf(sections);
		indicators = List.copyOf(indicators);
	}

	/**
	 * The header.
	 * @param documentType {@code BÁO CÁO}
	 * @param summary the summary line (trích yếu)
	 * @param addressees Kính gửi, one a line
	 * @param opening the opening paragraphs as written
	 * @param placeName the place of the date line
	 * @param dataFrom first day of the data window
	 * @param dataTo last day of the data window
	 * @param deadline the deadline
	 */
	public record Header(String documentType, String summary, List<String> addressees, String opening,
			String placeName, LocalDate dataFrom, LocalDate dataTo, LocalDate deadline) {

		public Header {
			addressees = List.copyOf(addressees);
		}

	}

	/**
	 * A section: its stable id (kept across versions), its place in the tree, its number as printed, its title and
	 * its text as written (one block a line, {@code ^[…]} footnotes inline).
	 * @param id the section's id
	 * @param parentId its parent's id, {@code null} at the top level
	 * @param position its place among its siblings, from 0
	 * @param depth 0 at the top level
	 * @param label the computed number as printed: {@code II.}, {@code 1.2.}, {@code a)}, {@code Phần thứ nhất}
	 * @param title the heading
	 * @param body the text
	 */
	public record Section(long id, Long parentId, int position, int depth, String label, String title, String body) {
	}

	/**
	 * The closing.
	 * @param recipients Nơi nhận, one a line
	 * @param signatureLines the signature block as printed ({@code TM. ỦY BAN NHÂN DÂN}, {@code CHỦ TỊCH})
	 * @param signerName the signer's name, or {@code null}
	 */
	public record Closing(List<String> recipients, List<String> signatureLines, String signerName) {

		public Closing {
			recipients = List.copyOf(recipients);
			signatureLines = List.copyOf(signatureLines);
		}

	}

	/**
	 * An indicator with its figures and ratios; a missing one is {@code null}.
	 * @param code its code
	 * @param name its name
	 * @param unitOfMeasure its unit
	 * @param estimated whether the actual figure is an estimate
	 * @param actual the actual figure
	 * @param targetCouncil the council's target
	 * @param targetProvince the province's target
	 * @param plan the plan
	 * @param samePeriod the same period last year
	 * @param percentOfCouncil percentage of the council's target
	 * @param percentOfProvince percentage of the province's target
	 * @param percentOfPlan percentage of the plan
	 * @param percentOfSamePeriod percentage of the same period
	 */
	public record Indicator(String code, String name, String unitOfMeasure, boolean estimated, Figure actual,
			Figure targetCouncil, Figure targetProvince, Figure plan, Figure samePeriod, Figure percentOfCouncil,
			Figure percentOfProvince, Figure percentOfPlan, Figure percentOfSamePeriod) {
	}

	/**
	 * A figure: the number exactly (plain decimal, {@code 1234.5}) and as printed ({@code 1.234,5},
	 * {@code 100,37%}).
	 * @param value the number
	 * @param printed as printed
	 */
	public record Figure(String value, String printed) {
	}

}
