package vn.ubnd.baocao.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ubnd.baocao.report.PeriodType;
import vn.ubnd.baocao.report.Report;
import vn.ubnd.baocao.report.ReportStatus;
import vn.ubnd.baocao.report.SectionNumbering;
import vn.ubnd.baocao.search.SearchText.Fragment;
import vn.ubnd.baocao.system.NotFoundException;
import vn.ubnd.baocao.system.PortalUser;
import vn.ubnd.baocao.unit.Unit;
import vn.ubnd.baocao.unit.UnitService;

/**
 * Search across everything a user may read: the reports of their own unit in every state, and those of the units
 * below it once submitted (the rule of {@link vn.ubnd.baocao.report.ReportService#mayRead}); in each, the title and
 * number, the sections' titles and text, and the council's comments. Vietnamese with or without diacritics: the
 * query and the texts are folded alike ({@link SearchText}; {@code search_words()} in the database), every word of
 * the query must be in the same entry (a report's title, a section or a comment), and entries where the words stand
 * together as typed, and reports' own titles, rank first.
 * <p>
 * PostgreSQL does the work: the {@code search_entry} table holds one full-text document per report, section and
 * comment, kept current by triggers (migration V11), with a GIN index; pg_trgm finds titles that are nearly right
 * when nothing matches exactly. The {@value #CANDIDATES} newest matching entries are ranked; they are found the
 * cheapest of three ways, chosen from a sample of the table ({@link Strategy}). Only the page's hits are then read,
 * in two queries (the reports, with the reader's rights checked again, and their sections' places and the texts
 * hit).
 */
@Service
@Transactional(readOnly = true)
public class ReportSearch {

	/** Hits per page. */
	public static final int PAGE_SIZE = 20;

	/** The last page that can be asked for. */
	public static final int MAX_PAGE = 50;

	private static final int SNIPPET = 240;

	/** How many matching entries, newest first, are ranked: past that, the page says "more than". */
	public static final int CANDIDATES = 1000;

	/**
	 * Below this many entries, PostgreSQL's own plan is used as it is: any plan is fast on a table this small.
	 */
	static final long SMALL = 20_000;

	/** About how many entries the estimate of a query's matches reads (a sample of the table's pages). */
	private static final int SAMPLE_ROWS = 4_000;

	private final JdbcClient jdbc;

	private final UnitService units;

	ReportSearch(JdbcClient jdbc, UnitService units) {
		this.jdbc = jdbc;
		this.units = units;
	}

	/**
	 * What the user asks for: the words, and optionally a unit (with the units below it), a kind, a year and a
	 * status; the page, from 1.
	 */
	public record Request(String query, Long unitId, Long kindId, Integer year, ReportStatus status, int page) {

		public Request {
			page = Math.max(1, Math.min(page, MAX_PAGE));
		}

		public static Request of(String query) {
			return new Request(query, null, null, null, null, 1);
		}

	}

	/**
	 * A page of hits.
	 * @param terms the query's words as searched (folded); empty when the query had none
	 * @param cut whether the query was longer than {@link SearchText#MAX_QUERY} characters or words and was cut
	 * @param total how many entries match in all, at most {@link ReportSearch#CANDIDATES}
	 * @param nearTitles when nothing matches exactly: reports whose titles are nearly the query
	 */
	public record Page(List<String> terms, boolean cut, long total, int page, List<Hit> hits, List<Hit> nearTitles) {

		/** Whether there are more matches than were ranked. */
		public boolean more() {
			return this.total >= CANDIDATES;
		}

		public int pages() {
			return (int) Math.min(MAX_PAGE, (this.total + PAGE_SIZE - 1) / PAGE_SIZE);
		}

	}

	/** Where a hit is. */
	public enum Source {

		/** The report's title, number or opening. */
		REPORT,
		/** A section's title or text. */
		SECTION,
		/** A council comment on a section. */
		COMMENT

	}

