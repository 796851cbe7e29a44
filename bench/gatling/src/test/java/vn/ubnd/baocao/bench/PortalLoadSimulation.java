package vn.ubnd.baocao.bench;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;

import static io.gatling.javaapi.core.CoreDsl.*;
import static io.gatling.javaapi.http.HttpDsl.*;

/**
 * A province submitting on the same afternoon: per unit two clerks writing (the editor, autosaved sections and
 * indicator rows), a council reviewer reading submitted reports and commenting, a chair reading and signing; everyone
 * opens report pages, print views, PDFs and DOCX. Every user signs in through the login form and keeps its session
 * cookie and CSRF token; with several base URLs every request goes to the next portal in turn (sessions live in
 * PostgreSQL, so any portal serves any user).
 *
 * <p>
 * System properties: {@code portal.baseUrls} (comma-separated, default {@code http://127.0.0.1:8080}),
 * {@code portal.units} (50; four users each), {@code portal.duration} (seconds each user keeps working, 150),
 * {@code portal.ramp} (seconds over which users arrive, 30), {@code portal.warmup} (seconds each user works before
 * the measured part, 0), {@code portal.sign} (chairs approve and sign their
 * accepted reports, {@code true}), {@code portal.accepted} (accepted reports per unit for the chair, 3),
 * {@code portal.prefix} (account prefix, to run twice on one database, {@code t}).
 */
public class PortalLoadSimulation extends Simulation {

	static final List<String> BASES = Arrays.asList(System.getProperty("portal.baseUrls", "http://127.0.0.1:8080")
		.split(","));

	static final int UNITS = Integer.getInteger("portal.units", 50);

	static final int DURATION = Integer.getInteger("portal.duration", 150);

	static final int RAMP = Integer.getInteger("portal.ramp", 30);

	/** Seconds each user works before the measured part (0: none); see {@link #phases}. */
	static final int WARMUP = Integer.getInteger("portal.warmup", 0);

	static final String WARM_UP = "warm-up";

	static final boolean SIGN = Boolean.parseBoolean(System.getProperty("portal.sign", "true"));

	/** The request kinds that count as page views (target p99 ≤ 200 ms). */
	static final List<String> PAGES = List.of("home", "editor", "report page", "print view", "register",
			"workflow panel", "checks panel", "indicator panel", "comments panel");

	/** The autosaves (target p99 ≤ 100 ms). */
	static final List<String> AUTOSAVES = List.of("autosave section", "autosave indicator");

	private static final AtomicLong NEXT = new AtomicLong();

	/** The next portal, in turn. */
	static String base() {
		return BASES.get((int) (NEXT.getAndIncrement() % BASES.size()));
	}

	private final MetricsSampler[] sampler = new MetricsSampler[1];

