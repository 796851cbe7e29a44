package vn.ubnd.baocao.bench;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fault probe (bench/faults): clerks autosave sections as fast as a person types while something breaks
 * (PostgreSQL restarted, the portal killed, the database made read-only), each save logged with what the portal
 * answered. At the end, once the portal answers again, every section is read back: what is stored must be the last
 * save the portal acknowledged, or a later save that got no answer at all (the connection broke, so its outcome was
 * unknown to the clerk); a save answered with an error must not be stored, and no acknowledged save may be missing.
 *
 * <p>
 * {@code java -cp bench/gatling/target/test-classes vn.ubnd.baocao.bench.SaveProbe BASE UNITS SECONDS PREFIX}
 * (creates UNITS units with two clerks each through the admin pages, as the load benchmark does). Exit code 0 when
 * nothing was lost.
 */
public final class SaveProbe {

	enum Outcome {

		ACKNOWLEDGED, ERROR, NO_ANSWER, CONFLICT

	}

	record Attempt(String clerk, long report, long section, String body, Outcome outcome, int status, String message,
			Instant at) {
	}

	private static final Pattern STORED = Pattern.compile("id=\"body-(\\d+)\"[^>]*>([^<]*)</textarea>", Pattern.DOTALL);

	private SaveProbe() {
	}

	public static void main(String[] args) throws Exception {
		String base = args[0];
		int units = Integer.parseInt(args[1]);
		Duration duration = Duration.ofSeconds(Long.parseLong(args[2]));
		String prefix = args.length > 3 ? args[3] : "f";
		List<BenchSetup.BenchUnit> created = BenchSetup.create(base, units, 0, prefix);
		List<String[]> clerks = new ArrayList<>();
		for (BenchSetup.BenchUnit unit : created) {
			for (int i = 0; i < unit.clerks().size(); i++) {
				clerks.add(new String[] { unit.clerks().get(i), String.valueOf(unit.drafts().get(i)) });
			}
		}
		System.out.printf("%s probe: %d clerks saving for %d s%n", Instant.now(), clerks.size(), duration.toSeconds());
		List<Attempt> attempts = Collections.synchronizedList(new ArrayList<>());
		Instant end = Instant.now().plus(duration);
		ExecutorService pool = Executors.newFixedThreadPool(clerks.size());
		List<Future<?>> futures = new ArrayList<>();
		for (String[] clerk : clerks) {
			futures.add(pool.submit(() -> {
				clerk(base, clerk[0], Long.parseLong(clerk[1]), end, attempts);
				return null;
			}));
		}
		for (Future<?> future : futures) {
			future.get();
		}
		pool.shutdown();
		System.exit(verify(base, clerks, attempts) ? 0 : 1);
	}

	private static void clerk(String base, String username, long report, Instant end, List<Attempt> attempts)
			throws Exception {
		PortalClient client = new PortalClient(base);
		client.signIn(username, BenchSetup.PASSWORD);
		List<PortalLoadSimulation.Editor.Part> sections = PortalLoadSimulation.Editor
			.sections(client.get("/reports/" + report + "/edit").body())
			.subList(0, 3);
		int seq = 0;
		while (Instant.now().isBefore(end)) {
			PortalLoadSimulation.Editor.Part section = sections.get(seq % sections.size());
			String body = "Lần lưu " + (++seq) + " của " + username + ".";
			Instant at = Instant.now();
			try {
				HttpResponse<String> response = client.post("/reports/" + report + "/sections/" + section.id,
						Map.of("title", section.title, "body", body, "version", String.valueOf(section.version)),
						true);
				int status = response.statusCode();
				if (status == 200) {
					section.version = Long.parseLong(PortalClient.find(response.body(), "id=\"version-\\d+\" value=\"(\\d+)\""));
					attempts.add(new Attempt(username, report, section.id, body, Outcome.ACKNOWLEDGED, status, "", at));
				}
				else {
					attempts.add(new Attempt(username, report, section.id, body,
							status == 409 ? Outcome.CONFLICT : Outcome.ERROR, status, message(response.body()), at));
					refresh(client, report, section);
				}
			}
			catch (java.io.IOException ex) {
				attempts.add(new Attempt(username, report, section.id, body, Outcome.NO_ANSWER, 0, ex.toString(), at));
				Thread.sleep(500);
				refresh(client, report, section);
			}
			Thread.sleep(200);
		}
	}

	/** After a failed save: the section's version as stored now (as "use the saved version" does). */
	private static void refresh(PortalClient client, long report, PortalLoadSimulation.Editor.Part section) {
		try {
			HttpResponse<String> response = client.get("/reports/" + report + "/sections/" + section.id);
			if (response.statusCode() == 200) {
				section.version = Long.parseLong(PortalClient.find(response.body(), "id=\"version-\\d+\" value=\"(\\d+)\""));
			}
		}
		catch (Exception ex) {
			// the portal is still away: the next save tries again
		}
	}