	/**
	 * One hit: the report, and where in it the words are.
	 * @param title the report's title (trích yếu), matched words marked
	 * @param number the report's number as printed ({@code 05/BC-UBND}) once issued, else {@code null}
	 * @param sectionId the section the words are in (or the comment is on), {@code null} for the report's own entry
	 * @param sectionNumber the section's number as printed ({@code I.}, {@code 1.}, {@code a)}), {@code null} if none
	 * @param sectionTitle the section's title, matched words marked
	 * @param snippet a passage of the section's text, of the comment, or of the report's opening, words marked
	 * @param commentAuthor who wrote the comment, for a comment
	 */
	public record Hit(long reportId, List<Fragment> title, String number, String unitName, String kindName,
			PeriodType periodType, Integer periodNumber, int periodYear, LocalDate periodStart, LocalDate periodEnd,
			ReportStatus status, Source source, Long sectionId, String sectionNumber, List<Fragment> sectionTitle,
			List<Fragment> snippet, String commentAuthor) {
	}

	/**
	 * Searches. Not found if a unit filter names a unit the user may not see.
	 */
	public Page search(PortalUser user, Request request) {
		String raw = (request.query() == null) ? "" : request.query();
		List<String> terms = SearchText.terms(raw);
		boolean cut = raw.strip().length() > SearchText.MAX_QUERY
				|| new LinkedHashSet<>(SearchText.words(raw)).size() > SearchText.MAX_TERMS;
		if (terms.isEmpty()) {
			return new Page(terms, cut, 0, 1, List.of(), List.of());
		}
		return search(request, terms, cut, statement(user, request, terms), null);
	}

	/**
	 * Searches with the given way of finding the candidates, or the cheaper one by the estimate when {@code null}
	 * (both give the same hits; tests compare them).
	 */
	Page search(PortalUser user, Request request, Strategy strategy) {
		List<String> terms = SearchText.terms((request.query() == null) ? "" : request.query());
		return search(request, terms, false, statement(user, request, terms), strategy);
	}

	private Page search(Request request, List<String> terms, boolean cut, Statement statement, Strategy chosen) {
		if (terms.isEmpty()) {
			return new Page(terms, cut, 0, 1, List.of(), List.of());
		}
		Strategy strategy = (chosen != null) ? chosen : strategy(statement).strategy();
		plan(strategy);
		List<Row> rows = this.jdbc.sql(statement.sql(strategy))
			.params(statement.params())
			.query((rs, n) -> new Row(rs.getLong("report_id"), (Long) rs.getObject("section_id"),
					(Long) rs.getObject("comment_id"), rs.getLong("total"), rs.getString("comment_body"),
					rs.getString("comment_author"), (Long) rs.getObject("thread_section_id")))
			.list();
		unplan();
		long total = rows.isEmpty() ? 0 : rows.get(0).total();
		if (rows.isEmpty() && request.page() == 1) {
			return new Page(terms, cut, 0, 1, List.of(), nearTitles(statement, terms));
		}
		return new Page(terms, cut, total, request.page(), hits(rows, terms, statement), List.of());
	}

	/** The query plan of the search, run with EXPLAIN ANALYZE (for the benchmark in {@code bench/}). */
	public List<String> explain(PortalUser user, Request request) {
		Statement statement = statement(user, request, SearchText.terms(request.query()));
		Choice choice = strategy(statement);
		plan(choice.strategy());
		List<String> lines = new ArrayList<>();
		lines.add("strategy: " + choice.strategy() + " (" + choice.estimate() + ")");
		lines.addAll(this.jdbc.sql("explain (analyze, buffers) " + statement.sql(choice.strategy()))
			.params(statement.params())
			.query(String.class)
			.list());
		return lines;
	}

	private record Row(long reportId, Long sectionId, Long commentId, long total, String commentBody,
			String commentAuthor, Long threadSectionId) {
	}

