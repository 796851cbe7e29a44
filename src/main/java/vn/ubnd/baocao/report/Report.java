package vn.ubnd.baocao.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.OptimisticLock;

import vn.ubnd.baocao.system.NotFoundException;

/**
 * A report: the aggregate root. Its header is guarded by the report's version; each section's content by the
 * section's own version; the tree's shape (add, remove, move, indent, outdent) is changed only through the methods
 * here, which keep positions consecutive.
 */
@Entity
@Table(name = "report")
public class Report {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "unit_id", nullable = false, updatable = false)
	private Long unitId;

	@Column(name = "kind_id", nullable = false, updatable = false)
	private Long kindId;

	@Enumerated(EnumType.STRING)
	@Column(name = "period_type", nullable = false)
	private PeriodType periodType;

	@Column(name = "period_year", nullable = false)
	private int periodYear;

	@Column(name = "period_number")
	private Integer periodNumber;

	@Column(name = "period_start", nullable = false)
	private LocalDate periodStart;

	@Column(name = "period_end", nullable = false)
	private LocalDate periodEnd;

	@Column(name = "data_from", nullable = false)
	private LocalDate dataFrom;

	@Column(name = "data_to", nullable = false)
	private LocalDate dataTo;

	@Column(nullable = false)
	private LocalDate deadline;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ReportStatus status = ReportStatus.DRAFT;

	private Integer number;

	@Column(nullable = false)
	private String symbol;

	@Column(name = "place_name", nullable = false)
	private String placeName;

	@Column(name = "issue_date")
	private LocalDate issueDate;

	@Column(name = "document_type", nullable = false)
	private String documentType;

	@Column(nullable = false)
	private String summary;

	@Column(nullable = false)
	private String addressees;

	@Column(nullable = false)
	private String opening;

	@Column(nullable = false)
	private String recipients;

	@Enumerated(EnumType.STRING)
	@Column(name = "signature_form", nullable = false)
	private SignatureForm signatureForm;

	@Column(name = "signature_authority", nullable = false)
	private String signatureAuthority;

	@Column(name = "signature_title", nullable = false)
	private String signatureTitle;

	@Column(name = "signer_leader_id")
	private Long signerLeaderId;

	@Column(name = "signer_name")
	private String signerName;

	@Column(nullable = false)
	private String numbering;

	@Column(name = "previous_report_id", updatable = false)
	private Long previousReportId;

	@Column(name = "created_by", updatable = false)
	private Long createdBy;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt = Instant.now();

	@OptimisticLock(excluded = true)
	@Column(name = "updated_by")
	private Long updatedBy;

	@OptimisticLock(excluded = true)
	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt = Instant.now();

	@Version
	private long version;

	@OptimisticLock(excluded = true)
	@OneToMany(mappedBy = "report", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("position")
	private List<ReportSection> sections = new ArrayList<>();

	@OptimisticLock(excluded = true)
	@OneToMany(mappedBy = "report", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("position")
	private List<ChecklistItem> checklist = new ArrayList<>();

	protected Report() {
	}

	Report(long unitId, ReportKind kind, ReportingPeriod period, String symbol, String placeName, Header header,
			List<String> recipients, Signature signature, Long previousReportId, long createdBy) {
		this.unitId = unitId;
		this.kindId = kind.getId();
		this.periodType = period.type();
		this.periodYear = period.year();
		this.periodNumber = period.number();
		this.periodStart = period.start();
		this.periodEnd = period.end();
		this.dataFrom = period.dataFrom();
		this.dataTo = period.dataTo();
		this.deadline = period.deadline();
		this.symbol = symbol;
		this.placeName = placeName;
		this.documentType = kind.getDocumentType();
		this.numbering = kind.getNumbering();
		this.previousReportId = previousReportId;
		this.createdBy = createdBy;
		this.updatedBy = createdBy;
		applyHeader(header);
		this.recipients = String.join("\n", recipients);
		applySignature(signature);
	}

	// Header and closing

	/** The editable header fields. */
	public record Header(String summary, String addressees, String opening, LocalDate dataFrom, LocalDate dataTo,
			LocalDate deadline, String placeName) {
	}

	/** The signature block: form, collective, title, and the signer chosen from the unit's leaders. */
	public record Signature(SignatureForm form, String authority, String title, Long leaderId, String signerName) {
	}

	void editHeader(Header header, long accountId) {
		requireEditable();
		applyHeader(header);
		touch(accountId);
	}

	private void applyHeader(Header header) {
		this.summary = header.summary();
		this.addressees = header.addressees() == null ? "" : header.addressees();
		this.opening = header.opening() == null ? "" : header.opening();
		if (header.dataFrom() != null) {
			this.dataFrom = header.dataFrom();
		}
		if (header.dataTo() != null) {
			this.dataTo = header.dataTo();
		}
		if (header.deadline() != null) {
			this.deadline = header.deadline();
		}
		if (header.placeName() != null) {
			this.placeName = header.placeName();
		}
	}

	void editClosing(List<String> recipients, Signature signature, long accountId) {
		requireEditable();
		this.recipients = String.join("\n", recipients);
		applySignature(signature);
		touch(accountId);
	}

	private void applySignature(Signature signature) {
		this.signatureForm = signature.form();
		this.signatureAuthority = signature.authority();
		this.signatureTitle = signature.title();
		this.signerLeaderId = signature.leaderId();
		this.signerName = signature.signerName();
	}

	// Sections

	/** Numbers the sections with another scheme (an imported document keeps its own numbering). */
	void useNumbering(List<NumberingStyle> scheme) {
		this.numbering = NumberingStyle.formatScheme(scheme);
	}

	/** Adds the outline of a kind (or of a previous report) under {@code parentId}. */
	void addOutline(Long parentId, List<KindDefinition.OutlineItem> items, java.util.function.UnaryOperator<String> fill) {
		for (KindDefinition.OutlineItem item : items) {
			ReportSection section = new ReportSection(this, parentId, childrenOf(parentId).size(),
					fill.apply(item.title()), "", item.role());
			this.sections.add(section);
			if (!item.children().isEmpty()) {
				addOutlineLater(section, item.children(), fill);
			}
		}
	}

	private final transient List<Runnable> pending = new ArrayList<>();

	private void addOutlineLater(ReportSection parent, List<KindDefinition.OutlineItem> children,
			java.util.function.UnaryOperator<String> fill) {
		this.pending.add(() -> addOutline(parent.getId(), children, fill));
	}

	/**
	 * Children refer to their parent by id, which exists only once the parent is stored; the service flushes and then
	 * lets the report add what waits for a parent's id.
	 */
	boolean addPendingSections() {
		if (this.pending.isEmpty()) {
			return false;
		}
		List<Runnable> todo = new ArrayList<>(this.pending);
		this.pending.clear();
		todo.forEach(Runnable::run);
		return true;
	}

	/** Copies a section (title, content, role) of another report, with its children pending. */
	void copySections(Long parentId, List<SectionCopy> copies) {
		for (SectionCopy copy : copies) {
			ReportSection section = new ReportSection(this, parentId, childrenOf(parentId).size(), copy.title(),
					copy.body(), copy.role());
			this.sections.add(section);
			if (!copy.children().isEmpty()) {
				this.pending.add(() -> copySections(section.getId(), copy.children()));
			}
		}
	}

	/** A section to copy, with its children. */
	record SectionCopy(String title, String body, SectionRole role, List<SectionCopy> children) {
	}

	ReportSection addSection(Long parentId, Long afterId, long accountId) {
		requireEditable();
		if (parentId != null) {
			section(parentId);
		}
		List<ReportSection> siblings = childrenOf(parentId);
		int position = siblings.size();
		if (afterId != null) {
			ReportSection after = section(afterId);
			if (!Objects.equals(after.getParentId(), parentId)) {
				throw new IllegalArgumentException("not a sibling");
			}
			position = after.getPosition() + 1;
			for (ReportSection sibling : siblings) {
				if (sibling.getPosition() >= position) {
					sibling.place(parentId, sibling.getPosition() + 1);
				}
			}
		}
		ReportSection section = new ReportSection(this, parentId, position, "", "", null);
		section.edit("", "", accountId);
		this.sections.add(section);
		touch(accountId);
		return section;
	}

	void removeSection(long sectionId, long accountId) {
		requireEditable();
		ReportSection section = section(sectionId);
		Set<Long> subtree = subtreeIds(sectionId);
		this.sections.removeIf((s) -> subtree.contains(s.getId()));
		renumber(section.getParentId());
		touch(accountId);
	}

	void moveUp(long sectionId, long accountId) {
		swap(sectionId, -1, accountId);
	}

	void moveDown(long sectionId, long accountId) {
		swap(sectionId, 1, accountId);
	}

	private void swap(long sectionId, int direction, long accountId) {
		requireEditable();
		ReportSection section = section(sectionId);
		List<ReportSection> siblings = childrenOf(section.getParentId());
		int index = siblings.indexOf(section);
		int other = index + direction;
		if (other < 0 || other >= siblings.size()) {
			return;
		}
		ReportSection neighbour = siblings.get(other);
		int position = section.getPosition();
		section.place(section.getParentId(), neighbour.getPosition());
		neighbour.place(neighbour.getParentId(), position);
		touch(accountId);
	}

	/** Makes the section the last child of the sibling before it. */
	void indent(long sectionId, long accountId) {
		requireEditable();
		ReportSection section = section(sectionId);
		List<ReportSection> siblings = childrenOf(section.getParentId());
		int index = siblings.indexOf(section);
		if (index <= 0) {
			return;
		}
		ReportSection newParent = siblings.get(index - 1);
		Long oldParent = section.getParentId();
		section.place(newParent.getId(), childrenOf(newParent.getId()).size());
		renumber(oldParent);
		touch(accountId);
	}

	/** Makes the section the sibling right after its parent; the siblings after it become its children. */
	void outdent(long sectionId, long accountId) {
		requireEditable();
		ReportSection section = section(sectionId);
		if (section.getParentId() == null) {
			return;
		}
		ReportSection parent = section(section.getParentId());
		List<ReportSection> siblings = childrenOf(parent.getId());
		int index = siblings.indexOf(section);
		int childCount = childrenOf(section.getId()).size();
		for (ReportSection follower : siblings.subList(index + 1, siblings.size())) {
			follower.place(section.getId(), childCount++);
		}
		for (ReportSection uncle : childrenOf(parent.getParentId())) {
			if (uncle.getPosition() > parent.getPosition()) {
				uncle.place(uncle.getParentId(), uncle.getPosition() + 1);
			}
		}
		section.place(parent.getParentId(), parent.getPosition() + 1);
		renumber(parent.getId());
		touch(accountId);
	}

	private void renumber(Long parentId) {
		List<ReportSection> siblings = childrenOf(parentId);
		for (int i = 0; i < siblings.size(); i++) {
			siblings.get(i).place(parentId, i);
		}
	}

	/** The children of a section ({@code null}: the top level), in order. */
	public List<ReportSection> childrenOf(Long parentId) {
		return this.sections.stream()
			.filter((s) -> Objects.equals(s.getParentId(), parentId))
			.sorted(Comparator.comparingInt(ReportSection::getPosition))
			.toList();
	}

	public ReportSection section(long sectionId) {
		return findSection(sectionId).orElseThrow(() -> new NotFoundException("section " + sectionId));
	}

	public Optional<ReportSection> findSection(long sectionId) {
		return this.sections.stream().filter((s) -> s.getId() != null && s.getId() == sectionId).findFirst();
	}

	private Set<Long> subtreeIds(long rootId) {
		Set<Long> ids = new HashSet<>();
		ids.add(rootId);
		boolean grew = true;
		while (grew) {
			grew = false;
			for (ReportSection s : this.sections) {
				if (s.getParentId() != null && ids.contains(s.getParentId()) && ids.add(s.getId())) {
					grew = true;
				}
			}
		}
		return ids;
	}

	/** The sections in reading order, each with its depth and computed number. */
	public List<SectionNumbering.NumberedSection> numberedSections() {
		return SectionNumbering.number(this.sections, NumberingStyle.parseScheme(this.numbering));
	}

	/** Loads the sections and the checklist, for use after the transaction. */
	void loadContents() {
		org.hibernate.Hibernate.initialize(this.sections);
		org.hibernate.Hibernate.initialize(this.checklist);
	}

	// Checklist

	void addChecklist(List<String> tasks) {
		for (String task : tasks) {
			this.checklist.add(new ChecklistItem(this, this.checklist.size(), task));
		}
	}

	void markChecklistItem(long itemId, boolean done, String note, long accountId) {
		requireEditable();
		ChecklistItem item = this.checklist.stream()
			.filter((i) -> i.getId() == itemId)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("checklist item " + itemId));
		item.mark(done, note);
		touch(accountId);
	}

	// Workflow: each transition refuses what the report's state does not allow (the workflow module checks the
	// role and the unit before calling these).

	/** The clerk submits the report to the council's standing committee. */
	public void submit(long accountId) {
		requireState(ReportStatus.SUBMITTED, ReportStatus.DRAFT, ReportStatus.RETURNED);
		this.status = ReportStatus.SUBMITTED;
		touch(accountId);
	}

	/** The reviewer (from submitted) or the chair (from accepted or approved) returns it for revision. */
	public void returnForRevision(long accountId) {
		requireState(ReportStatus.RETURNED, ReportStatus.SUBMITTED, ReportStatus.ACCEPTED, ReportStatus.APPROVED);
		this.status = ReportStatus.RETURNED;
		touch(accountId);
	}

	/** The council's standing committee accepts the submitted report. */
	public void accept(long accountId) {
		requireState(ReportStatus.ACCEPTED, ReportStatus.SUBMITTED);
		this.status = ReportStatus.ACCEPTED;
		touch(accountId);
	}

	/** The chair or a deputy approves the accepted report; the signature block becomes theirs. */
	public void approve(Signature signature, long accountId) {
		requireState(ReportStatus.APPROVED, ReportStatus.ACCEPTED);
		applySignature(signature);
		this.status = ReportStatus.APPROVED;
		touch(accountId);
	}

	/** The approved report takes its number from the register and its issue date, and is immutable from now on. */
	public void issue(int registerNumber, LocalDate date, long accountId) {
		requireState(ReportStatus.ISSUED, ReportStatus.APPROVED);
		if (registerNumber < 1) {
			throw new IllegalArgumentException("register numbers start at 1");
		}
		this.number = registerNumber;
		this.issueDate = Objects.requireNonNull(date);
		this.status = ReportStatus.ISSUED;
		touch(accountId);
	}

	private void requireState(ReportStatus target, ReportStatus... allowed) {
		for (ReportStatus candidate : allowed) {
			if (this.status == candidate) {
				return;
			}
		}
		throw new ReportStateException(this.status, target);
	}

	private void requireEditable() {
		if (!this.status.isEditable()) {
			throw new ReportNotEditableException(this.status);
		}
	}

	void touch(long accountId) {
		this.updatedBy = accountId;
		this.updatedAt = Instant.now();
	}

	// Getters

	public Long getId() {
		return this.id;
	}

	public Long getUnitId() {
		return this.unitId;
	}

	public Long getKindId() {
		return this.kindId;
	}

	public PeriodType getPeriodType() {
		return this.periodType;
	}

	public int getPeriodYear() {
		return this.periodYear;
	}

	public Integer getPeriodNumber() {
		return this.periodNumber;
	}

	public LocalDate getPeriodStart() {
		return this.periodStart;
	}

	public LocalDate getPeriodEnd() {
		return this.periodEnd;
	}

	public LocalDate getDataFrom() {
		return this.dataFrom;
	}

	public LocalDate getDataTo() {
		return this.dataTo;
	}

	public LocalDate getDeadline() {
		return this.deadline;
	}

	public ReportStatus getStatus() {
		return this.status;
	}

	public Integer getNumber() {
		return this.number;
	}

	public String getSymbol() {
		return this.symbol;
	}

	public String getPlaceName() {
		return this.placeName;
	}

	public LocalDate getIssueDate() {
		return this.issueDate;
	}

	public String getDocumentType() {
		return this.documentType;
	}

	public String getSummary() {
		return this.summary;
	}

	public String getAddressees() {
		return this.addressees;
	}

	public List<String> getAddresseeList() {
		return ReportKind.lines(this.addressees);
	}

	public String getOpening() {
		return this.opening;
	}

	public String getRecipients() {
		return this.recipients;
	}

	public List<String> getRecipientList() {
		return ReportKind.lines(this.recipients);
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

	public Long getSignerLeaderId() {
		return this.signerLeaderId;
	}

	public String getSignerName() {
		return this.signerName;
	}

	public String getNumbering() {
		return this.numbering;
	}

	public Long getPreviousReportId() {
		return this.previousReportId;
	}

	public Long getCreatedBy() {
		return this.createdBy;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Long getUpdatedBy() {
		return this.updatedBy;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

	public long getVersion() {
		return this.version;
	}

	public List<ReportSection> getSections() {
		return List.copyOf(this.sections);
	}

	public List<ChecklistItem> getChecklist() {
		return this.checklist.stream().sorted(Comparator.comparingInt(ChecklistItem::getPosition)).toList();
	}

	/** The full number as printed, e.g. {@code 07/BC-UBND}; {@code null} until issued. */
	public String getNumberAndSymbol() {
		return numberAndSymbol(this.number, this.symbol);
	}

	/** A number and symbol as printed ({@code 05/BC-UBND}: two digits at least); {@code null} without a number. */
	public static String numberAndSymbol(Integer number, String symbol) {
		return (number == null) ? null : String.format("%02d/%s", number, symbol);
	}

}
