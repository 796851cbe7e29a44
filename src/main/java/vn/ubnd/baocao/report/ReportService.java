package vn.ubnd.baocao.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.persistence.EntityManager;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.annotation.Transactional;

import vn.ubnd.baocao.system.NotFoundException;
import vn.ubnd.baocao.system.AuditRecord;
import vn.ubnd.baocao.system.ChangeSummary;
import vn.ubnd.baocao.system.PortalUser;
import vn.ubnd.baocao.system.Role;
import vn.ubnd.baocao.unit.Leader;
import vn.ubnd.baocao.unit.LeaderPosition;
import vn.ubnd.baocao.unit.Unit;
import vn.ubnd.baocao.unit.UnitService;

/**
 * Writing reports. Who may do what: a user reads the reports of their own unit, and those of the units below it
 * once submitted; only a clerk of the report's unit writes it, and only while it is a draft or returned. A report
 * the user may not read is "not found".
 */
@Service
@Transactional(readOnly = true)
public class ReportService {

	private final ReportRepository reports;

	private final ReportKindService kinds;

	private final ReportingCalendar calendar;

	private final UnitService units;

	private final EntityManager entityManager;

	private final ApplicationEventPublisher events;

	ReportService(ReportRepository reports, ReportKindService kinds, ReportingCalendar calendar, UnitService units,
			EntityManager entityManager, ApplicationEventPublisher events) {
		this.reports = reports;
		this.kinds = kinds;
		this.calendar = calendar;
		this.units = units;
		this.entityManager = entityManager;
		this.events = events;
	}

	/** Records what the user did in the audit trail (in the caller's transaction). */
	private void audit(PortalUser user, String action, Report report, Long sectionId, String detail) {
		this.events.publishEvent(AuditRecord.of(user, action, report.getUnitId(), report.getId(), sectionId, detail));
	}

	/** What a clerk asks for when starting a report. */
	public record NewReport(long kindId, Integer year, Integer number, LocalDate start, LocalDate end,
			boolean copyForward) {
	}

	// Reading

	public Report readable(PortalUser user, long reportId) {
		Report report = this.reports.findById(reportId).orElseThrow(() -> new NotFoundException("report " + reportId));
		if (!mayRead(user, report)) {
			throw new NotFoundException("report " + reportId);
		}
		report.loadContents();
		return report;
	}

	public boolean mayRead(PortalUser user, Report report) {
		if (report.getUnitId() == user.unitId()) {
			return true;
		}
		return report.getStatus() != ReportStatus.DRAFT && report.getStatus() != ReportStatus.RETURNED
				&& this.units.isWithin(report.getUnitId(), user.unitId());
	}

	public boolean mayEdit(PortalUser user, Report report) {
		return user.hasRole(Role.CLERK) && report.getUnitId() == user.unitId() && report.getStatus().isEditable();
	}

	/** The report for writing: not found if unreadable, forbidden for other roles, refused once submitted. */
	public Report editable(PortalUser user, long reportId) {
		Report report = readable(user, reportId);
		if (!user.hasRole(Role.CLERK) || report.getUnitId() != user.unitId()) {
			throw new AccessDeniedException("only a clerk of the unit writes its reports");
		}
		if (!report.getStatus().isEditable()) {
			throw new ReportNotEditableException(report.getStatus());
		}
		return report;
	}

	public List<Report> visibleReports(PortalUser user) {
		Set<Long> below = new HashSet<>(this.units.subtree(user.unitId()));
		below.remove(user.unitId());
		if (below.isEmpty()) {
			below.add(-1L);
		}
		return this.reports.findVisible(user.unitId(), below);
	}

	/** The latest earlier report of the same unit and kind: what copy-forward starts from. */
	public Optional<Report> previous(long unitId, long kindId, LocalDate periodStart) {
		return this.reports.findFirstByUnitIdAndKindIdAndPeriodStartBeforeOrderByPeriodStartDescIdDesc(unitId,
				kindId, periodStart);
	}