	/**
	 * The search's parameters and conditions; only fixed text goes into the SQL, everything typed is a parameter.
	 * @param scope the condition on {@code e} for what the reader may read and the filters
	 * @param own whether the reader's own unit is searched (all its reports, whatever their state)
	 * @param below the units below the reader's that are searched (their reports once submitted)
	 * @param filters the filters alone (kind, year, status), {@code true} when none
	 */
	private record Statement(Map<String, Object> params, String scope, boolean own, List<Long> below,
			String filters) {

		/** The search's SQL, its candidates found the given way. */
		String sql(Strategy strategy) {
			return """
					with q as (select to_tsquery('simple', :words) as words, to_tsquery('simple', :phrase) as phrase),
					candidates as (%s),
					hits as (
					    select e.id, e.report_id, e.section_id, e.comment_id, e.period_start,
					           ts_rank(e.document, q.words, 32)
					             + case when e.document @@ q.phrase then 1 else 0 end
					             + case when e.section_id is null and e.comment_id is null then 0.5 else 0 end as rank,
					           count(*) over () as total
					    from candidates c join search_entry e on e.id = c.id cross join q
					    order by rank desc, e.period_start desc, e.id desc
					    limit :limit offset :offset)
					select h.report_id, h.section_id, h.comment_id, h.total, c.body as comment_body,
					       c.author_name as comment_author, t.section_id as thread_section_id
					from hits h
					left join review_comment c on c.id = h.comment_id
					left join review_thread t on t.id = c.thread_id
					order by h.rank desc, h.period_start desc, h.id desc""".formatted(candidates(strategy));
		}

		/**
		 * The {@value #CANDIDATES} newest matching entries. Newest first unit by unit: each unit's entries read
		 * newest first through {@code (unit_id, period_start, id)} (or {@code (unit_id, status, …)} with a status
		 * filter), merged, so that no entry of another unit is read.
		 */
		private String candidates(Strategy strategy) {
			String match = "e.document @@ to_tsquery('simple', :words)";
			if (strategy != Strategy.NEWEST_BY_UNIT) {
				return """
						select e.id from search_entry e
						where %s and %s
						order by e.period_start desc, e.id desc
						limit :candidates""".formatted(match, this.scope);
			}
			List<String> branches = new ArrayList<>();
			if (this.own) {
				branches.add(branch("e.unit_id = :own", match));
			}
			for (int i = 0; i < this.below.size(); i++) {
				branches.add(branch("e.unit_id = :below" + i + " and e.status not in ('DRAFT', 'RETURNED')", match));
			}
			return "select id from (%s) u order by period_start desc, id desc limit :candidates"
				.formatted(String.join("\n    union all ", branches));
		}

		private String branch(String unit, String match) {
			return """
					(select e.id, e.period_start from search_entry e where %s and %s and %s
					 order by e.period_start desc, e.id desc limit :candidates)""".formatted(unit, this.filters, match);
		}

	}

	private Statement statement(PortalUser user, Request request, List<String> terms) {
		Map<String, Object> params = new HashMap<>();
		Statement statement = scope(user, request, params);
		params.put("words", String.join(" & ", terms));
		params.put("phrase", String.join(" <-> ", terms));
		params.put("candidates", CANDIDATES);
		params.put("limit", PAGE_SIZE);
		params.put("offset", (request.page() - 1) * PAGE_SIZE);
		return statement;
	}

	/**
	 * How the candidates (the {@value #CANDIDATES} newest matching entries) are found.
	 */
	enum Strategy {

		/**
		 * PostgreSQL's own plan: for a small table.
		 */
		PLANNER,
		/**
		 * Every matching entry through the full-text index, then the newest of them: cheap when few entries match,
		 * and its cost grows with the number of matches.
		 */
		INDEX,
		/**
		 * The reader's entries newest first, each tested, stopping at the {@value #CANDIDATES}th match: cheap when
		 * many entries match, and its cost grows with the number of entries read before enough are found.
		 */
		NEWEST,
		/**
		 * As {@link #NEWEST}, unit by unit, merged: reads none of the entries the reader may not see or did not
		 * ask for, at the cost of one index scan per unit.
		 */
		NEWEST_BY_UNIT

	}

	/** The way chosen, and the estimate it was chosen by (for {@link #explain}). */
	private record Choice(Strategy strategy, String estimate) {
	}

