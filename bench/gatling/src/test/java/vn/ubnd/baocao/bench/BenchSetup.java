package vn.ubnd.baocao.bench;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Creates the benchmark's province through the portal itself, as an administrator and the units' own people would:
 * {@code units} communes under the administrator's unit, each with a chair (leader), two clerks, a council reviewer
 * and a chair account, a draft report per clerk, a submitted report for the reviewer and {@code accepted} accepted
 * reports for the chair to sign, and a demo certificate for each commune so that its chair can sign. Expects a portal
 * with the demo data (administrator {@code quantri}).
 */
public final class BenchSetup {

	public static final String PASSWORD = "Tai@Bench2026";

	/** The year of the benchmark's reports: far from the demo's, so nothing collides. */
	static final int YEAR = 2040;

	private BenchSetup() {
	}

	/** One unit's people and reports. */
	public record BenchUnit(int index, long unitId, List<String> clerks, String reviewer, String chair,
			List<Long> drafts, long submitted, List<Long> accepted) {
	}

	public static List<BenchUnit> create(String base, int units, int accepted, String prefix) throws Exception {
		PortalClient admin = new PortalClient(base);
		admin.signIn("quantri", "Demo@2026");
		String newUnit = admin.get("/admin/units/new").body();
		long parentId = Long.parseLong(PortalClient.find(newUnit, "<option value=\"(\\d+)\" selected=\"selected\""));
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			List<Future<BenchUnit>> futures = new ArrayList<>();
			for (int i = 1; i <= units; i++) {
				int index = i;
				futures.add(pool.submit(() -> unit(base, admin, parentId, index, accepted, prefix)));
			}
			List<BenchUnit> created = new ArrayList<>();
			for (Future<BenchUnit> future : futures) {
				created.add(future.get());
			}
			return created;
		}
		finally {
			pool.shutdown();
		}
	}

	private static BenchUnit unit(String base, PortalClient admin, long parentId, int index, int accepted,
			String prefix) throws Exception {
		String nn = String.format("%02d", index);
		String code = prefix + nn;
		HttpResponse<String> unit = admin.post("/admin/units",
				Map.of("parentId", String.valueOf(parentId), "level", "COMMUNE", "name", "Xã Thử Tải " + code,
						"printedName", "ỦY BAN NHÂN DÂN\nXÃ THỬ TẢI " + code, "placeName", "Thử Tải " + code,
						"symbol", "UBND", "councilName", "Hội đồng nhân dân xã Thử Tải " + code));
		long unitId = PortalClient.idFrom(unit, "/admin/units/(\\d+)/edit");
		// a commune created on the admin pages has no certificate; in demo mode the administrator makes it one
		expect(admin.post("/admin/units/" + unitId + "/certificate/demo", Map.of()), 302, "demo certificate " + unitId);
		admin.post("/admin/units/" + unitId + "/leaders", Map.of("fullName", "Nguyễn Văn Tải " + code, "position",
				"CHAIR", "title", "Chủ tịch", "sortOrder", "0"));
		long leaderId = Long.parseLong(
				PortalClient.find(admin.get("/admin/units/" + unitId + "/edit").body(), "/admin/leaders/(\\d+)/edit"));
		List<String> clerks = List.of(code + "vanthu1", code + "vanthu2");
		for (String clerk : clerks) {
			account(admin, clerk, "Văn thư " + clerk, unitId, "CLERK", null);
		}
		String reviewer = code + "hdnd";
		account(admin, reviewer, "Thường trực " + code, unitId, "COUNCIL_REVIEWER", null);
		String chair = code + "chutich";
		account(admin, chair, "Nguyễn Văn Tải " + code, unitId, "CHAIR", leaderId);

		List<Long> drafts = new ArrayList<>();
		List<Long> toAccept = new ArrayList<>();
		long submitted;
		PortalClient first = new PortalClient(base);
		first.signIn(clerks.get(0), PASSWORD);
		String kindId = kind(first.get("/reports/new").body());
		drafts.add(report(first, kindId, YEAR, 1));
		PortalClient second = new PortalClient(base);
		second.signIn(clerks.get(1), PASSWORD);
		drafts.add(report(second, kindId, YEAR, 2));
		submitted = report(first, kindId, YEAR + 1, 1);
		submit(first, submitted);
		for (int i = 0; i < accepted; i++) {
			long id = report(first, kindId, YEAR + 2 + i / 2, 1 + i % 2);
			submit(first, id);
			toAccept.add(id);
		}
		PortalClient council = new PortalClient(base);
		council.signIn(reviewer, PASSWORD);
		for (long id : toAccept) {
			council.get("/reports/" + id);
			expect(council.post("/reports/" + id + "/accept", Map.of()), 302, "accept " + id);
		}
		return new BenchUnit(index, unitId, clerks, reviewer, chair, drafts, submitted, toAccept);
	}

	private static void account(PortalClient admin, String username, String fullName, long unitId, String role,
			Long leaderId) throws Exception {
		Map<String, String> form = new java.util.LinkedHashMap<>(Map.of("username", username, "password", PASSWORD,
				"fullName", fullName, "unitId", String.valueOf(unitId), "role", role));
		if (leaderId != null) {
			form.put("leaderId", String.valueOf(leaderId));
		}
		PortalClient.idFrom(admin.post("/admin/accounts", form), "/admin/accounts/(\\d+)/edit");
	}

	/** The kind the benchmark writes: the half-year report on direction and administration. */
	static String kind(String newReportPage) {
		return PortalClient.find(newReportPage,
				"<option value=\"(\\d+)\" data-period=\"HALF_YEAR\">Báo cáo 6 tháng về công tác chỉ đạo");
	}

	private static long report(PortalClient clerk, String kindId, int year, int number) throws Exception {
		clerk.get("/reports/new");
		return PortalClient.idFrom(clerk.post("/reports", Map.of("kindId", kindId, "year", String.valueOf(year),
				"number", String.valueOf(number), "copyForward", "false")), "/reports/(\\d+)/edit");
	}

	private static void submit(PortalClient clerk, long reportId) throws Exception {
		clerk.get("/reports/" + reportId);
		expect(clerk.post("/reports/" + reportId + "/submit", Map.of()), 302, "submit " + reportId);
	}

	static void expect(HttpResponse<String> response, int status, String what) {
		if (response.statusCode() != status) {
			throw new IllegalStateException(what + ": " + response.statusCode() + " " + response.body());
		}
	}

}