	{
		List<BenchSetup.BenchUnit> units;
		try {
			long start = System.nanoTime();
			units = BenchSetup.create(BASES.get(0), UNITS, Integer.getInteger("portal.accepted", 3),
					System.getProperty("portal.prefix", "t"));
			System.out.printf("setup: %d units, %d users, %d reports in %.0f s%n", units.size(), units.size() * 4,
					units.stream().mapToInt((u) -> 3 + u.accepted().size()).sum(),
					(System.nanoTime() - start) / 1e9);
		}
		catch (Exception ex) {
			throw new IllegalStateException("setup failed", ex);
		}
		List<Map<String, Object>> clerks = new ArrayList<>();
		List<Map<String, Object>> reviewers = new ArrayList<>();
		List<Map<String, Object>> chairs = new ArrayList<>();
		for (BenchSetup.BenchUnit unit : units) {
			for (int i = 0; i < unit.clerks().size(); i++) {
				clerks.add(Map.of("username", unit.clerks().get(i), "draft", unit.drafts().get(i)));
			}
			reviewers.add(Map.of("username", unit.reviewer(), "report", unit.submitted()));
			chairs.add(Map.of("username", unit.chair(), "report", unit.submitted(), "accepted",
					unit.accepted().stream().map(String::valueOf).reduce((a, b) -> a + "," + b).orElse("")));
		}

		HttpProtocolBuilder protocol = http.acceptHeader("text/html,application/xhtml+xml,*/*")
			.acceptLanguageHeader("vi")
			.userAgentHeader("baocao-load/1.0")
			.shareConnections();

		ScenarioBuilder clerk = scenario("Văn thư").feed(listFeeder(clerks)).exec(phases(clerkLoop()));
		ScenarioBuilder reviewer = scenario("Thường trực HĐND").feed(listFeeder(reviewers))
			.exec(phases(reviewerLoop()));
		ScenarioBuilder chair = scenario("Chủ tịch").feed(listFeeder(chairs))
			.exec((session) -> session.set("toSign", queue(session.getString("accepted"))))
			.exec(phases(chairLoop()));

		List<PopulationBuilder> populations = List.of(
				clerk.injectOpen(rampUsers(clerks.size()).during(Duration.ofSeconds(RAMP))),
				reviewer.injectOpen(rampUsers(reviewers.size()).during(Duration.ofSeconds(RAMP))),
				chair.injectOpen(rampUsers(chairs.size()).during(Duration.ofSeconds(RAMP))));
		List<io.gatling.javaapi.core.Assertion> targets = new ArrayList<>();
		targets.add(global().failedRequests().count().is(0L));
		AUTOSAVES.forEach((name) -> targets.add(details(name).responseTime().percentile(99.0).lte(100)));
		PAGES.forEach((name) -> targets.add(details(name).responseTime().percentile(99.0).lte(200)));
		setUp(populations).protocols(protocol).assertions(targets);
	}

	@Override
	public void before() {
		try {
			this.sampler[0] = new MetricsSampler(BASES, WARMUP > 0 ? RAMP + WARMUP : 0);
			this.sampler[0].start();
		}
		catch (Exception ex) {
			throw new IllegalStateException("metrics sampler", ex);
		}
	}

	@Override
	public void after() {
		try {
			this.sampler[0].close();
		}
		catch (Exception ex) {
			System.err.println("metrics sampler: " + ex);
		}
	}

	/**
	 * A user's day: without a warm-up, sign in and work for {@code portal.duration} seconds; with one
	 * ({@code portal.warmup} seconds), sign in and work in the group {@value #WARM_UP} first (its requests are counted
	 * apart: Gatling names them "warm-up / editor" …, the targets look at the others), then work for the measured
	 * {@code portal.duration} seconds on the same session. Chairs sign only in the measured part.
	 */
	static ChainBuilder phases(ChainBuilder loop) {
		ChainBuilder measured = exec((s) -> s.set("measured", true)).during(Duration.ofSeconds(DURATION)).on(loop);
		if (WARMUP <= 0) {
			return exec(signIn()).exec(measured);
		}
		return group(WARM_UP).on(exec((s) -> s.set("measured", false))
			.exec(signIn())
			.during(Duration.ofSeconds(WARMUP))
			.on(loop)).exec(measured);
	}

	/** A clerk: the editor, sections and indicator rows autosaved as they type, the report page, an output. */
	static ChainBuilder clerkLoop() {
		return exec(editor()).repeat(8)
			.on(pause(Duration.ofSeconds(2), Duration.ofSeconds(4)).exec(autosaveSection()))
			.repeat(3)
			.on(pause(Duration.ofSeconds(1), Duration.ofSeconds(2)).exec(autosaveIndicator()))
			.pause(Duration.ofSeconds(2), Duration.ofSeconds(5))
			.exec(reportPage("#{draft}"))
			.exec(outputs("#{draft}"))
			.pause(Duration.ofSeconds(3), Duration.ofSeconds(6));
	}

