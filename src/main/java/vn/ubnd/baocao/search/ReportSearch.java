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
import vn.ubnd.baocao.report.ReportStatus;
import vn.ubnd.baocao.report.SectionNumbering;
import vn.ubnd.baocao.search.SearchText.Fragment;
import vn.ubnd.baocao.system.NotFoundException;
import vn.ubnd.baocao.system.PortalUser;
import vn.ubnd.baocao.unit.Unit;
import vn.ubnd.baocao.unit.UnitService;

/**
 * Search across everything a user may read: the reports of their own unit in every state, and those of the units
 * below it once submitted (the rule of {@link vn.ubnd.baocao.report.ReportService#mayRead}); in each, the title and number, the sections'
 * titles and text, and the council's comments. Vietnamese with or without diacritics: the query and the texts are
 * folded alike ({@link SearchText}; {@code search_words()} in the database), every word of the query must be in the
 * same entry (a report's title, a section or a comment), and entries where the words stand together as typed, and
 * reports' own titles, rank first.
 * <p>
 * PostgreSQL does the work: the {@code search_entry} table holds one full-text document per report, section and
 * comment, kept current by triggers (migration V11), with a GIN index; pg_trgm finds titles that are nearly right
 * when nothing matches exactly. Only the page's hits are then read, in two queries (the reports, with the reader's
 * rights checked again, and their sections' places and the texts hit).
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
	public static final int CANDIDATES = 2000;

	/** The share of entries above which a word is common (see {@link #broad}). */
	private static final double BROAD_SHARE = 0.02;

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
		Statement statement = statement(user, request, terms);
		plan(statement);
		List<Row> rows = this.jdbc.sql(statement.sql())
			.params(statement.params())
			.query((rs, n) -> new Row(rs.getLong("report_id"), (Long) rs.getObject("section_id"),
					(Long) rs.getObject("comment_id"), rs.getLong("total"), rs.getString("comment_body"),
					rs.getString("comment_author"), (Long) rs.getObject("thread_section_id")))
			.list();
		long total = rows.isEmpty() ? 0 : rows.get(0).total();
		if (rows.isEmpty() && request.page() == 1) {
			return new Page(terms, cut, 0, 1, List.of(), nearTitles(statement, terms));
		}
		return new Page(terms, cut, total, request.page(), hits(rows, terms, statement), List.of());
	}

	/** The query plan of the search, run with EXPLAIN ANALYZE (for the benchmark in {@code bench/}). */
	public List<String> explain(PortalUser user, Request request) {
		Statement statement = statement(user, request, SearchText.terms(request.query()));
		plan(statement);
		return this.jdbc.sql("explain (analyze, buffers) " + statement.sql())
			.params(statement.params())
			.query(String.class)
			.list();
	}

	private record Row(long reportId, Long sectionId, Long commentId, long total, String commentBody,
			String commentAuthor, Long threadSectionId) {
	}

	/** The SQL and its parameters; only fixed text goes into the SQL, everything typed is a parameter. */
	private record Statement(String sql, Map<String, Object> params, String scope, boolean broad) {
	}

	private Statement statement(PortalUser user, Request request, List<String> terms) {
		Map<String, Object> params = new HashMap<>();
		String scope = scope(user, request, params);
		params.put("words", String.join(" & ", terms));
		params.put("phrase", String.join(" <-> ", terms));
		params.put("candidates", CANDIDATES);
		params.put("limit", PAGE_SIZE);
		params.put("offset", (request.page() - 1) * PAGE_SIZE);
		String sql = """
				with q as (select to_tsquery('simple', :words) as words, to_tsquery('simple', :phrase) as phrase),
				candidates as (
				    select e.id from search_entry e
				    where e.document @@ to_tsquery('simple', :words) and %s
				    order by e.period_start desc, e.id desc
				    limit :candidates),
				hits as (
				    select e.id, e.report_id, e.section_id, e.comment_id, e.period_start,
				           ts_rank_cd(e.document, q.words, 32)
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
				order by h.rank desc, h.period_start desc, h.id desc""".formatted(scope);
		return new Statement(sql, params, scope, broad(terms));
	}

	/**
	 * Sets how PostgreSQL runs the search, for this transaction only: no JIT compilation (it costs more than the
	 * query), memory enough for an exact bitmap, and for words that are in many entries, the entries read newest
	 * first (and the reading stopped at {@value #CANDIDATES}) rather than every match through the full-text index.
	 */
	private void plan(Statement statement) {
		this.jdbc.sql("set local jit = off").update();
		this.jdbc.sql("set local work_mem = '32MB'").update();
		if (statement.broad()) {
			this.jdbc.sql("set local enable_bitmapscan = off").update();
		}
	}

	/**
	 * Whether every word of the query is in more than {@value #BROAD_SHARE} of the entries, by the statistics
	 * PostgreSQL keeps of the index's words (ANALYZE); then the entries that have all of them are many too, since
	 * the words of a phrase go together, and reading the newest entries first finds enough of them early.
	 */
	private boolean broad(List<String> terms) {
		Map<String, Double> frequencies = frequencies();
		return !terms.isEmpty() && terms.stream().allMatch((t) -> frequencies.getOrDefault(t, 0.0) > BROAD_SHARE);
	}

	private volatile Map<String, Double> frequencies;

	private volatile long frequenciesRead;

	/** The most common words of the entries with the share of entries they are in; read again every 10 minutes. */
	private Map<String, Double> frequencies() {
		long now = System.nanoTime();
		Map<String, Double> known = this.frequencies;
		if (known != null && now - this.frequenciesRead < java.util.concurrent.TimeUnit.MINUTES.toNanos(10)) {
			return known;
		}
		Map<String, Double> read = new HashMap<>();
		this.jdbc.sql("""
				select most_common_elems::text::text[] as words, most_common_elem_freqs as freqs from pg_stats
				where schemaname = current_schema() and tablename = 'search_entry' and attname = 'document'""")
			.query((rs) -> {
				String[] words = (String[]) rs.getArray("words").getArray();
				Object[] freqs = (Object[]) rs.getArray("freqs").getArray();
				for (int i = 0; i < words.length && i < freqs.length; i++) {
					read.put(words[i], ((Number) freqs[i]).doubleValue());
				}
			});
		this.frequencies = read;
		this.frequenciesRead = now;
		return read;
	}

	/**
	 * The condition on {@code e} (an entry, or a report with the same columns) for what the user may read and the
	 * filters.
	 */
	private String scope(PortalUser user, Request request, Map<String, Object> params) {
		Set<Long> visible = this.units.subtree(user.unitId());
		Set<Long> wanted = visible;
		if (request.unitId() != null) {
			if (!visible.contains(request.unitId())) {
				throw new NotFoundException("unit " + request.unitId());
			}
			wanted = this.units.subtree(request.unitId());
		}
		List<String> readable = new ArrayList<>();
		if (wanted.contains(user.unitId())) {
			readable.add("e.unit_id = :own");
			params.put("own", user.unitId());
		}
		List<Long> below = wanted.stream().filter((id) -> id != user.unitId()).sorted().toList();
		if (!below.isEmpty()) {
			readable.add("(e.unit_id in (:below) and e.status not in ('DRAFT', 'RETURNED'))");
			params.put("below", below);
		}
		List<String> conditions = new ArrayList<>();
		conditions.add("(" + String.join(" or ", readable) + ")");
		if (request.kindId() != null) {
			conditions.add("e.kind_id = :kind");
			params.put("kind", request.kindId());
		}
		if (request.year() != null) {
			conditions.add("e.period_start >= :yearStart and e.period_start < :yearEnd");
			int year = Math.max(1945, Math.min(request.year(), 2200));
			params.put("yearStart", LocalDate.of(year, 1, 1));
			params.put("yearEnd", LocalDate.of(year + 1, 1, 1));
		}
		if (request.status() != null) {
			conditions.add("e.status = :status");
			params.put("status", request.status().name());
		}
		return String.join(" and ", conditions);
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
						(number == null) ? null : String.format("%02d/%s", number, rs.getString("symbol")),
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