	/**
	 * Chooses the cheaper way to find the candidates from an estimate of how many entries match. PostgreSQL's own
	 * estimate takes the words as independent, which they are not ("xây dựng nông thôn mới": five common words that
	 * go together), and a wrong guess costs seconds either way: reading every match of a phrase that is in a sixth
	 * of the table, or reading the whole table newest first for a phrase that is nowhere. So the query is tried on a
	 * sample of the table's pages (about {@value #SAMPLE_ROWS} entries, always the same pages), which tells how many
	 * entries match in all and how many of those the reader may see; then each way's cost is the number of entries
	 * it would touch, weighted by what touching one costs.
	 */
	private Choice strategy(Statement statement) {
		double entries = this.jdbc.sql("select greatest(reltuples, 0) from pg_class where oid = 'search_entry'::regclass")
			.query(Double.class)
			.single();
		if (entries < SMALL) {
			return new Choice(Strategy.PLANNER, "%.0f entries".formatted(entries));
		}
		double percent = Math.min(100, 100.0 * SAMPLE_ROWS / entries);
		Map<String, Object> params = new HashMap<>(statement.params());
		params.put("percent", percent);
		double[] sample = this.jdbc.sql("""
				select count(*), count(*) filter (where matches), count(*) filter (where matches and readable),
				       count(*) filter (where readable)
				from (select e.document @@ to_tsquery('simple', :words) as matches, coalesce(%s, false) as readable
				      from search_entry e tablesample system (:percent) repeatable (42)) sample""".formatted(
				statement.scope()))
			.params(params)
			.query((rs, n) -> new double[] { rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4) })
			.single();
		double sampled = Math.max(1, sample[0]);
		double matching = entries * sample[1] / sampled;
		// a phrase found nowhere in the sample counts as found once in twice the sample, not as found everywhere
		double scopedMatches = Math.max(sample[2], 0.5);
		double inScope = Math.max(sample[3], 1);
		// touching an entry: about 3 µs through the full-text index (a page read for each match), 1 µs reading
		// newest first (the next entry of an index, its text tested), a third of that for an entry out of scope
		// (not tested), and about 20 µs to start each unit's scan
		double indexCost = 3 * Math.max(matching, 1);
		double newestReads = Math.min(entries, CANDIDATES * sampled / scopedMatches);
		double newestCost = newestReads * (inScope / sampled + (1 - inScope / sampled) / 3);
		double byUnitCost = Math.min(entries * inScope / sampled, CANDIDATES * inScope / scopedMatches)
				+ 20 * ((statement.own() ? 1 : 0) + statement.below().size());
		Strategy strategy = Strategy.INDEX;
		double cost = indexCost;
		if (newestCost < cost) {
			strategy = Strategy.NEWEST;
			cost = newestCost;
		}
		if (byUnitCost < cost) {
			strategy = Strategy.NEWEST_BY_UNIT;
		}
		return new Choice(strategy,
				("%.0f entries, sample %.0f: %.0f in scope, %.0f match, %.0f of them in scope; "
						+ "cost: index ~%.0f, newest ~%.0f, by unit ~%.0f").formatted(entries, sampled, sample[3], sample[1],
								sample[2], indexCost, newestCost, byUnitCost));
	}

	/**
	 * Sets how PostgreSQL runs the search, for this transaction only: no JIT compilation (it costs more than the
	 * query), no parallel workers, memory enough for an exact bitmap, a plan made for the values, and the chosen
	 * way to the candidates.
	 */
	private void plan(Strategy strategy) {
		this.jdbc.sql("set local jit = off").update();
		this.jdbc.sql("set local work_mem = '32MB'").update();
		// planned for these words and this reader each time: a prepared statement's generic plan would ignore both,
		// and the settings below too
		this.jdbc.sql("set local plan_cache_mode = force_custom_plan").update();
		// one process: starting parallel workers costs more than these reads, and under load they wait for a core
		this.jdbc.sql("set local max_parallel_workers_per_gather = 0").update();
		switch (strategy) {
			case NEWEST, NEWEST_BY_UNIT -> {
				this.jdbc.sql("set local enable_bitmapscan = off").update();
				this.jdbc.sql("set local enable_seqscan = off").update();
			}
			case INDEX -> {
				this.jdbc.sql("set local enable_seqscan = off").update();
				this.jdbc.sql("set local enable_indexscan = off").update();
			}
			case PLANNER -> {
			}
		}
	}

	/** The planner as it was, for the queries after the search's own (the page's hits, nearly right titles). */
	private void unplan() {
		this.jdbc.sql("reset enable_bitmapscan").update();
		this.jdbc.sql("reset enable_seqscan").update();
		this.jdbc.sql("reset enable_indexscan").update();
	}

	/**
	 * What the user may read and asked for: the condition on {@code e} (an entry, or a report with the same
	 * columns), and its parts.
	 */
	private Statement scope(PortalUser user, Request request, Map<String, Object> params) {
		Set<Long> visible = this.units.subtree(user.unitId());
		Set<Long> wanted = visible;
		if (request.unitId() != null) {
			if (!visible.contains(request.unitId())) {
				throw new NotFoundException("unit " + request.unitId());
			}
			wanted = this.units.subtree(request.unitId());
		}
		List<String> readable = new ArrayList<>();
		boolean own = wanted.contains(user.unitId());
		if (own) {
			readable.add("e.unit_id = :own");
			params.put("own", user.unitId());
		}
		List<Long> below = wanted.stream().filter((id) -> id != user.unitId()).sorted().toList();
		if (!below.isEmpty()) {
			readable.add("(e.unit_id in (:below) and e.status not in ('DRAFT', 'RETURNED'))");
			params.put("below", below);
			for (int i = 0; i < below.size(); i++) {
				params.put("below" + i, below.get(i));
			}
		}
		List<String> filters = new ArrayList<>();
		if (request.kindId() != null) {
			filters.add("e.kind_id = :kind");
			params.put("kind", request.kindId());
		}
		if (request.year() != null) {
			filters.add("e.period_start >= :yearStart and e.period_start < :yearEnd");
			int year = Math.max(1945, Math.min(request.year(), 2200));
			params.put("yearStart", LocalDate.of(year, 1, 1));
			params.put("yearEnd", LocalDate.of(year + 1, 1, 1));
		}
		if (request.status() != null) {
			filters.add("e.status = :status");
			params.put("status", request.status().name());
		}
		List<String> conditions = new ArrayList<>();
		conditions.add("(" + String.join(" or ", readable) + ")");
		conditions.addAll(filters);
		return new Statement(params, String.join(" and ", conditions), own, below,
				filters.isEmpty() ? "true" : String.join(" and ", filters));
	}

	/** Reports the user may read whose titles are nearly the query (a word mistyped), best first. */
	private List<Hit> nearTitles(Statement statement, List<String> terms) {
		Map<String, Object> params = new HashMap<>(statement.params());
		params.put("folded", String.join(" ", terms));
		List<Row> rows = this.jdbc.sql("""
				select e.id as report_id, null::bigint as section_id, null::bigint as comment_id, 0 as total,
				       null as comment_body, null as comment_author, null::bigint as thread_section_id
				from report e
				where :folded <%% search_words(e.summary) and %s
				order by word_similarity(:folded, search_words(e.summary)) desc, e.period_start desc, e.id desc
				limit 5""".formatted(statement.scope()))
			.params(params)
			.query((rs, n) -> new Row(rs.getLong("report_id"), null, null, 0, null, null, null))
			.list();
		return hits(rows, terms, statement);
	}

	/** What a hit shows of its report, read in one query for the page. */
	private record ReportRow(long id, String summary, String numberAndSymbol, String unitName, String kindName,
			PeriodType periodType, Integer periodNumber, int periodYear, LocalDate periodStart, LocalDate periodEnd,
			ReportStatus status, String opening, String numbering) {
	}

	/** What a hit shows of a section: its title, its text (for the sections hit) and its number. */
	private record SectionRow(long reportId, String title, String body) {
	}

	/**
	 * The page's hits, read in two queries whatever the page holds: the reports (with the reader's rights checked
	 * again, so that a report that changed hands since the search is left out), then the places of their sections
	 * (for the numbers) with the titles and texts of the sections hit.
	 */
	private List<Hit> hits(List<Row> rows, List<String> terms, Statement statement) {
		if (rows.isEmpty()) {
			return List.of();
		}
		Map<String, Object> params = new HashMap<>(statement.params());
		List<Long> reportIds = rows.stream().map(Row::reportId).distinct().toList();
		params.put("ids", reportIds);
		Map<Long, ReportRow> reportsById = new HashMap<>();
		this.jdbc.sql("""
				select e.id, e.summary, e.number, e.symbol, u.name as unit_name, k.name as kind_name, e.period_type,
				       e.period_number, e.period_year, e.period_start, e.period_end, e.status, e.opening, e.numbering
				from report e join unit u on u.id = e.unit_id join report_kind k on k.id = e.kind_id
				where e.id in (:ids) and %s""".formatted(statement.scope()))
			.params(params)
			.query((rs, n) -> {
				Integer number = (Integer) rs.getObject("number");
				return new ReportRow(rs.getLong("id"), rs.getString("summary"),
						Report.numberAndSymbol(number, rs.getString("symbol")),
						rs.getString("unit_name"), rs.getString("kind_name"),
						PeriodType.valueOf(rs.getString("period_type")), (Integer) rs.getObject("period_number"),
						rs.getInt("period_year"), rs.getObject("period_start", LocalDate.class),
						rs.getObject("period_end", LocalDate.class), ReportStatus.valueOf(rs.getString("status")),
						rs.getString("opening"), rs.getString("numbering"));
			})
			.list()
			.forEach((r) -> reportsById.put(r.id(), r));
		if (reportsById.isEmpty()) {
			return List.of();
		}
		List<Long> hitSections = rows.stream()
			.map((row) -> (row.sectionId() != null) ? row.sectionId() : row.threadSectionId())
			.filter(java.util.Objects::nonNull)
			.distinct()
			.toList();
		Map<Long, List<SectionNumbering.Place>> places = new HashMap<>();
		Map<Long, SectionRow> sectionsById = new HashMap<>();
		params.put("ids", List.copyOf(reportsById.keySet()));
		params.put("sections", hitSections.isEmpty() ? List.of(-1L) : hitSections);
		this.jdbc.sql("""
				select s.id, s.report_id, s.parent_id, s.position, s.numbered,
				       case when s.id in (:sections) then s.title end as title,
				       case when s.id in (:sections) then s.body end as body
				from report_section s where s.report_id in (:ids)""")
			.params(params)
			.query((rs) -> {
				long id = rs.getLong("id");
				long reportId = rs.getLong("report_id");
				places.computeIfAbsent(reportId, (k) -> new ArrayList<>())
					.add(new SectionNumbering.Place(id, (Long) rs.getObject("parent_id"), rs.getInt("position"),
							rs.getBoolean("numbered")));
				String title = rs.getString("title");
				if (title != null) {
					sectionsById.put(id, new SectionRow(reportId, title, rs.getString("body")));
				}
			});
		Map<Long, Map<Long, String>> labels = new HashMap<>();
		List<Hit> hits = new ArrayList<>();
		for (Row row : rows) {
			ReportRow report = reportsById.get(row.reportId());
			if (report == null) {
				continue;
			}
			Long sectionId = (row.sectionId() != null) ? row.sectionId() : row.threadSectionId();
			SectionRow section = (sectionId != null) ? sectionsById.get(sectionId) : null;
			if (section != null && section.reportId() != report.id()) {
				section = null;
			}
			Source source = (row.commentId() != null) ? Source.COMMENT
					: (row.sectionId() != null) ? Source.SECTION : Source.REPORT;
			List<Fragment> snippet = switch (source) {
				case REPORT -> SearchText.snippet(report.opening(), terms, SNIPPET);
				case SECTION -> (section != null) ? SearchText.snippet(section.body(), terms, SNIPPET) : List.of();
				case COMMENT -> SearchText.snippet(row.commentBody(), terms, SNIPPET);
			};
			String label = null;
			if (section != null) {
				String computed = labels
					.computeIfAbsent(report.id(),
							(id) -> SectionNumbering.labels(places.getOrDefault(id, List.of()), report.numbering()))
					.get(sectionId);
				label = (computed != null && !computed.isEmpty()) ? computed : null;
			}
			List<Fragment> sectionTitle = (section != null) ? SearchText.highlight(section.title(), terms)
					: List.of();
			hits.add(new Hit(report.id(), SearchText.highlight(report.summary(), terms), report.numberAndSymbol(),
					report.unitName(), report.kindName(), report.periodType(), report.periodNumber(),
					report.periodYear(), report.periodStart(), report.periodEnd(), report.status(), source,
					(section != null) ? sectionId : null, label, sectionTitle, snippet, row.commentAuthor()));
		}
		return hits;
	}

	/** The units the user may pick as a filter. */
	public List<UnitService.UnitNode> units(PortalUser user) {
		return this.units.visibleTree(user);
	}

	/** The unit, if the user may see it. */
	public Unit unit(PortalUser user, long unitId) {
		return this.units.visibleTo(user, unitId);
	}

}