	/** A council reviewer: home, the submitted report, a comment on a section, an output, the register. */
	static ChainBuilder reviewerLoop() {
		return exec(page("home", "/")).pause(Duration.ofSeconds(2), Duration.ofSeconds(5))
			.exec(reportPage("#{report}"))
			.pause(Duration.ofSeconds(3), Duration.ofSeconds(8))
			.exec(comment())
			.pause(Duration.ofSeconds(3), Duration.ofSeconds(8))
			.exec(outputs("#{report}"))
			.exec(page("register", "/register"))
			.pause(Duration.ofSeconds(3), Duration.ofSeconds(6));
	}

	/** A chair: home, a report, the next accepted report signed (measured part only), an output. */
	static ChainBuilder chairLoop() {
		return exec(page("home", "/")).pause(Duration.ofSeconds(2), Duration.ofSeconds(5))
			.exec(reportPage("#{report}"))
			.pause(Duration.ofSeconds(3), Duration.ofSeconds(8))
			.doIf((session) -> SIGN && session.getBoolean("measured") && !session.<Deque<Long>>get("toSign").isEmpty())
			.then(sign())
			.exec(outputs("#{report}"))
			.pause(Duration.ofSeconds(5), Duration.ofSeconds(10));
	}

	private static Deque<Long> queue(String ids) {
		Deque<Long> queue = new ArrayDeque<>();
		for (String id : ids.split(",")) {
			if (!id.isBlank()) {
				queue.add(Long.parseLong(id));
			}
		}
		return queue;
	}

	/** The login form, then the home page; the CSRF token of each page is kept for the next post. */
	static ChainBuilder signIn() {
		return exec(http("login page").get((s) -> base() + "/login")
			.check(css("input[name=_csrf]", "value").saveAs("csrf")))
			.exec(http("login").post((s) -> base() + "/login")
				.formParam("username", "#{username}")
				.formParam("password", BenchSetup.PASSWORD)
				.formParam("_csrf", "#{csrf}")
				.disableFollowRedirect()
				.check(status().is(302), header("Location").transform((l) -> l.contains("/login") ? l : "ok").is("ok")))
			.exec(page("home", "/"));
	}

	/** A full page; keeps its CSRF token. */
	static HttpRequestActionBuilder page(String name, String path) {
		return http(name).get((s) -> base() + path)
			.check(status().is(200), css("meta[name=_csrf]", "content").saveAs("csrf"));
	}

	/** An htmx fragment the page loads when it opens. */
	static HttpRequestActionBuilder fragment(String name, String path) {
		return http(name).get((s) -> base() + path.replace("#{id}", String.valueOf(s.getLong("id"))))
			.header("HX-Request", "true")
			.check(status().is(200));
	}

	/** The editor and what it loads: workflow, checks, indicators, the council's comments. */
	static ChainBuilder editor() {
		return exec((s) -> s.set("id", s.getLong("draft")))
			.exec(http("editor").get((s) -> base() + "/reports/" + s.getLong("draft") + "/edit")
				.check(status().is(200), css("meta[name=_csrf]", "content").saveAs("csrf"),
						bodyString().saveAs("editorPage")))
			.exec((s) -> s.set("sections", Editor.sections(s.getString("editorPage"))).remove("editorPage"))
			.exec(fragment("workflow panel", "/reports/#{id}/workflow"))
			.exec(fragment("checks panel", "/reports/#{id}/checks"))
			.exec(http("indicator panel").get((s) -> base() + "/reports/" + s.getLong("id") + "/indicators")
				.header("HX-Request", "true")
				.check(status().is(200), bodyString().saveAs("panel")))
			.exec((s) -> s.set("indicators", Editor.indicators(s.getString("panel"))).remove("panel"))
			.exec(fragment("comments panel", "/reports/#{id}/comments?in=editor"));
	}

