package vn.ubnd.baocao.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads each portal's heap, CPU, garbage collection and connection pool from {@code /actuator/metrics} (as the
 * administrator) every two seconds while the load runs, and sums them up at the end: for the whole run and, when
 * the simulation has a warm-up, for its measured part alone (the samples from {@code measuredFrom} seconds on).
 */
public final class MetricsSampler implements AutoCloseable {

	private static final Pattern VALUE = Pattern.compile("\"statistic\":\"(\\w+)\",\"value\":([-0-9.Ee+]+)");

	private static final Map<String, String> METRICS = new LinkedHashMap<>();

	static {
		METRICS.put("heapUsed", "jvm.memory.used?tag=area:heap");
		METRICS.put("heapCommitted", "jvm.memory.committed?tag=area:heap");
		METRICS.put("processCpu", "process.cpu.usage");
		METRICS.put("systemCpu", "system.cpu.usage");
		METRICS.put("hikariActive", "hikaricp.connections.active");
		METRICS.put("hikariPending", "hikaricp.connections.pending");
	}

	private final List<PortalClient> portals = new ArrayList<>();

	private final Map<String, List<double[]>> samples = new LinkedHashMap<>();

	private final Map<String, double[]> gcAtStart = new LinkedHashMap<>();

	private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();

	private final int measuredFrom;

	private long start;

	public MetricsSampler(List<String> bases, int measuredFrom) throws Exception {
		this.measuredFrom = measuredFrom;
		for (String base : bases) {
			PortalClient admin = new PortalClient(base);
			admin.signIn("quantri", "Demo@2026");
			this.portals.add(admin);
			this.samples.put(base, new ArrayList<>());
			this.gcAtStart.put(base, gc(admin));
		}
	}

	public void start() {
		this.start = System.nanoTime();
		this.scheduler.scheduleAtFixedRate(this::sample, 0, 2, TimeUnit.SECONDS);
	}

	private void sample() {
		for (PortalClient portal : this.portals) {
			try {
				// the metrics, then the garbage collections so far (count, seconds), then the seconds since the start
				double[] row = new double[METRICS.size() + 3];
				int i = 0;
				for (String metric : METRICS.values()) {
					row[i++] = value(portal, metric, "VALUE");
				}
				double[] gc = gc(portal);
				row[i++] = gc[0];
				row[i++] = gc[1];
				row[i] = (System.nanoTime() - this.start) / 1e9;
				synchronized (this.samples) {
					this.samples.get(portal.base()).add(row);
				}
			}
			catch (Exception ex) {
				System.err.println("metrics of " + portal.base() + ": " + ex);
			}
		}
	}

	private static double value(PortalClient portal, String metric, String statistic) throws Exception {
		String body = portal.get("/actuator/metrics/" + metric).body();
		Matcher matcher = VALUE.matcher(body);
		while (matcher.find()) {
			if (matcher.group(1).equals(statistic)) {
				return Double.parseDouble(matcher.group(2));
			}
		}
		return Double.NaN;
	}

	private static double[] gc(PortalClient portal) throws Exception {
		return new double[] { value(portal, "jvm.gc.pause", "COUNT"), value(portal, "jvm.gc.pause", "TOTAL_TIME") };
	}

	/** Stops sampling and prints the summary per portal; returns it too. */
	@Override
	public void close() throws Exception {
		this.scheduler.shutdown();
		this.scheduler.awaitTermination(10, TimeUnit.SECONDS);
		StringBuilder out = new StringBuilder();
		for (PortalClient portal : this.portals) {
			List<double[]> rows;
			synchronized (this.samples) {
				rows = new ArrayList<>(this.samples.get(portal.base()));
			}
			double[] gcStart = this.gcAtStart.get(portal.base());
			double[] gcEnd = gc(portal);
			out.append(summary("portal " + portal.base(), rows, gcStart, gcEnd));
			if (this.measuredFrom > 0) {
				int time = METRICS.size() + 2;
				List<double[]> measured = rows.stream().filter((r) -> r[time] >= this.measuredFrom).toList();
				if (!measured.isEmpty()) {
					double[] first = measured.get(0);
					out.append(summary("  measured part (from " + this.measuredFrom + " s)", measured,
							new double[] { first[time - 2], first[time - 1] }, gcEnd));
				}
			}
		}
		System.out.print("\n==== portal metrics ====\n" + out);
		String file = System.getProperty("portal.metricsFile");
		if (file != null && !file.isBlank()) {
			java.nio.file.Files.writeString(java.nio.file.Path.of(file), out.toString());
		}
	}

	private static String summary(String label, List<double[]> rows, double[] gcStart, double[] gcEnd) {
		return String.format(
				"%s: %d samples; heap used max %.0f MB, mean %.0f MB; heap committed max %.0f MB; "
						+ "process CPU mean %.0f%%, max %.0f%% (of the machine's 2 cores); machine CPU mean %.0f%%; "
						+ "GC pauses %d, %.2f s in all; pool active max %.0f, waiting max %.0f%n",
				label, rows.size(), max(rows, 0) / 1e6, mean(rows, 0) / 1e6, max(rows, 1) / 1e6, mean(rows, 2) * 100,
				max(rows, 2) * 100, mean(rows, 3) * 100, (long) (gcEnd[0] - gcStart[0]), gcEnd[1] - gcStart[1],
				max(rows, 4), max(rows, 5));
	}

	private static double max(List<double[]> rows, int column) {
		return rows.stream().mapToDouble((r) -> r[column]).filter((v) -> !Double.isNaN(v)).max().orElse(Double.NaN);
	}

	private static double mean(List<double[]> rows, int column) {
		return rows.stream().mapToDouble((r) -> r[column]).filter((v) -> !Double.isNaN(v)).average().orElse(Double.NaN);
	}

}
