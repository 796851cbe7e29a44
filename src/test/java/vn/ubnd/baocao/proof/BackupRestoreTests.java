package vn.ubnd.baocao.proof;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import vn.ubnd.baocao.BaoCaoApplication;
import vn.ubnd.baocao.indicator.IndicatorService;
import vn.ubnd.baocao.workflow.ReportWorkflow;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Backup and restore as the README documents them: a portal on a PostgreSQL server gets reports in every state the
 * workflow reaches, {@code pg_dump -Fc} dumps its database, {@code pg_restore} restores it into a fresh database, and
 * a new portal on the restored database serves the same pages and JSON. Uses this machine's PostgreSQL server and its
 * client tools ({@code BACKUP_TEST_PG_HOST}, {@code _PORT}, {@code _USER}; 127.0.0.1, 5432, postgres by default): the
 * embedded PostgreSQL 17 cannot be dumped by an older {@code pg_dump}, and its binaries ship none. Skipped where no
 * server answers, except under CI, where it must run.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BackupRestoreTests {

	static final String HOST = env("BACKUP_TEST_PG_HOST", "127.0.0.1");

	static final String PORT = env("BACKUP_TEST_PG_PORT", "5432");

	static final String USER = env("BACKUP_TEST_PG_USER", "postgres");

	final String source = "baocao_backup_src_" + ProcessHandle.current().pid();

	final String restored = "baocao_backup_dst_" + ProcessHandle.current().pid();

	/** Per report: its pages and JSON as served before the dump, and after the restore. */
	final Map<String, String> before = new LinkedHashMap<>();

	final Map<String, String> after = new LinkedHashMap<>();

	/** The issued reports' PDFs (status and bytes) before and after: see {@link #issuedPdfsAreByteIdentical()}. */
	final Map<Long, byte[]> issuedPdfsBefore = new LinkedHashMap<>();

	final Map<Long, byte[]> issuedPdfsAfter = new LinkedHashMap<>();

	final List<Long> reports = new ArrayList<>();

	final List<Long> issued = new ArrayList<>();

	@BeforeAll
	void dumpAndRestore() throws Exception {
		boolean available = serverAnswers() && tool("pg_dump") && tool("pg_restore");
		if (!available && "true".equals(System.getenv("CI"))) {
			throw new IllegalStateException("CI must run the backup test: no PostgreSQL server or client tools at "
					+ HOST + ":" + PORT);
		}
		Assumptions.assumeTrue(available, "no PostgreSQL server with pg_dump/pg_restore at " + HOST + ":" + PORT);
		sql("drop database if exists " + this.source, "drop database if exists " + this.restored,
				"create database " + this.source);
		try (ConfigurableApplicationContext portal = portal(this.source)) {
			makeReportsInEveryState(portal);
			capture(portal, this.before, this.issuedPdfsBefore);
		}
		Path dump = Files.createTempFile("baocao-", ".dump");
		run("pg_dump", "-h", HOST, "-p", PORT, "-U", USER, "-Fc", "-f", dump.toString(), this.source);
		assertThat(Files.size(dump)).isPositive();
		sql("create database " + this.restored);
		run("pg_restore", "-h", HOST, "-p", PORT, "-U", USER, "--no-owner", "--exit-on-error", "-d", this.restored,
				dump.toString());
		Files.delete(dump);
		try (ConfigurableApplicationContext portal = portal(this.restored)) {
			capture(portal, this.after, this.issuedPdfsAfter);
		}
	}

	@AfterAll
	void dropDatabases() throws Exception {
		if (serverAnswers()) {
			sql("drop database if exists " + this.source, "drop database if exists " + this.restored);
		}
	}

	@Test
	void theRestoredPortalServesTheSamePagesAndJson() {
		assertThat(this.reports).hasSizeGreaterThanOrEqualTo(6);
		assertThat(this.before).hasSizeGreaterThan(40);
		assertThat(this.after.keySet()).containsExactlyElementsOf(this.before.keySet());
		this.before.forEach((page, body) -> assertThat(this.after.get(page)).as(page).isEqualTo(body));
	}

	@Test
	void theReportsStatesSurviveTheRestore() {
		assertThat(this.before.values().stream().filter((b) -> b.contains("\"status\""))).isNotEmpty();
		for (String status : List.of("DRAFT", "SUBMITTED", "RETURNED", "ACCEPTED", "APPROVED", "ISSUED")) {
			assertThat(this.after.entrySet())
				.as(status)
				.anyMatch((e) -> e.getKey().startsWith("/api/reports/") && e.getValue().contains("\"" + status + "\""));
		}
	}

	/** Every issued report's PDF is the stored signed one, and comes back byte for byte from the restored database. */
	@Test
	void issuedPdfsAreByteIdentical() {
		assertThat(this.issued).isNotEmpty();
		assertThat(this.issuedPdfsBefore.keySet()).containsExactlyElementsOf(this.issued);
		for (long id : this.issued) {
			assertThat(this.issuedPdfsBefore.get(id)).as("PDF of issued report " + id).isNotEmpty();
			assertThat(this.issuedPdfsAfter.get(id)).as("PDF of issued report " + id).isEqualTo(this.issuedPdfsBefore.get(id));
		}
	}

	private void makeReportsInEveryState(ConfigurableApplicationContext portal) {
		ProofFixtures fixtures = portal.getBean(ProofFixtures.class);
		ReportWorkflow workflow = portal.getBean(ReportWorkflow.class);
		// a draft with edited sections, a checklist and indicators; a submitted report with comment threads
		Map<String, String> ids = fixtures.ids("vanthu", "Huyện Phú Sơn");
		long draft = Long.parseLong(ids.get("reportId"));
		long submitted = Long.parseLong(ids.get("submittedId"));
		portal.getBean(IndicatorService.class)
			.saveValue(fixtures.user("vanthu"), draft, Long.parseLong(ids.get("indicatorId")), -1,
					new IndicatorService.FiguresInput("1.234,5", false, "2.000", null, null, "1.100"));
		// returned with reasons, accepted, approved, issued (numbered in the register)
		Map<String, String> more = fixtures.ids("vanthu", "Huyện Phú Sơn");
		long returned = Long.parseLong(more.get("submittedId"));
		workflow.returnForRevision(fixtures.user("hdnd"), returned, "Bổ sung số liệu thu ngân sách.");
		long accepted = submittedReport(fixtures, workflow);
		workflow.accept(fixtures.user("hdnd"), accepted);
		long approved = submittedReport(fixtures, workflow);
		workflow.accept(fixtures.user("hdnd"), approved);
		workflow.approve(fixtures.user("chutich"), approved);
		long issuedReport = submittedReport(fixtures, workflow);
		workflow.accept(fixtures.user("hdnd"), issuedReport);
		workflow.approveAndIssue(fixtures.user("chutich"), issuedReport);
		this.reports.addAll(List.of(draft, submitted, returned, accepted, approved, issuedReport,
				Long.parseLong(more.get("reportId"))));
		this.issued.add(issuedReport);
	}

	private static long submittedReport(ProofFixtures fixtures, ReportWorkflow workflow) {
		return Long.parseLong(fixtures.ids("vanthu", "Huyện Phú Sơn").get("submittedId"));
	}

	/** What a clerk and a council reviewer are served: every report's pages and JSON, the register, the home page. */
	private void capture(ConfigurableApplicationContext portal, Map<String, String> pages, Map<Long, byte[]> pdfs)
			throws Exception {
		int port = ((WebServerApplicationContext) portal).getWebServer().getPort();
		for (String username : List.of("vanthu", "hdnd")) {
			Client client = new Client(port);
			client.signIn(username);
			for (String path : List.of("/", "/reports", "/register")) {
				pages.put(username + " " + path, client.page(path));
			}
			for (long id : this.reports) {
				for (String suffix : List.of("", "/print", "/comments", "/workflow", "/indicators", "/checks")) {
					pages.put(username + " /reports/" + id + suffix, client.page("/reports/" + id + suffix));
				}
				pages.put("/api/reports/" + id, client.page("/api/reports/" + id));
			}
			for (long id : this.issued) {
				HttpResponse<byte[]> pdf = client.bytes("/reports/" + id + "/pdf");
				pdfs.put(id, pdf.statusCode() == 200 ? pdf.body() : new byte[0]);
			}
		}
	}

	private static ConfigurableApplicationContext portal(String database) {
		return new SpringApplicationBuilder(BaoCaoApplication.class)
			.properties("server.port=0", "spring.datasource.url=jdbc:postgresql://" + HOST + ":" + PORT + "/" + database,
					"spring.datasource.username=" + USER, "spring.datasource.password=", "portal.demo=true",
					"logging.level.root=WARN")
			.run();
	}

	/** A signed-in browser; pages come back without their per-session CSRF tokens. */
	static final class Client {

		private final HttpClient http = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();

		private final int port;

		Client(int port) {
			this.port = port;
		}

		void signIn(String username) throws Exception {
			String token = org.jsoup.Jsoup.parse(page("/login", false)).select("input[name=_csrf]").val();
			HttpResponse<String> login = this.http.send(HttpRequest.newBuilder(uri("/login"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers
					.ofString("username=" + username + "&password=Demo%402026&_csrf=" + token))
				.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(login.headers().firstValue("Location")).hasValueSatisfying((l) -> assertThat(l).doesNotContain("/login"));
		}

		String page(String path) throws Exception {
			return page(path, true);
		}

		private String page(String path, boolean strip) throws Exception {
			HttpResponse<String> response = this.http.send(HttpRequest.newBuilder(uri(path)).build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).as(path).isEqualTo(200);
			String body = response.body();
			return strip ? body.replaceAll("name=\"_csrf\" (content|value)=\"[^\"]*\"", "name=\"_csrf\"") : body;
		}

		HttpResponse<byte[]> bytes(String path) throws Exception {
			return this.http.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofByteArray());
		}

		private URI uri(String path) {
			return URI.create("http://localhost:" + this.port + path);
		}

	}

	private static boolean serverAnswers() {
		try (Connection connection = DriverManager
			.getConnection("jdbc:postgresql://" + HOST + ":" + PORT + "/postgres?connectTimeout=3", USER, "")) {
			return connection.isValid(3);
		}
		catch (Exception ex) {
			return false;
		}
	}

	private static boolean tool(String name) {
		try {
			Process process = new ProcessBuilder(name, "--version").redirectErrorStream(true).start();
			process.getInputStream().readAllBytes();
			return process.waitFor(10, TimeUnit.SECONDS) && process.exitValue() == 0;
		}
		catch (IOException | InterruptedException ex) {
			return false;
		}
	}

	private static void sql(String... statements) throws Exception {
		try (Connection connection = DriverManager.getConnection("jdbc:postgresql://" + HOST + ":" + PORT + "/postgres",
				USER, ""); Statement statement = connection.createStatement()) {
			for (String sql : statements) {
				statement.execute(sql);
			}
		}
	}

	private static void run(String... command) throws Exception {
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes());
		assertThat(process.waitFor(300, TimeUnit.SECONDS)).isTrue();
		assertThat(process.exitValue()).as(String.join(" ", command) + ": " + output).isZero();
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return value == null || value.isBlank() ? fallback : value;
	}

}