	/** One section saved as the clerk types: title kept, text changed, the version from the last answer. */
	static ChainBuilder autosaveSection() {
		return exec((s) -> s.set("section", Editor.pick(s.<List<Editor.Part>>get("sections"))))
			.exec(http("autosave section")
				.post((s) -> base() + "/reports/" + s.getLong("draft") + "/sections/" + s.<Editor.Part>get("section").id)
				.header("HX-Request", "true")
				.header("X-CSRF-TOKEN", "#{csrf}")
				.formParam("title", (s) -> s.<Editor.Part>get("section").title)
				.formParam("body", (s) -> Editor.text(s.<Editor.Part>get("section")))
				.formParam("version", (s) -> String.valueOf(s.<Editor.Part>get("section").version))
				.check(status().is(200), regex("id=\"version-\\d+\" value=\"(\\d+)\"").saveAs("newVersion")))
			.exec((s) -> {
				s.<Editor.Part>get("section").version = Long.parseLong(s.getString("newVersion"));
				return s;
			});
	}

	/** One indicator row saved: the actual figure written the Vietnamese way. */
	static ChainBuilder autosaveIndicator() {
		return doIf((s) -> !s.<List<Editor.Part>>get("indicators").isEmpty()).then(
				exec((s) -> s.set("indicator", Editor.pick(s.<List<Editor.Part>>get("indicators"))))
					.exec(http("autosave indicator")
						.post((s) -> base() + "/reports/" + s.getLong("draft") + "/indicators/"
								+ s.<Editor.Part>get("indicator").id)
						.header("HX-Request", "true")
						.header("X-CSRF-TOKEN", "#{csrf}")
						.formParam("actual", (s) -> Editor.figure())
						.formParam("version", (s) -> String.valueOf(s.<Editor.Part>get("indicator").version))
						.check(status().is(200),
								regex("id=\"indicator-version-\\d+\" value=\"(\\d+)\"").saveAs("newVersion")))
					.exec((s) -> {
						s.<Editor.Part>get("indicator").version = Long.parseLong(s.getString("newVersion"));
						return s;
					}));
	}

	/** The report page and its panels. */
	static ChainBuilder reportPage(String idExpression) {
		return exec((s) -> s.set("id", s.getLong(idExpression.substring(2, idExpression.length() - 1))))
			.exec(http("report page").get((s) -> base() + "/reports/" + s.getLong("id"))
				.check(status().is(200), css("meta[name=_csrf]", "content").saveAs("csrf")))
			.exec(fragment("workflow panel", "/reports/#{id}/workflow"))
			.exec(fragment("indicator panel", "/reports/#{id}/indicators"))
			.exec(http("comments panel").get((s) -> base() + "/reports/" + s.getLong("id") + "/comments")
				.header("HX-Request", "true")
				.check(status().is(200),
						regex("/reports/\\d+/sections/(\\d+)/comments").findAll().optional().saveAs("commentable")));
	}

	/** Now and then the print view, the PDF or the DOCX of the report last opened. */
	static ChainBuilder outputs(String idExpression) {
		return randomSwitch().on(percent(30.0).then(exec(http("print view")
			.get((s) -> base() + "/reports/" + s.getLong("id") + "/print")
			.check(status().is(200)))),
				percent(25.0).then(exec(http("pdf").get((s) -> base() + "/reports/" + s.getLong("id") + "/pdf")
					.check(status().is(200), header("Content-Type").is("application/pdf")))),
				percent(10.0).then(exec(http("docx").get((s) -> base() + "/reports/" + s.getLong("id") + "/docx")
					.check(status().is(200)))));
	}

	/** The reviewer comments on a section of the submitted report, as the form under the section posts it. */
	static ChainBuilder comment() {
		return doIf((s) -> s.contains("commentable") && !s.getList("commentable").isEmpty())
			.then(exec(http("comment").post((s) -> {
				List<Object> sections = s.getList("commentable");
				Object section = sections.get(ThreadLocalRandom.current().nextInt(sections.size()));
				return base() + "/reports/" + s.getLong("id") + "/sections/" + section + "/comments";
			})
				.header("HX-Request", "true")
				.header("X-CSRF-TOKEN", "#{csrf}")
				.formParam("text", (s) -> "Đề nghị bổ sung số liệu so sánh cùng kỳ và làm rõ nguyên nhân ("
						+ System.nanoTime() % 100000 + ").")
				.formParam("quote", "")
				.check(status().is(200))));
	}

