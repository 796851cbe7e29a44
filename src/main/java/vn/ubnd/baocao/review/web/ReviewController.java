package vn.ubnd.baocao.review.web;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.ubnd.baocao.report.Report;
import vn.ubnd.baocao.report.ReportService;
import vn.ubnd.baocao.report.ReportView;
import vn.ubnd.baocao.review.CommentThread;
import vn.ubnd.baocao.review.ReviewComments;
import vn.ubnd.baocao.review.ReviewStateException;
import vn.ubnd.baocao.review.SectionThreads;
import vn.ubnd.baocao.review.web.Board.Feedback;
import vn.ubnd.baocao.review.web.Board.Place;
import vn.ubnd.baocao.system.InputRejectedException;
import vn.ubnd.baocao.system.NotFoundException;
import vn.ubnd.baocao.system.PortalUser;

/**
 * The council's comment threads as htmx fragments: the report page and the clerk's editor load them once the page is
 * shown (a summary panel, and out of band each section's threads and forms); each form answers with its section's
 * threads as they are now, with the summary out of band. Bad text answers 422 with the form as typed, a state that
 * does not allow the change 409 with the reason; access is checked by {@link ReviewComments} (403, 404).
 */
@Controller
@RequestMapping("/reports/{reportId}")
class ReviewController {

	static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	private final ReportService reports;

	private final ReviewComments comments;

	ReviewController(ReportService reports, ReviewComments comments) {
		this.reports = reports;
		this.comments = comments;
	}

	/** All threads grouped by section in reading order, and out of band every section's slot (and badge). */
	@GetMapping("/comments")
	String comments(@AuthenticationPrincipal PortalUser user, @PathVariable long reportId,
			@RequestParam(name = "in", required = false) String in, Model model) {
		Report report = this.reports.readable(user, reportId);
		model.addAttribute("board", board(user, report, Place.of(in), -1, Feedback.NONE));
		model.addAttribute("zone", VIETNAM);
		return "review/_comments :: comments";
	}

