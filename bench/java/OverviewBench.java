import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.ubnd.baocao.BaoCaoApplication;
import vn.ubnd.baocao.dashboard.PeriodOverview;
import vn.ubnd.baocao.report.ReportStatus;
import vn.ubnd.baocao.search.ReportSearch;
import vn.ubnd.baocao.system.PortalUser;
import vn.ubnd.baocao.system.Role;

/**
 * Search and period-overview timings on a database of generated reports (bench/overview/fill.sql), through the
 * portal's own services (the SQL, then reading the page's hits back with the reader's rights), with the query
 * plans. Arguments: the JDBC URL of an empty or already filled database, the number of reports to generate, the
 * timed runs per query.
 */
public class OverviewBench {

	public static void main(String[] args) throws Exception {
		String url = args[0];
		int reports = Integer.parseInt(args[1]);
		int runs = Integer.parseInt(args[2]);
		// system properties: they win over the test configuration on the classpath (which turns demo data on)
		System.setProperty("spring.datasource.url", url);
		System.setProperty("portal.demo", "false");
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(BaoCaoApplication.class)
			.properties("server.port=0", "logging.level.root=WARN", "spring.main.banner-mode=off")
			.run()) {
			JdbcClient jdbc = context.getBean(JdbcClient.class);
			long existing = jdbc.sql("select count(*) from report").query(Long.class).single();
			if (existing == 0) {
				fill(url, reports);
			}
			System.out.printf("%,d reports, %,d sections (avg %,d characters), %,d comments, %,d search entries, "
					+ "%d units; database %s%n", count(jdbc, "report"), count(jdbc, "report_section"),
					jdbc.sql("select avg(length(body))::int from report_section").query(Integer.class).single(),
					count(jdbc, "review_comment"), count(jdbc, "search_entry"), count(jdbc, "unit"),
					jdbc.sql("select pg_size_pretty(pg_database_size(current_database()))").query(String.class).single());
			long province = jdbc.sql("select id from unit where level = 'PROVINCE' order by id limit 1")
				.query(Long.class)
				.single();
			long district = jdbc.sql("select id from unit where level = 'DISTRICT' order by id limit 1")
				.query(Long.class)
				.single();
			long account = jdbc.sql("select min(id) from account").query(Long.class).single();
			PortalUser chair = new PortalUser(account, "bench", null, "Bench", province, Role.CHAIR, null, true);
			PortalUser clerk = new PortalUser(account, "bench", null, "Bench", district, Role.CLERK, null, true);
			ReportSearch search = context.getBean(ReportSearch.class);
			PeriodOverview overview = context.getBean(PeriodOverview.class);

			List<ReportSearch.Request> queries = new ArrayList<>();
			for (String q : List.of("thu ngân sách", "thu ngan sach", "nông thôn mới nâng cao",
					"giải ngân vốn đầu tư công", "khám chữa bệnh", "OCOP", "dịch tả lợn châu Phi", "tiếp công dân",
					"chuyển đổi số", "hộ nghèo đa chiều", "bổ sung số liệu", "12/BC-UBND", "sạt lở đất",
					"Xã 3 Số 7", "công tác cải cách hành chính tháng 3/2024")) {
				queries.add(ReportSearch.Request.of(q));
			}
			queries.add(new ReportSearch.Request("thu ngân sách", null, null, 2024, null, 1));
			queries.add(new ReportSearch.Request("cải cách hành chính", null, null, null, ReportStatus.SUBMITTED, 1));
			queries.add(new ReportSearch.Request("thu ngân sách", null, null, null, null, 3));

			for (PortalUser user : List.of(chair, clerk)) {
				System.out.printf("%nSearch as %s of unit %d (%s):%n", user.role(), user.unitId(),
						user == chair ? "the province, 100 units" : "a district, 9 units");
				List<Double> all = new ArrayList<>();
				for (ReportSearch.Request request : queries) {
					ReportSearch.Page page = search.search(user, request);
					List<Double> times = time(runs, () -> search.search(user, request));
					all.addAll(times);
					System.out.printf("  %-48s %6s hits  p50 %6.1f ms  max %6.1f ms%n", describe(request),
							page.more() ? ">" + page.total() : String.valueOf(page.total()), percentile(times, 50),
							percentile(times, 100));
				}
				System.out.printf("  SEARCH %s: p50 %.1f ms, p95 %.1f ms over %d searches (target p95 <= 100 ms)%n",
						user.role(), percentile(all, 50), percentile(all, 95), all.size());
			}

			System.out.printf("%nPeriod overview of the province (100 units):%n");
			List<Double> overviewTimes = new ArrayList<>();
			List<Map.Entry<String, PeriodOverview.Request>> periods = new ArrayList<>();
			for (Object[] k : List.of(new Object[] { "bench-ktxh-thang", 2025, 11 },
					new Object[] { "bench-ktxh-quy", 2025, 3 }, new Object[] { "bench-6thang", 2025, 2 },
					new Object[] { "bench-nam", 2024, null }, new Object[] { "bench-cchc-thang", 2019, 4 })) {
				long kind = jdbc.sql("select id from report_kind where code = ?").param(k[0]).query(Long.class).single();
				PeriodOverview.Request request = new PeriodOverview.Request(province, kind, (Integer) k[1],
						(Integer) k[2]);
				periods.add(Map.entry(k[0] + " " + k[1] + (k[2] != null ? "/" + k[2] : ""), request));
				PeriodOverview.Overview result = overview.overview(chair, request);
				List<Double> times = time(runs, () -> overview.overview(chair, request));
				overviewTimes.addAll(times);
				System.out.printf("  %-28s %3d units, %s  p50 %6.1f ms  max %6.1f ms%n",
						k[0] + " " + k[1] + (k[2] != null ? "/" + k[2] : ""), result.lines().size(), result.counts(),
						percentile(times, 50), percentile(times, 100));
			}
			System.out.printf("  OVERVIEW: p50 %.1f ms, p95 %.1f ms over %d (target <= 200 ms)%n",
					percentile(overviewTimes, 50), percentile(overviewTimes, 95), overviewTimes.size());

			for (ReportSearch.Request request : List.of(queries.get(0), queries.get(2), queries.get(6),
					queries.get(11))) {
				System.out.printf("%nPLAN search %s as the province:%n", describe(request));
				search.explain(chair, request).forEach((line) -> System.out.println("  " + line));
			}
			System.out.printf("%nPLAN search %s as a district:%n", describe(queries.get(0)));
			search.explain(clerk, queries.get(0)).forEach((line) -> System.out.println("  " + line));
			System.out.printf("%nPLAN overview %s:%n", periods.get(0).getKey());
			overview.explain(chair, periods.get(0).getValue()).forEach((line) -> System.out.println("  " + line));
		}
	}

	private static long count(JdbcClient jdbc, String table) {
		return jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

	private static String describe(ReportSearch.Request request) {
		StringBuilder text = new StringBuilder("\"" + request.query() + "\"");
		if (request.year() != null) {
			text.append(" year ").append(request.year());
		}
		if (request.status() != null) {
			text.append(" ").append(request.status());
		}
		if (request.page() > 1) {
			text.append(" page ").append(request.page());
		}
		return text.toString();
	}

	/** Fills the database with bench/overview/fill.sql through psql (generate_series: fast). */
	private static void fill(String url, int reports) throws Exception {
		String database = url.replaceFirst("^jdbc:", "");
		long start = System.nanoTime();
		Process process = new ProcessBuilder("psql", "-q", "-v", "ON_ERROR_STOP=1", "-v", "reports=" + reports, "-d",
				database, "-f", Path.of("bench", "overview", "fill.sql").toString())
			.inheritIO()
			.start();
		if (process.waitFor() != 0) {
			throw new IllegalStateException("fill.sql failed");
		}
		System.out.printf("Filled in %.0f s%n", (System.nanoTime() - start) / 1e9);
	}

	private static List<Double> time(int runs, Supplier<?> action) {
		for (int i = 0; i < 3; i++) {
			action.get();
		}
		List<Double> times = new ArrayList<>();
		for (int i = 0; i < runs; i++) {
			long start = System.nanoTime();
			action.get();
			times.add((System.nanoTime() - start) / 1e6);
		}
		return times;
	}

	private static double percentile(List<Double> values, int percentile) {
		List<Double> sorted = new ArrayList<>(values);
		Collections.sort(sorted);
		int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
		return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
	}

}
