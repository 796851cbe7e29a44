package vn.ubnd.baocao.bench;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The cost of each request kind of the load mix, one user at a time on a warm portal: wall time (p50, mean) and the
 * CPU spent per request, read from {@code /proc}: by the portal's request threads, by its whole JVM (JIT compiler
 * and GC included) and by PostgreSQL (the postmaster given as {@code PG_PID} and its backends). Creates one commune with {@link BenchSetup} (as the load benchmark
 * does), warms every kind up (the JIT compiler's work is done by then: check it with JFR's
 * {@code jdk.ThreadCPULoad}), then times each kind in turn. Plain JDK, like {@link SaveProbe}.
 *
 * <pre>
 * java -cp bench/gatling/target/test-classes vn.ubnd.baocao.bench.RequestCost BASE PORTAL_PID [ROUNDS] [WARM-UP ROUNDS] [PREFIX]
 * </pre>
 *
 * Each kind's start and end are printed to the standard error ({@code MARK epoch-ms start|end kind}), to cut a
 * JFR recording per kind. With {@code MARK_COMMAND} set (a shell command), it is run with the kind's name before and after each kind, so
 * that a statement log can be cut per kind (see bench/README.md).
 */
public final class RequestCost {

	private static final long TICK_MS = 10; // USER_HZ 100

	private RequestCost() {
	}

	@FunctionalInterface
	interface Call {

		HttpResponse<?> run() throws Exception;

	}

	public static void main(String[] args) throws Exception {
		String base = args[0];
		long portalPid = Long.parseLong(args[1]);
		int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 100;
		int warm = args.length > 3 ? Integer.parseInt(args[3]) : 2 * rounds;
		String prefix = args.length > 4 ? args[4] : "c" + (System.currentTimeMillis() / 1000 % 100000);
		BenchSetup.BenchUnit unit = BenchSetup.create(base, 1, 1, prefix).get(0);
		PortalClient clerk = new PortalClient(base);
		clerk.signIn(unit.clerks().get(0), BenchSetup.PASSWORD);
		PortalClient reviewer = new PortalClient(base);
		reviewer.signIn(unit.reviewer(), BenchSetup.PASSWORD);
		long draft = unit.drafts().get(0);
		long submitted = unit.submitted();
		String editor = clerk.get("/reports/" + draft + "/edit").body();
		List<PortalLoadSimulation.Editor.Part> sections = PortalLoadSimulation.Editor.sections(editor);
		int[] next = { 0 };

		Map<String, Call> kinds = new LinkedHashMap<>();
		kinds.put("editor", () -> clerk.get("/reports/" + draft + "/edit"));
		kinds.put("workflow panel", () -> htmx(clerk, "/reports/" + draft + "/workflow"));
		kinds.put("checks panel", () -> htmx(clerk, "/reports/" + draft + "/checks"));
		kinds.put("indicator panel", () -> htmx(clerk, "/reports/" + draft + "/indicators"));
		kinds.put("comments panel (editor)", () -> htmx(clerk, "/reports/" + draft + "/comments?in=editor"));
		kinds.put("autosave section", () -> {
			PortalLoadSimulation.Editor.Part part = sections.get(next[0]++ % sections.size());
			HttpResponse<String> saved = clerk.post("/reports/" + draft + "/sections/" + part.id,
					Map.of("title", part.title, "body", PortalLoadSimulation.Editor.text(part), "version",
							String.valueOf(part.version)),
					true);
			part.version = Long.parseLong(PortalClient.find(saved.body(), "id=\"version-\\d+\" value=\"(\\d+)\""));
			return saved;
		});
		kinds.put("report page (clerk)", () -> clerk.get("/reports/" + draft));
		kinds.put("print view", () -> clerk.get("/reports/" + draft + "/print"));
		kinds.put("home (reviewer)", () -> reviewer.get("/"));
		kinds.put("report page (reviewer)", () -> reviewer.get("/reports/" + submitted));
		kinds.put("workflow panel (reviewer)", () -> htmx(reviewer, "/reports/" + submitted + "/workflow"));
		kinds.put("indicator panel (reviewer)", () -> htmx(reviewer, "/reports/" + submitted + "/indicators"));
		kinds.put("comments panel (reviewer)", () -> htmx(reviewer, "/reports/" + submitted + "/comments"));
		kinds.put("register", () -> reviewer.get("/register"));

		for (int i = 0; i < warm; i++) {
			for (Call call : kinds.values()) {
				check(call.run());
			}
		}
		System.out.printf("%-28s %8s %8s %8s %12s %10s %10s%n", "request", "p50 ms", "mean ms", "p95 ms",
				"request CPU", "JVM CPU", "PG CPU");
		for (Map.Entry<String, Call> kind : kinds.entrySet()) {
			mark("start " + kind.getKey());
			long[] cpu = cpu(portalPid);
			double[] wall = new double[rounds];
			for (int i = 0; i < rounds; i++) {
				long start = System.nanoTime();
				check(kind.getValue().run());
				wall[i] = (System.nanoTime() - start) / 1e6;
			}
			long[] after = cpu(portalPid);
			mark("end " + kind.getKey());
			Arrays.sort(wall);
			System.out.printf("%-28s %8.1f %8.1f %8.1f %12.1f %10.1f %10.1f%n", kind.getKey(), wall[rounds / 2],
					Arrays.stream(wall).average().orElse(0), wall[(int) (rounds * 0.95)],
					(after[2] - cpu[2]) * (double) TICK_MS / rounds, (after[0] - cpu[0]) * (double) TICK_MS / rounds,
					(after[1] - cpu[1]) * (double) TICK_MS / rounds);
		}
	}