	/** Computes the period a clerk asks for. */
	public ReportingPeriod period(ReportKind kind, NewReport request) {
		if (kind.getPeriodType().isFreeRange()) {
			if (request.start() == null || request.end() == null) {
				throw new ReportValidationException("start", "report.period.dates-required");
			}
			if (request.start().isAfter(request.end())) {
				throw new ReportValidationException("end", "report.period.end-before-start");
			}
			return this.calendar.byDates(kind.getPeriodType(), request.start(), request.end(),
					kind.getDeadlineWorkingDays());
		}
		if (request.year() == null || request.year() < 1990 || request.year() > 2100) {
			throw new ReportValidationException("year", "report.period.year-range");
		}
		Integer number = request.number();
		if (kind.getPeriodType().maxNumber() > 1
				&& (number == null || number < 1 || number > kind.getPeriodType().maxNumber())) {
			throw new ReportValidationException("number", "report.period.number-range");
		}
		return this.calendar.periodic(kind.getPeriodType(), request.year(), number, kind.getDeadlineWorkingDays());
	}

	// Creating

	/**
	 * Starts a report of the clerk's unit: the kind's outline, title, addressees, recipients and signature, or, with
	 * copy-forward, the previous report's sections, with its tasks for the next period as this report's checklist.
	 */
	@Transactional
	public Report create(PortalUser clerk, NewReport request) {
		clerk.require(Role.CLERK);
		ReportKind kind = this.kinds.get(request.kindId());
		if (!kind.isActive()) {
			throw new ReportValidationException("kindId", "report.kind.inactive");
		}
		ReportingPeriod period = period(kind, request);
		Unit unit = this.units.get(clerk.unitId());
		Map<String, String> values = Placeholders.values(unit, period);
		KindDefinition definition = kind.toDefinition();
		Optional<Report> previous = request.copyForward() ? previous(unit.getId(), kind.getId(), period.start())
				: Optional.empty();
		Report report = new Report(unit.getId(), kind, period, kind.getTypeCode() + "-" + unit.getSymbol(),
				unit.getPlaceName(),
				new Report.Header(Placeholders.fill(kind.getTitlePattern(), values),
						String.join("\n", definition.addressees().stream().map((a) -> Placeholders.fill(a, values)).toList()),
						Placeholders.fill(kind.getOpening(), values), null, null, null, null),
				definition.recipients().stream().map((r) -> Placeholders.fill(r, values)).toList(),
				defaultSignature(unit, kind), previous.map(Report::getId).orElse(null), clerk.accountId());
		this.reports.save(report);
		if (previous.isPresent()) {
			report.copySections(null, copies(previous.get(), null));
			report.addChecklist(nextTasks(previous.get()));
		}
		else {
			report.addOutline(null, definition.outline(), (title) -> Placeholders.fill(title, values));
		}
		flushPending(report);
		audit(clerk, "report.create", report, null, report.getSummary());
		return report;
	}

	/** Creates a draft from an imported document, in the clerk's unit. */
	@Transactional
	public Report createImported(PortalUser clerk, long kindId, NewReport periodRequest, ImportedDraft draft) {
		clerk.require(Role.CLERK);
		ReportKind kind = this.kinds.get(kindId);
		ReportingPeriod period = period(kind, periodRequest);
		Unit unit = this.units.get(clerk.unitId());
		Map<String, String> values = Placeholders.values(unit, period);
		KindDefinition definition = kind.toDefinition();
		Report.Signature signature = defaultSignature(unit, kind);
		if (draft.signatureTitle() != null) {
			signature = new Report.Signature(signature.form(),
					draft.signatureAuthority() != null ? draft.signatureAuthority() : signature.authority(),
					draft.signatureTitle(), null, draft.signerName());
		}
		Report report = new Report(unit.getId(), kind, period, kind.getTypeCode() + "-" + unit.getSymbol(),
				draft.placeName() != null ? draft.placeName() : unit.getPlaceName(),
				new Report.Header(
						draft.summary() != null ? draft.summary() : Placeholders.fill(kind.getTitlePattern(), values),
						String.join("\n", draft.addressees()), draft.opening() == null ? "" : draft.opening(), null,
						null, null, null),
				draft.recipients().isEmpty()
						? definition.recipients().stream().map((r) -> Placeholders.fill(r, values)).toList()
						: draft.recipients(),
				signature, null, clerk.accountId());
		if (!draft.numbering().isEmpty()) {
			report.useNumbering(draft.numbering());
		}
		this.reports.save(report);
		report.copySections(null, importedCopies(draft.sections()));
		flushPending(report);
		audit(clerk, "report.import", report, null, report.getSummary());
		return report;
	}

