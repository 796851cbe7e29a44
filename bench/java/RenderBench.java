import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.management.OperatingSystemMXBean;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import vn.ubnd.baocao.BaoCaoApplication;

/**
 * Times the portal's renderers on a seed-sized report, end to end over HTTP (database read included), and
 * LibreOffice converting the same DOCX to PDF.
 */
public class RenderBench {

	public static void main(String[] args) throws Exception {
		int runs = Integer.parseInt(args[0]);
		Path seed = Path.of(args[1]);
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(BaoCaoApplication.class)
			.properties("server.port=0", "portal.database.embedded.ephemeral=true", "portal.demo=true",
					"logging.level.root=WARN")
			.run()) {
			int port = ((WebServerApplicationContext) context).getWebServer().getPort();
			Client client = new Client(port);
			client.signIn("vanthu", "Demo@2026");
			String form = client.get("/reports/import").body();
			Matcher kind = Pattern.compile("<option value=\"(\\d+)\"[^>]*>[^<]*(Đề án|ĐỀ ÁN|đề án)").matcher(form);
			String kindId = kind.find() ? kind.group(1) : firstKind(form);
			HttpResponse<String> imported = client.upload("/reports/import", seed, Map.of("kindId", kindId, "start",
					"2021-01-01", "end", "2026-12-31", "year", "2021"));
			String location = imported.headers().firstValue("Location").orElseThrow();
			Matcher reportId = Pattern.compile("/reports/(\\d+)/edit").matcher(location);
			reportId.find();
			String id = reportId.group(1);
			byte[] pdf = client.bytes("/reports/" + id + "/pdf");
			byte[] docx = client.bytes("/reports/" + id + "/docx");
			System.out.printf("report %s: PDF %,d bytes, DOCX %,d bytes%n", id, pdf.length, docx.length);
			System.out.printf("load average at start: %s%n", loadAverage());
			Stats pdfStats = time(runs, () -> client.bytes("/reports/" + id + "/pdf"));
			Stats docxStats = time(runs, () -> client.bytes("/reports/" + id + "/docx"));
			Stats htmlStats = time(runs, () -> client.bytes("/reports/" + id + "/print"));
			System.out.printf("%d timed runs each, after warm-up runs until the JIT settles (at most %d)%n", runs,
					MAX_WARM_UP);
			print("PDF ", pdfStats);
			print("DOCX", docxStats);
			print("HTML", htmlStats);
			Path dir = Files.createTempDirectory("lo-bench-");
			Path input = dir.resolve("seed-003.docx");
			Files.write(input, docx);
			// cold: a fresh profile each time, as a one-off command does; warm: one profile, made by an untimed run
			List<Double> cold = new ArrayList<>();
			for (int i = 0; i < 3; i++) {
				cold.add(libreOffice(dir, dir.resolve("profile-" + UUID.randomUUID()), input));
			}
			Path profile = dir.resolve("profile-warm");
			libreOffice(dir, profile, input);
			List<Double> warm = new ArrayList<>();
			for (int i = 0; i < 5; i++) {
				warm.add(libreOffice(dir, profile, input));
			}
			Collections.sort(cold);
			Collections.sort(warm);
			double coldMedian = cold.get(cold.size() / 2);
			double warmMedian = warm.get(warm.size() / 2);
			System.out.printf("LibreOffice DOCX->PDF, fresh profile: median %.0f ms over %d runs %s%n", coldMedian,
					cold.size(), cold);
			System.out.printf("LibreOffice DOCX->PDF, warm profile:  median %.0f ms over %d runs %s%n", warmMedian,
					warm.size(), warm);
			System.out.printf("ratio LibreOffice / portal PDF p50: %.1fx (fresh profile), %.1fx (warm profile)%n",
					coldMedian / pdfStats.p50, warmMedian / pdfStats.p50);
			System.out.printf("load average at end: %s%n", loadAverage());
		}
	}

	private static void print(String what, Stats stats) {
		System.out.printf("%s p50 %6.1f ms  p95 %6.1f ms  JVM CPU %6.1f ms/request  (warm-up %d runs; JIT %d ms while timed)%n",
				what, stats.p50, stats.p95, stats.cpu, stats.warmUp, stats.jitMs);
	}

	private static double libreOffice(Path dir, Path profile, Path input) throws Exception {
		long start = System.nanoTime();
		Process process = new ProcessBuilder("libreoffice", "-env:UserInstallation=file://" + profile, "--headless",
				"--convert-to", "pdf", "--outdir", dir.toString(), input.toString())
			.redirectErrorStream(true)
			.start();
		process.getInputStream().readAllBytes();
		if (process.waitFor() != 0) {
			throw new IllegalStateException("libreoffice failed");
		}
		return (System.nanoTime() - start) / 1e6;
	}

	/** The 1, 5 and 15 minute load averages (other work on the machine skews the wall-clock figures). */
	private static String loadAverage() throws Exception {
		Path load = Path.of("/proc/loadavg");
		return Files.exists(load) ? String.join(" ", Arrays.asList(Files.readString(load).split(" ")).subList(0, 3))
				: "n/a";
	}

	private static String firstKind(String form) {
		Matcher any = Pattern.compile("<option value=\"(\\d+)\"").matcher(form);
		any.find();
		return any.group(1);
	}

	interface Call {

		void run() throws Exception;

	}

	/**
	 * Wall-clock p50 and p95 of one request, the CPU time the whole JVM (server, client, GC and JIT threads) spent per
	 * request on average, the warm-up runs it took and the JIT compilation time during the timed runs.
	 */
	record Stats(double p50, double p95, double cpu, int warmUp, long jitMs) {
	}

	/** At least this many warm-up runs ... */
	private static final int MIN_WARM_UP = 30;

	/** ... then more, in windows of this many, until the JIT compiles for less than 5% of a window's time ... */
	private static final int WINDOW = 20;

	/** ... but no more than this many (system property bench.maxWarmUp, default 600). */
	private static final int MAX_WARM_UP = Integer.getInteger("bench.maxWarmUp", 600);

	private static Stats time(int runs, Call call) throws Exception {
		CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
		int warmUp = 0;
		while (warmUp < MIN_WARM_UP) {
			call.run();
			warmUp++;
		}
		while (warmUp < MAX_WARM_UP) {
			long compiled = jit.getTotalCompilationTime();
			long start = System.nanoTime();
			for (int i = 0; i < WINDOW; i++) {
				call.run();
			}
			warmUp += WINDOW;
			double window = (System.nanoTime() - start) / 1e6;
			if (jit.getTotalCompilationTime() - compiled < 0.05 * window) {
				break;
			}
		}
		OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
		long cpuStart = os.getProcessCpuTime();
		long jitStart = jit.getTotalCompilationTime();
		List<Double> times = new ArrayList<>();
		for (int i = 0; i < runs; i++) {
			long start = System.nanoTime();
			call.run();
			times.add((System.nanoTime() - start) / 1e6);
		}
		double cpu = (os.getProcessCpuTime() - cpuStart) / 1e6 / runs;
		Collections.sort(times);
		return new Stats(times.get((int) Math.floor(0.5 * (runs - 1))), times.get((int) Math.ceil(0.95 * (runs - 1))),
				cpu, warmUp, jit.getTotalCompilationTime() - jitStart);
	}

	static class Client {

		private final HttpClient http = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();

		private final int port;

		private String csrf;

		Client(int port) {
			this.port = port;
		}

		HttpResponse<String> get(String path) throws Exception {
			HttpResponse<String> response = this.http.send(HttpRequest.newBuilder(uri(path)).build(),
					HttpResponse.BodyHandlers.ofString());
			Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(response.body());
			if (token.find()) {
				this.csrf = token.group(1);
			}
			return response;
		}

		byte[] bytes(String path) throws Exception {
			HttpResponse<byte[]> response = this.http.send(HttpRequest.newBuilder(uri(path)).build(),
					HttpResponse.BodyHandlers.ofByteArray());
			if (response.statusCode() != 200) {
				throw new IllegalStateException(path + " answered " + response.statusCode());
			}
			return response.body();
		}

		void signIn(String user, String password) throws Exception {
			get("/login");
			String body = "username=" + user + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8)
					+ "&_csrf=" + this.csrf;
			this.http.send(HttpRequest.newBuilder(uri("/login"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build(), HttpResponse.BodyHandlers.ofString());
		}

		HttpResponse<String> upload(String path, Path file, Map<String, String> fields) throws Exception {
			String boundary = "----bench" + UUID.randomUUID();
			var out = new java.io.ByteArrayOutputStream();
			for (Map.Entry<String, String> field : fields.entrySet()) {
				out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey()
						+ "\"\r\n\r\n" + field.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
			}
			out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
					+ file.getFileName() + "\"\r\nContent-Type: text/plain\r\n\r\n").getBytes(StandardCharsets.UTF_8));
			out.write(Files.readAllBytes(file));
			out.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
			return this.http.send(HttpRequest.newBuilder(uri(path + "?_csrf=" + this.csrf))
				.header("Content-Type", "multipart/form-data; boundary=" + boundary)
				.POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray()))
				.build(), HttpResponse.BodyHandlers.ofString());
		}

		private URI uri(String path) {
			return URI.create("http://localhost:" + this.port + path);
		}

	}

}
