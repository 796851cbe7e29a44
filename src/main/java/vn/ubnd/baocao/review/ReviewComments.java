package vn.ubnd.baocao.review;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ubnd.baocao.report.Report;
import vn.ubnd.baocao.report.ReportSection;
import vn.ubnd.baocao.report.ReportService;
import vn.ubnd.baocao.report.ReportStatus;
import vn.ubnd.baocao.report.ReportView;
import vn.ubnd.baocao.report.SectionNumbering;
import vn.ubnd.baocao.review.internal.ReviewThread;
import vn.ubnd.baocao.review.internal.ReviewThreadRepository;
import vn.ubnd.baocao.system.AuditRecord;
import vn.ubnd.baocao.system.InputRejectedException;
import vn.ubnd.baocao.system.NotFoundException;
import vn.ubnd.baocao.system.PortalUser;
import vn.ubnd.baocao.system.Role;
import vn.ubnd.baocao.system.Texts;

/**
 * The council's comment threads on reports.
 * <p>
 * Reading: {@link #threads(long)}, {@link #openThreads(long)}, {@link #openThreadsBySection(long)} and
 * {@link #threadsBySection(ReportView)} do not check access: the caller has already read the report through
 * {@link ReportService#readable}. Writing checks everything, in this order: the report must be readable by the user
 * (404), the user must have the role (403), the report and the thread must be in a state that allows it (409, with
 * a {@link ReviewStateException}), and the text must be acceptable (422, with an {@link InputRejectedException}).
 * Every change is published as an {@link AuditRecord} ({@code comment.add}, {@code comment.reply},
 * {@code comment.resolve}, {@code comment.reopen}).
 */
@Service
@Transactional(readOnly = true)
public class ReviewComments {

	/** The longest comment or reply, in characters. */
	public static final int MAX_TEXT = 4000;

	/** The longest quote, in characters. */
	public static final int MAX_QUOTE = 1000;

	/** The states in which the review is over: nothing more is said on the report's threads. */
	private static final Set<ReportStatus> CLOSED = Set.of(ReportStatus.ACCEPTED, ReportStatus.APPROVED,
			ReportStatus.ISSUED);

	private final ReportService reports;

	private final ReviewThreadRepository threads;

	private final ApplicationEventPublisher events;

	ReviewComments(ReportService reports, ReviewThreadRepository threads, ApplicationEventPublisher events) {
		this.reports = reports;
		this.threads = threads;
		this.events = events;
	}

	// Reading

	/** How many of the report's threads are open. */
	public long openThreads(long reportId) {
		return this.threads.countByReportIdAndStatus(reportId, ThreadStatus.OPEN);
	}

	/** How many threads are open on each section of the report (sections without any are left out). */
	public Map<Long, Long> openThreadsBySection(long reportId) {
		return this.threads.countBySection(reportId, ThreadStatus.OPEN)
			.stream()
			.collect(Collectors.toMap((row) -> (Long) row[0], (row) -> (Long) row[1]));
	}

	/** The report's threads with their comments, oldest first. */
	public List<CommentThread> threads(long reportId) {
		return this.threads.findByReportIdOrderById(reportId).stream().map(ReviewThread::toView).toList();
	}

	/**
	 * The report's threads grouped by section in reading order, with the sections' numbers; threads on sections the
	 * clerk has since removed come last. Sections without threads are left out.
	 */
	public List<SectionThreads> threadsBySection(ReportView view) {
		Map<Long, List<CommentThread>> bySection = threads(view.id()).stream()
			.collect(Collectors.groupingBy(CommentThread::sectionId, LinkedHashMap::new, Collectors.toList()));
		List<SectionThreads> groups = new ArrayList<>();
		flatten(view.sections()).forEach((section) -> {
			List<CommentThread> onSection = bySection.remove(section.id());
			if (onSection != null) {
				groups.add(new SectionThreads(section.id(), section.number(), section.title(), false, onSection));
			}
		});
		bySection.forEach((sectionId, onSection) -> groups
			.add(new SectionThreads(sectionId, null, onSection.get(0).sectionTitle(), true, onSection)));
		return groups;
	}

	private static Stream<ReportView.Section> flatten(List<ReportView.Section> sections) {
		return sections.stream().flatMap((s) -> Stream.concat(Stream.of(s), flatten(s.children())));
	}

	// What a user may do (for showing the forms; the writing methods check again)

	/** Whether the user may open a thread on the report (which they have read): a reviewer, while submitted. */
	public boolean mayOpen(PortalUser user, Report report) {
		return user.hasRole(Role.COUNCIL_REVIEWER) && report.getStatus() == ReportStatus.SUBMITTED;
	}

	/** Whether the user may reply: the reviewer or the report's clerk, on an open thread, until accepted. */
	public boolean mayReply(PortalUser user, Report report, CommentThread thread) {
		return thread.isOpen() && !CLOSED.contains(report.getStatus()) && mayTalk(user, report);
	}

	/** Whether the user may resolve the thread: a reviewer, while it is open, until the report is accepted. */
	public boolean mayResolve(PortalUser user, Report report, CommentThread thread) {
		return thread.isOpen() && !CLOSED.contains(report.getStatus()) && user.hasRole(Role.COUNCIL_REVIEWER);
	}

	/** Whether the user may reopen the thread: a reviewer, once it is resolved, until the report is accepted. */
	public boolean mayReopen(PortalUser user, Report report, CommentThread thread) {
		return !thread.isOpen() && !CLOSED.contains(report.getStatus()) && user.hasRole(Role.COUNCIL_REVIEWER);
	}