	private static List<Report.SectionCopy> importedCopies(List<ImportedDraft.Section> sections) {
		return sections.stream()
			.map((s) -> new Report.SectionCopy(s.title(), s.body(), s.role(), importedCopies(s.children())))
			.toList();
	}

	private void flushPending(Report report) {
		do {
			this.entityManager.flush();
		}
		while (report.addPendingSections());
	}

	private Report.Signature defaultSignature(Unit unit, ReportKind kind) {
		Optional<Leader> chair = this.units.activeLeaders(unit.getId())
			.stream()
			.filter((l) -> l.getPosition() == LeaderPosition.CHAIR)
			.findFirst();
		return new Report.Signature(kind.getSignatureForm(), kind.getSignatureAuthority(), kind.getSignatureTitle(),
				chair.map(Leader::getId).orElse(null), chair.map(Leader::getFullName).orElse(null));
	}

	private static List<Report.SectionCopy> copies(Report previous, Long parentId) {
		List<Report.SectionCopy> copies = new ArrayList<>();
		for (ReportSection section : previous.childrenOf(parentId)) {
			copies.add(new Report.SectionCopy(section.getTitle(), "", section.getRole(),
					copies(previous, section.getId())));
		}
		return copies;
	}

	/** The tasks the previous report set: the bullets and paragraphs of its NEXT_TASKS sections and below. */
	static List<String> nextTasks(Report previous) {
		List<String> tasks = new ArrayList<>();
		Set<Long> inTasks = new HashSet<>();
		for (SectionNumbering.NumberedSection numbered : previous.numberedSections()) {
			ReportSection section = numbered.section();
			boolean under = section.getRole() == SectionRole.NEXT_TASKS
					|| (section.getParentId() != null && inTasks.contains(section.getParentId()));
			if (!under) {
				continue;
			}
			inTasks.add(section.getId());
			if (section.getRole() != SectionRole.NEXT_TASKS && !section.getTitle().isBlank()) {
				tasks.add((numbered.label() + " " + section.getTitle()).strip());
			}
			for (SectionContent.Block block : SectionContent.parse(section.getBody(), new AtomicInteger())) {
				String text = block.plainText().strip();
				if (!text.isEmpty()) {
					tasks.add(text);
				}
			}
		}
		return tasks;
	}

	// Writing

	@Transactional
	public Report editHeader(PortalUser clerk, long reportId, long expectedVersion, Report.Header header) {
		Report report = editable(clerk, reportId);
		if (report.getVersion() != expectedVersion) {
			throw new ObjectOptimisticLockingFailureException(Report.class, reportId);
		}
		if (header.dataFrom() != null && header.dataTo() != null && header.dataFrom().isAfter(header.dataTo())) {
			throw new ReportValidationException("dataTo", "report.header.window-order");
		}
		String before = report.getSummary() + "\n" + report.getAddressees() + "\n" + report.getOpening();
		String window = report.getDataFrom() + "–" + report.getDataTo() + ", " + report.getDeadline();
		report.editHeader(header, clerk.accountId());
		flush(Report.class, reportId);
		audit(clerk, "report.header", report, null, ChangeSummary.fields("header", before,
				report.getSummary() + "\n" + report.getAddressees() + "\n" + report.getOpening(), "window", window,
				report.getDataFrom() + "–" + report.getDataTo() + ", " + report.getDeadline()));
		return report;
	}