	/** The chair approves and signs the next accepted report (approve with "sign and issue" ticked). */
	static ChainBuilder sign() {
		return exec((s) -> s.set("signing", s.<Deque<Long>>get("toSign").poll()))
			.exec(http("report page").get((s) -> base() + "/reports/" + s.getLong("signing"))
				.check(status().is(200), css("meta[name=_csrf]", "content").saveAs("csrf")))
			.exec(http("sign").post((s) -> base() + "/reports/" + s.getLong("signing") + "/approve")
				.header("HX-Request", "true")
				.header("X-CSRF-TOKEN", "#{csrf}")
				.formParam("sign", "true")
				.check(status().is(204)));
	}

	/** What the benchmark reads from the editor: the sections and indicator rows, with their versions. */
	static final class Editor {

		static final class Part {

			final long id;

			final String title;

			volatile long version;

			Part(long id, String title, long version) {
				this.id = id;
				this.title = title;
				this.version = version;
			}

		}

		static List<Part> sections(String page) {
			Map<Long, String> titles = new HashMap<>();
			for (List<String> m : PortalClient.findAll(page,
					"value=\"([^\"]*)\" aria-label=\"[^\"]*\"\\s+id=\"title-(\\d+)\"")) {
				titles.put(Long.parseLong(m.get(1)), unescape(m.get(0)));
			}
			List<Part> parts = new ArrayList<>();
			for (List<String> m : PortalClient.findAll(page, "id=\"version-(\\d+)\" value=\"(\\d+)\"")) {
				long id = Long.parseLong(m.get(0));
				parts.add(new Part(id, titles.getOrDefault(id, ""), Long.parseLong(m.get(1))));
			}
			if (parts.isEmpty()) {
				throw new IllegalStateException("no section in the editor");
			}
			// a clerk works on the first sections (the rest are empty headings further down)
			return parts.subList(0, Math.min(parts.size(), 6));
		}

		static List<Part> indicators(String panel) {
			List<Part> parts = new ArrayList<>();
			for (List<String> m : PortalClient.findAll(panel, "id=\"indicator-version-(\\d+)\"\\s+value=\"(-?\\d*)\"")) {
				parts.add(new Part(Long.parseLong(m.get(0)), "", m.get(1).isEmpty() ? -1 : Long.parseLong(m.get(1))));
			}
			return parts;
		}

		static Part pick(List<Part> parts) {
			return parts.get(ThreadLocalRandom.current().nextInt(parts.size()));
		}

		/** A section's text as a clerk writes it: a few paragraphs with figures, about 1.5 KB. */
		static String text(Part part) {
			ThreadLocalRandom random = ThreadLocalRandom.current();
			StringBuilder text = new StringBuilder();
			for (int i = 0; i < 6; i++) {
				text.append("- Thu ngân sách nhà nước trên địa bàn ước đạt ")
					.append(random.nextInt(1, 999))
					.append('.')
					.append(String.format("%03d", random.nextInt(1000)))
					.append(" triệu đồng, bằng ")
					.append(random.nextInt(40, 120))
					.append(',')
					.append(random.nextInt(10))
					.append("% dự toán; các xã đã tập trung chỉ đạo, điều hành quyết liệt các nhiệm vụ trọng tâm.\n");
			}
			return text.append("Lần lưu ").append(part.version + 1).append('.').toString();
		}

		static String figure() {
			ThreadLocalRandom random = ThreadLocalRandom.current();
			return random.nextInt(1, 99) + "." + String.format("%03d", random.nextInt(1000)) + "," + random.nextInt(10);
		}

		private static String unescape(String html) {
			return html.replace("&quot;", "\"")
				.replace("&#39;", "'")
				.replace("&lt;", "<")
				.replace("&gt;", ">")
				.replace("&amp;", "&");
		}

	}

}
