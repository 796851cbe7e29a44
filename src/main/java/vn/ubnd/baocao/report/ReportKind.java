package vn.ubnd.baocao.report;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A kind of report (template), as read from {@code templates-seed/} and edited by an administrator.
 */
@Entity
@Table(name = "report_kind")
public class ReportKind {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, updatable = false)
	private String code;

	@Column(nullable = false)
	private String name;

	@Column(name = "document_type", nullable = false)
	private String documentType;

	@Column(name = "type_code", nullable = false)
	private String typeCode;

	@Enumerated(EnumType.STRING)
	@Column(name = "period_type", nullable = false)
	private PeriodType periodType;

	@Column(name = "deadline_working_days", nullable = false)
	private int deadlineWorkingDays;

	@Column(name = "title_pattern", nullable = false)
	private String titlePattern;

	@Column(nullable = false)
	private String addressees;

	@Column(nullable = false)
	private String opening;

	@Column(nullable = false)
	private String numbering;

	@Column(nullable = false)
	private String outline;

	@Column(nullable = false)
	private String recipients;

	@Enumerated(EnumType.STRING)
	@Column(name = "signature_form", nullable = false)
	private SignatureForm signatureForm;

	@Column(name = "signature_authority", nullable = false)
	private String signatureAuthority;

	@Column(name = "signature_title", nullable = false)
	private String signatureTitle;

	@Column(nullable = false)
	private String indicators;

	@Column(nullable = false)
	private boolean active = true;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt = Instant.now();

	@Version
	private long version;

	protected ReportKind() {
	}

	ReportKind(KindDefinition definition) {
		this.code = definition.code();
		apply(definition);
	}

	final void apply(KindDefinition definition) {
		this.name = definition.name();
		this.documentType = definition.documentType();
		this.typeCode = definition.typeCode();
		this.periodType = definition.period();
		this.deadlineWorkingDays = definition.deadlineWorkingDays();
		this.titlePattern = definition.titlePattern();
		this.addressees = String.join("\n", definition.addressees());
		this.opening = definition.opening();
		this.numbering = NumberingStyle.formatScheme(definition.numbering());
		this.outline = definition.outline().isEmpty() ? "" : KindYaml.write(definition.outline());
		this.recipients = String.join("\n", definition.recipients());
		this.signatureForm = definition.signature().form();
		this.signatureAuthority = definition.signature().authority();
		this.signatureTitle = definition.signature().title();
		this.indicators = definition.indicators().isEmpty() ? "" : KindYaml.write(definition.indicators());
		this.updatedAt = Instant.now();
	}

	/** The kind as a definition (as in templates-seed), with its current values. */
	public KindDefinition toDefinition() {
		return new KindDefinition(this.code, this.name, this.documentType, this.typeCode, this.periodType,
				this.deadlineWorkingDays, this.titlePattern, lines(this.addressees), this.opening,
				NumberingStyle.parseScheme(this.numbering), KindYaml.readOutline(this.outline), lines(this.recipients),
				new KindDefinition.SignatureSpec(this.signatureForm, this.signatureAuthority, this.signatureTitle),
				KindYaml.readIndicators(this.indicators));
	}

	static List<String> lines(String text) {
		return text == null ? List.of()
				: Arrays.stream(text.split("\n")).map(String::strip).filter((l) -> !l.isEmpty()).toList();
	}

	void setActive(boolean active) {
		this.active = active;
	}

	public Long getId() {
		return this.id;
	}

	public String getCode() {
		return this.code;
	}

	public String getName() {
		return this.name;
	}

	public String getDocumentType() {
		return this.documentType;
	}

	public String getTypeCode() {
		return this.typeCode;
	}

	public PeriodType getPeriodType() {
		return this.periodType;
	}

	public int getDeadlineWorkingDays() {
		return this.deadlineWorkingDays;
	}

	public String getTitlePattern() {
		return this.titlePattern;
	}

	public String getAddressees() {
		return this.addressees;
	}

	public String getOpening() {
		return this.opening;
	}

	public String getNumbering() {
		return this.numbering;
	}

	public String getOutline() {
		return this.outline;
	}

	public String getRecipients() {
		return this.recipients;
	}

	public SignatureForm getSignatureForm() {
		return this.signatureForm;
	}

	public String getSignatureAuthority() {
		return this.signatureAuthority;
	}

	public String getSignatureTitle() {
		return this.signatureTitle;
	}

	public String getIndicators() {
		return this.indicators;
	}

	public boolean isActive() {
		return this.active;
	}

	public long getVersion() {
		return this.version;
	}

}