	private static HttpResponse<String> htmx(PortalClient client, String path) throws Exception {
		return client.get(path, Map.of("HX-Request", "true"));
	}

	private static void check(HttpResponse<?> response) {
		if (response.statusCode() != 200) {
			throw new IllegalStateException(response.uri() + ": " + response.statusCode());
		}
	}

	private static void mark(String what) throws IOException, InterruptedException {
		System.err.println("MARK " + System.currentTimeMillis() + " " + what);
		String command = System.getenv("MARK_COMMAND");
		if (command != null) {
			new ProcessBuilder("sh", "-c", command + " '" + what + "'").inheritIO().start().waitFor();
		}
	}

	/**
	 * CPU ticks: of the portal's whole process (JIT compiler and GC included), of the PostgreSQL whose postmaster is
	 * {@code PG_PID} (environment) and every process below it, and of the portal's request threads
	 * ({@code http-nio-*}) alone.
	 */
	private static long[] cpu(long portalPid) throws IOException {
		long portal = ticks(Path.of("/proc", String.valueOf(portalPid), "stat"));
		long requests = 0;
		try (var threads = Files.list(Path.of("/proc", String.valueOf(portalPid), "task"))) {
			for (Path thread : (Iterable<Path>) threads::iterator) {
				try {
					if (Files.readString(thread.resolve("comm")).startsWith("http-nio")) {
						requests += ticks(thread.resolve("stat"));
					}
				}
				catch (IOException | RuntimeException ex) {
					// the thread ended meanwhile
				}
			}
		}
		String pg = System.getenv("PG_PID");
		long postgres = 0;
		if (pg != null) {
			Map<Long, Long> parents = new HashMap<>();
			Map<Long, Long> ticks = new HashMap<>();
			try (var processes = Files.list(Path.of("/proc"))) {
				for (Path dir : (Iterable<Path>) processes::iterator) {
					String name = dir.getFileName().toString();
					if (name.chars().allMatch(Character::isDigit)) {
						try {
							String stat = Files.readString(dir.resolve("stat"));
							parents.put(Long.parseLong(name),
									Long.parseLong(stat.substring(stat.lastIndexOf(')') + 2).split(" ")[1]));
							ticks.put(Long.parseLong(name), ticks(dir.resolve("stat")));
						}
						catch (IOException | RuntimeException ex) {
							// the process ended meanwhile
						}
					}
				}
			}
			long root = Long.parseLong(pg.trim());
			for (Map.Entry<Long, Long> process : ticks.entrySet()) {
				long p = process.getKey();
				while (p > 1 && p != root) {
					p = parents.getOrDefault(p, 0L);
				}
				if (p == root) {
					postgres += process.getValue();
				}
			}
		}
		return new long[] { portal, postgres, requests };
	}

	/** utime + stime of a {@code /proc/.../stat}. */
	private static long ticks(Path stat) throws IOException {
		String line = Files.readString(stat);
		String[] fields = line.substring(line.lastIndexOf(')') + 2).split(" ");
		return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
	}

}