	/** Whether the thread's quote still stands in its section (the clerk may have rewritten it since). */
	public boolean quoteStillInText(Report report, CommentThread thread) {
		if (thread.quote() == null) {
			return true;
		}
		return report.findSection(thread.sectionId())
			.map((section) -> Quotes.occursIn(thread.quote(), number(report, section.getId()), section))
			.orElse(false);
	}

	private static boolean mayTalk(PortalUser user, Report report) {
		return user.hasRole(Role.COUNCIL_REVIEWER)
				|| (user.hasRole(Role.CLERK) && report.getUnitId() == user.unitId());
	}

	// Writing

	/**
	 * Opens a thread on a section of a submitted report. The quote, if any, must stand in the section's number,
	 * title or text.
	 */
	@Transactional
	public CommentThread open(PortalUser reviewer, long reportId, long sectionId, String quote, String text) {
		Report report = this.reports.readable(reviewer, reportId);
		reviewer.require(Role.COUNCIL_REVIEWER);
		ReportSection section = report.section(sectionId);
		if (lockStatus(reportId) != ReportStatus.SUBMITTED) {
			throw new ReviewStateException("review.state.not-submitted");
		}
		String comment = checkedText(text);
		String quoted = Quotes.collapse(quote);
		if (quoted != null && quoted.length() > MAX_QUOTE) {
			throw new InputRejectedException("quote", "review.quote.too-long");
		}
		if (quoted != null && !Quotes.occursIn(quoted, number(report, sectionId), section)) {
			throw new InputRejectedException("quote", "review.quote.not-in-section");
		}
		ReviewThread thread = this.threads
			.save(new ReviewThread(reportId, sectionId, section.getTitle(), quoted, reviewer, comment, Instant.now()));
		audit(reviewer, "comment.add", report, thread,
				(quoted == null ? "" : "«" + quoted + "» ") + comment);
		return thread.toView();
	}

	/** Adds a reply to an open thread: by a reviewer, or by the clerk of the report's unit, until it is accepted. */
	@Transactional
	public CommentThread reply(PortalUser user, long reportId, long threadId, String text) {
		Report report = this.reports.readable(user, reportId);
		if (!mayTalk(user, report)) {
			throw new AccessDeniedException("only a council reviewer or the report's clerk replies");
		}
		ReviewThread thread = lock(reportId, threadId);
		requireUnderReview(reportId);
		if (thread.getStatus() != ThreadStatus.OPEN) {
			throw new ReviewStateException("review.state.thread-resolved");
		}
		String comment = checkedText(text);
		thread.reply(user, comment, Instant.now());
		this.threads.saveAndFlush(thread);
		audit(user, "comment.reply", report, thread, comment);
		return thread.toView();
	}

	/** Marks a thread resolved: a reviewer, until the report is accepted. */
	@Transactional
	public CommentThread resolve(PortalUser reviewer, long reportId, long threadId) {
		Report report = this.reports.readable(reviewer, reportId);
		reviewer.require(Role.COUNCIL_REVIEWER);
		ReviewThread thread = lock(reportId, threadId);
		requireUnderReview(reportId);
		thread.resolve(reviewer, Instant.now());
		audit(reviewer, "comment.resolve", report, thread, null);
		return thread.toView();
	}

	/** Opens a resolved thread again: a reviewer, until the report is accepted. */
	@Transactional
	public CommentThread reopen(PortalUser reviewer, long reportId, long threadId) {
		Report report = this.reports.readable(reviewer, reportId);
		reviewer.require(Role.COUNCIL_REVIEWER);
		ReviewThread thread = lock(reportId, threadId);
		requireUnderReview(reportId);
		thread.reopen();
		audit(reviewer, "comment.reopen", report, thread, null);
		return thread.toView();
	}

	private ReviewThread lock(long reportId, long threadId) {
		return this.threads.lockInReport(threadId, reportId)
			.orElseThrow(() -> new NotFoundException("comment thread " + threadId));
	}

	private ReportStatus lockStatus(long reportId) {
		return ReportStatus.valueOf(this.threads.lockReportStatus(reportId));
	}

	private void requireUnderReview(long reportId) {
		if (CLOSED.contains(lockStatus(reportId))) {
			throw new ReviewStateException("review.state.review-closed");
		}
	}

	private static String checkedText(String text) {
		String cleaned = Texts.clean(text);
		if (cleaned == null) {
			throw new InputRejectedException("text", "review.text.blank");
		}
		if (cleaned.length() > MAX_TEXT) {
			throw new InputRejectedException("text", "review.text.too-long");
		}
		return cleaned;
	}

	private static String number(Report report, long sectionId) {
		return report.numberedSections()
			.stream()
			.filter((n) -> n.id() == sectionId)
			.map(SectionNumbering.NumberedSection::label)
			.findFirst()
			.orElse(null);
	}

	private void audit(PortalUser user, String action, Report report, ReviewThread thread, String text) {
		String detail = "#" + thread.getId() + (text == null ? "" : " " + abbreviate(text));
		this.events.publishEvent(
				AuditRecord.of(user, action, report.getUnitId(), report.getId(), thread.getSectionId(), detail));
	}

	private static String abbreviate(String text) {
		String line = text.replace('\n', ' ');
		return line.length() <= 200 ? line : line.substring(0, 199) + "…";
	}

}