	/** The visible text of an error page, shortened. */
	private static String message(String html) {
		String text = html.replaceAll("(?s)<head>.*?</head>", "")
			.replaceAll("(?s)<nav.*?</nav>", "")
			.replaceAll("<[^>]+>", " ")
			.replaceAll("\\s+", " ")
			.strip();
		return text.length() > 160 ? text.substring(0, 160) + "…" : text;
	}

	private static boolean verify(String base, List<String[]> clerks, List<Attempt> attempts) throws Exception {
		waitUntilUp(base);
		Map<Outcome, Integer> outcomes = new TreeMap<>();
		Map<Integer, Integer> statuses = new TreeMap<>();
		Map<String, Integer> messages = new TreeMap<>();
		attempts.forEach((a) -> {
			outcomes.merge(a.outcome(), 1, Integer::sum);
			statuses.merge(a.status(), 1, Integer::sum);
			if (a.outcome() == Outcome.ERROR) {
				messages.merge(a.status() + " " + a.message(), 1, Integer::sum);
			}
		});
		int lost = 0;
		int errorButStored = 0;
		int unknownStored = 0;
		int checked = 0;
		for (String[] clerk : clerks) {
			PortalClient client = new PortalClient(base);
			client.signIn(clerk[0], BenchSetup.PASSWORD);
			long report = Long.parseLong(clerk[1]);
			Map<Long, String> stored = new HashMap<>();
			HttpResponse<String> editor = client.get("/reports/" + report + "/edit");
			Matcher matcher = STORED.matcher(editor.body());
			while (matcher.find()) {
				stored.put(Long.parseLong(matcher.group(1)), matcher.group(2).strip());
			}
			if (stored.isEmpty()) {
				throw new IllegalStateException("no section read back from the editor of report " + report + ": "
						+ editor.statusCode() + " " + editor.body().substring(0, Math.min(300, editor.body().length())));
			}
			Map<Long, List<Attempt>> bySection = new HashMap<>();
			synchronized (attempts) {
				attempts.stream()
					.filter((a) -> a.report() == report)
					.forEach((a) -> bySection.computeIfAbsent(a.section(), (k) -> new ArrayList<>()).add(a));
			}
			for (Map.Entry<Long, List<Attempt>> section : bySection.entrySet()) {
				List<Attempt> list = section.getValue();
				int lastAck = -1;
				for (int i = 0; i < list.size(); i++) {
					if (list.get(i).outcome() == Outcome.ACKNOWLEDGED) {
						lastAck = i;
					}
				}
				if (lastAck < 0) {
					continue;
				}
				checked++;
				String now = stored.get(section.getKey());
				if (list.get(lastAck).body().equals(now)) {
					continue;
				}
				Attempt later = null;
				for (int i = lastAck + 1; i < list.size(); i++) {
					if (list.get(i).body().equals(now)) {
						later = list.get(i);
					}
				}
				if (later == null) {
					lost++;
					System.out.printf("LOST: section %d of %s: acknowledged \"%s\", stored \"%s\"%n", section.getKey(),
							clerk[0], list.get(lastAck).body(), now);
				}
				else if (later.outcome() == Outcome.NO_ANSWER) {
					unknownStored++;
				}
				else {
					errorButStored++;
					System.out.printf("ANSWERED %d BUT STORED: section %d of %s: \"%s\"%n", later.status(),
							section.getKey(), clerk[0], now);
				}
			}
		}
		List<Attempt> failures = attempts.stream().filter((a) -> a.outcome() != Outcome.ACKNOWLEDGED).toList();
		System.out.println("\n==== fault probe ====");
		System.out.printf("saves: %d; outcomes %s; statuses %s%n", attempts.size(), outcomes, statuses);
		if (!failures.isEmpty()) {
			Instant first = failures.stream().map(Attempt::at).min(Instant::compareTo).orElseThrow();
			Instant last = failures.stream().map(Attempt::at).max(Instant::compareTo).orElseThrow();
			Instant recovered = attempts.stream()
				.filter((a) -> a.outcome() == Outcome.ACKNOWLEDGED && a.at().isAfter(last))
				.map(Attempt::at)
				.min(Instant::compareTo)
				.orElse(null);
			System.out.printf("saves failing from %s to %s (%.1f s); first acknowledged save after: %s%n", first, last,
					Duration.between(first, last).toMillis() / 1000.0, recovered);
		}
		messages.forEach((m, n) -> System.out.printf("  %d× %s%n", n, m));
		System.out.printf("sections checked: %d; lost acknowledged saves: %d; saves answered with an error yet stored: "
				+ "%d; saves without an answer that were stored: %d%n", checked, lost, errorButStored, unknownStored);
		return lost == 0 && errorButStored == 0 && checked > 0;
	}

	private static void waitUntilUp(String base) throws Exception {
		for (int i = 0; i < 240; i++) {
			try {
				if (new PortalClient(base).get("/actuator/health").statusCode() == 200) {
					return;
				}
			}
			catch (Exception ex) {
				// not yet
			}
			Thread.sleep(500);
		}
		throw new IllegalStateException("the portal did not come back");
	}

}