	@Transactional
	public Report editClosing(PortalUser clerk, long reportId, long expectedVersion, List<String> recipients,
			SignatureForm form, Long signerLeaderId) {
		Report report = editable(clerk, reportId);
		if (report.getVersion() != expectedVersion) {
			throw new ObjectOptimisticLockingFailureException(Report.class, reportId);
		}
		SignatureForm chosenForm = form != null ? form : report.getSignatureForm();
		Report.Signature signature;
		if (signerLeaderId == null) {
			signature = new Report.Signature(chosenForm, report.getSignatureAuthority(), report.getSignatureTitle(), null,
					null);
		}
		else {
			Leader leader = this.units.leader(signerLeaderId);
			if (!leader.getUnitId().equals(report.getUnitId()) || !leader.isActive()) {
				throw new ReportValidationException("signerLeaderId", "report.signer.other-unit");
			}
			String title = leader.getPosition() == LeaderPosition.DEPUTY_CHAIR ? "PHÓ CHỦ TỊCH" : "CHỦ TỊCH";
			signature = new Report.Signature(chosenForm, report.getSignatureAuthority(), title, leader.getId(),
					leader.getFullName());
		}
		String before = report.getRecipients() + "\n" + report.getSignatureForm() + " " + report.getSignerName();
		report.editClosing(recipients, signature, clerk.accountId());
		flush(Report.class, reportId);
		audit(clerk, "report.closing", report, null, ChangeSummary.of(before,
				report.getRecipients() + "\n" + report.getSignatureForm() + " " + report.getSignerName()));
		return report;
	}

	/**
	 * Saves a section's title and content if the clerk's copy is the current one; otherwise nothing is written and
	 * the conflict tells what is stored now.
	 */
	@Transactional
	public ReportSection editSection(PortalUser clerk, long reportId, long sectionId, long expectedVersion,
			String title, String body) {
		Report report = editable(clerk, reportId);
		ReportSection section = report.section(sectionId);
		if (section.getVersion() != expectedVersion) {
			throw new ObjectOptimisticLockingFailureException(ReportSection.class, sectionId);
		}
		String oldTitle = section.getTitle();
		String oldBody = section.getBody();
		section.edit(title, body, clerk.accountId());
		report.touch(clerk.accountId());
		flush(ReportSection.class, sectionId);
		audit(clerk, "section.edit", report, sectionId,
				ChangeSummary.fields("title", oldTitle, section.getTitle(), "body", oldBody, section.getBody()));
		return section;
	}

	/** The section as stored now (after a conflict). */
	public ReportSection currentSection(PortalUser user, long reportId, long sectionId) {
		return readable(user, reportId).section(sectionId);
	}

	@Transactional
	public ReportSection addSection(PortalUser clerk, long reportId, Long parentId, Long afterId) {
		Report report = editable(clerk, reportId);
		ReportSection section = report.addSection(parentId, afterId, clerk.accountId());
		this.entityManager.flush();
		audit(clerk, "section.add", report, section.getId(), null);
		return section;
	}

	/** A change of the tree's shape. */
	public enum Move {

		UP, DOWN, INDENT, OUTDENT, DELETE

	}

	@Transactional
	public void restructure(PortalUser clerk, long reportId, long sectionId, Move move) {
		Report report = editable(clerk, reportId);
		switch (move) {
			case UP -> report.moveUp(sectionId, clerk.accountId());
			case DOWN -> report.moveDown(sectionId, clerk.accountId());
			case INDENT -> report.indent(sectionId, clerk.accountId());
			case OUTDENT -> report.outdent(sectionId, clerk.accountId());
			case DELETE -> report.removeSection(sectionId, clerk.accountId());
		}
		this.entityManager.flush();
		audit(clerk, (move == Move.DELETE) ? "section.delete" : "section.move", report, sectionId,
				move.name().toLowerCase(java.util.Locale.ROOT));
	}

	@Transactional
	public void markChecklistItem(PortalUser clerk, long reportId, long itemId, boolean done, String note) {
		Report report = editable(clerk, reportId);
		report.markChecklistItem(itemId, done, note, clerk.accountId());
		audit(clerk, "checklist.mark", report, null, itemId + ": " + (done ? "done" : "open"));
	}