	@PostMapping("/sections/{sectionId}/comments")
	String open(@AuthenticationPrincipal PortalUser user, @PathVariable long reportId, @PathVariable long sectionId,
			@ModelAttribute("commentForm") CommentForm form, Model model, HttpServletResponse response) {
		Feedback feedback = Feedback.NONE;
		try {
			this.comments.open(user, reportId, sectionId, form.getQuote(), form.getText());
		}
		catch (InputRejectedException ex) {
			response.setStatus(422);
			feedback = Feedback.rejected(null, form, ex.field(), ex.messageKey());
		}
		catch (ReviewStateException ex) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			feedback = Feedback.alert(ex.messageKey());
		}
		return section(user, reportId, sectionId, Place.of(form.getIn()), feedback, model);
	}

	@PostMapping("/comments/{threadId}/replies")
	String reply(@AuthenticationPrincipal PortalUser user, @PathVariable long reportId, @PathVariable long threadId,
			@ModelAttribute("commentForm") CommentForm form, Model model, HttpServletResponse response) {
		Feedback feedback = Feedback.NONE;
		try {
			this.comments.reply(user, reportId, threadId, form.getText());
		}
		catch (InputRejectedException ex) {
			response.setStatus(422);
			feedback = Feedback.rejected(threadId, form, ex.field(), ex.messageKey());
		}
		catch (ReviewStateException ex) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			feedback = Feedback.alert(ex.messageKey());
		}
		return thread(user, reportId, threadId, Place.of(form.getIn()), feedback, model);
	}

	@PostMapping("/comments/{threadId}/resolve")
	String resolve(@AuthenticationPrincipal PortalUser user, @PathVariable long reportId, @PathVariable long threadId,
			@RequestParam(name = "in", required = false) String in, Model model, HttpServletResponse response) {
		return change(user, reportId, threadId, in, model, response,
				() -> this.comments.resolve(user, reportId, threadId));
	}

	@PostMapping("/comments/{threadId}/reopen")
	String reopen(@AuthenticationPrincipal PortalUser user, @PathVariable long reportId, @PathVariable long threadId,
			@RequestParam(name = "in", required = false) String in, Model model, HttpServletResponse response) {
		return change(user, reportId, threadId, in, model, response,
				() -> this.comments.reopen(user, reportId, threadId));
	}

	private String change(PortalUser user, long reportId, long threadId, String in, Model model,
			HttpServletResponse response, Runnable change) {
		Feedback feedback = Feedback.NONE;
		try {
			change.run();
		}
		catch (ReviewStateException ex) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			feedback = Feedback.alert(ex.messageKey());
		}
		return thread(user, reportId, threadId, Place.of(in), feedback, model);
	}

	private String thread(PortalUser user, long reportId, long threadId, Place place, Feedback feedback,
			Model model) {
		Report report = this.reports.readable(user, reportId);
		long sectionId = this.comments.threads(reportId)
			.stream()
			.filter((t) -> t.id() == threadId)
			.map(CommentThread::sectionId)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("comment thread " + threadId));
		return section(report, user, sectionId, place, feedback, model);
	}

	private String section(PortalUser user, long reportId, long sectionId, Place place, Feedback feedback,
			Model model) {
		return section(this.reports.readable(user, reportId), user, sectionId, place, feedback, model);
	}

	private String section(Report report, PortalUser user, long sectionId, Place place, Feedback feedback,
			Model model) {
		Board board = board(user, report, place, sectionId, feedback);
		model.addAttribute("board", board);
		model.addAttribute("slot", board.slot(sectionId));
		model.addAttribute("zone", VIETNAM);
		return "review/_comments :: answer";
	}

	/** The threads of the report as the user sees them, with {@code feedback} on the slot of {@code sectionId}. */
	private Board board(PortalUser user, Report report, Place place, long sectionId, Feedback feedback) {
		ReportView view = this.reports.view(report);
		List<CommentThread> threads = this.comments.threads(report.getId());
		Map<Long, List<CommentThread>> bySection = threads.stream()
			.collect(Collectors.groupingBy(CommentThread::sectionId, LinkedHashMap::new, Collectors.toList()));
		boolean mayOpen = this.comments.mayOpen(user, report);
		List<Board.Slot> slots = new ArrayList<>();
		flatten(view.sections()).forEach((s) -> slots.add(slot(user, report, place, s.id(), s.number(), s.title(),
				false, bySection.remove(s.id()), mayOpen, s.id() == sectionId ? feedback : Feedback.NONE)));
		bySection.forEach((id, onRemoved) -> slots.add(slot(user, report, place, id, null,
				onRemoved.get(0).sectionTitle(), true, onRemoved, false, id == sectionId ? feedback : Feedback.NONE)));
		List<SectionThreads> groups = this.comments.threadsBySection(view);
		if (place == Place.EDITOR) {
			groups = groups.stream()
				.map((g) -> new SectionThreads(g.sectionId(), g.number(), g.title(), g.removed(),
						g.threads().stream().filter(CommentThread::isOpen).toList()))
				.filter((g) -> !g.threads().isEmpty())
				.toList();
		}
		long open = threads.stream().filter(CommentThread::isOpen).count();
		return new Board(report.getId(), place, groups, open, threads.size() - open, mayOpen, slots);
	}

	private Board.Slot slot(PortalUser user, Report report, Place place, long sectionId, String number, String title,
			boolean removed, List<CommentThread> threads, boolean mayOpen, Feedback feedback) {
		List<CommentThread> onSection = threads == null ? List.of() : threads;
		List<Board.Item> items = onSection.stream()
			.filter((t) -> place == Place.PAGE || t.isOpen())
			.map((t) -> new Board.Item(t, this.comments.mayReply(user, report, t),
					this.comments.mayResolve(user, report, t), this.comments.mayReopen(user, report, t),
					!this.comments.quoteStillInText(report, t)))
			.toList();
		long openCount = onSection.stream().filter(CommentThread::isOpen).count();
		return new Board.Slot(sectionId, number, title, removed, items, openCount, mayOpen && !removed, feedback);
	}

	private static Stream<ReportView.Section> flatten(List<ReportView.Section> sections) {
		return sections.stream().flatMap((s) -> Stream.concat(Stream.of(s), flatten(s.children())));
	}

}
