package vn.ubnd.baocao.checking;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

import vn.ubnd.baocao.importing.ImportedReport;
import vn.ubnd.baocao.report.ReportView;

/**
 * The consistency checks as a service: runs the {@link ConsistencyChecker} and resolves each finding's message in
 * Vietnamese.
 */
@Service
public class ConsistencyChecks {

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private final ConsistencyChecker checker = new ConsistencyChecker();

	private final MessageSource messages;

	ConsistencyChecks(MessageSource messages) {
		this.messages = messages;
	}

	/** The findings on a report of the portal, for a unit with that name and place name. */
	public List<Finding> check(ReportView view, String unitName, String placeName) {
		return resolve(this.checker.check(CheckedDocument.of(view, unitName, placeName)));
	}

	/** The findings on an imported report, its labels as written. */
	public List<Finding> check(ImportedReport imported, String unitName, String placeName) {
		return resolve(this.checker.check(CheckedDocument.of(imported, unitName, placeName)));
	}

	/**
	 * The findings on an imported report, its labels as written, and its number and date lines read from the
	 * source text as typed.
	 */
	public List<Finding> check(ImportedReport imported, String sourceText, String unitName, String placeName) {
		return resolve(this.checker.check(CheckedDocument.of(imported, sourceText, unitName, placeName)));
	}

	/** The findings on a document, their messages resolved. */
	List<Finding> check(CheckedDocument document) {
		return resolve(this.checker.check(document));
	}

	private List<Finding> resolve(List<Finding> findings) {
		return findings.stream()
			.map((finding) -> finding.withMessage(this.messages.getMessage(finding.messageKey(),
					finding.arguments().toArray(), finding.messageKey(), VIETNAMESE)))
			.toList();
	}

}