	/** Writes now, so that a concurrent change is reported here as a conflict, in Spring's terms. */
	private void flush(Class<?> type, long id) {
		try {
			this.entityManager.flush();
		}
		catch (jakarta.persistence.OptimisticLockException ex) {
			throw new ObjectOptimisticLockingFailureException(type, id, ex);
		}
	}


	// The read model

	public ReportView view(Report report) {
		Unit unit = this.units.get(report.getUnitId());
		ReportKind kind = this.kinds.get(report.getKindId());
		AtomicInteger footnoteNumbers = new AtomicInteger();
		List<ReportView.Footnote> footnotes = new ArrayList<>();
		List<SectionContent.Block> opening = SectionContent.parse(report.getOpening(), footnoteNumbers);
		for (SectionContent.Block block : opening) {
			for (SectionContent.Segment footnote : block.footnotes()) {
				footnotes.add(new ReportView.Footnote(footnote.footnote(), footnote.footnoteText(), 0));
			}
		}
		List<SectionNumbering.NumberedSection> numbered = report.numberedSections();
		Map<Long, ReportView.Section> built = new java.util.HashMap<>();
		List<SectionNumbering.NumberedSection> reversed = new ArrayList<>(numbered);
		// content first in reading order (footnote numbers), then the tree bottom-up
		Map<Long, List<SectionContent.Block>> blocks = new java.util.HashMap<>();
		for (SectionNumbering.NumberedSection n : numbered) {
			List<SectionContent.Block> parsed = SectionContent.parse(n.section().getBody(), footnoteNumbers);
			blocks.put(n.id(), parsed);
			for (SectionContent.Block block : parsed) {
				for (SectionContent.Segment footnote : block.footnotes()) {
					footnotes.add(new ReportView.Footnote(footnote.footnote(), footnote.footnoteText(), n.id()));
				}
			}
		}
		java.util.Collections.reverse(reversed);
		for (SectionNumbering.NumberedSection n : reversed) {
			List<ReportView.Section> children = report.childrenOf(n.id())
				.stream()
				.map((child) -> built.get(child.getId()))
				.toList();
			ReportSection s = n.section();
			built.put(n.id(), new ReportView.Section(n.id(), n.label(), n.style().name(), n.depth(), s.getTitle(),
					s.getRole() == null ? null : s.getRole().name(), blocks.get(n.id()), children, s.getVersion()));
		}
		List<ReportView.Section> top = report.childrenOf(null).stream().map((s) -> built.get(s.getId())).toList();
		return new ReportView(report.getId(), report.getVersion(), report.getStatus().name(),
				new ReportView.Unit(unit.getId(), unit.getName(), unit.getPrintedLines(), unit.getPlaceName(),
						unit.getSymbol(), unit.getCouncilName()),
				new ReportView.Kind(kind.getId(), kind.getCode(), kind.getName()),
				new ReportView.Period(report.getPeriodType().name(), report.getPeriodYear(), report.getPeriodNumber(),
						report.getPeriodStart(), report.getPeriodEnd(), report.getDataFrom(), report.getDataTo(),
						report.getDeadline()),
				new ReportView.Header(report.getNumberAndSymbol(), report.getSymbol(), report.getPlaceName(),
						report.getIssueDate(), report.getDocumentType(), report.getSummary(),
						report.getAddresseeList(), report.getOpening(), opening),
				top, footnotes, report.getRecipientList(),
				new ReportView.Signature(report.getSignatureForm().name(),
						SignatureLines.lines(report.getSignatureForm(), report.getSignatureAuthority(),
								report.getSignatureTitle()),
						report.getSignerName(), report.getSignerLeaderId()),
				report.getChecklist()
					.stream()
					.map((i) -> new ReportView.ChecklistEntry(i.getId(), i.getText(), i.isDone(), i.getNote()))
					.toList(),
				report.getUpdatedAt());
	}

}
