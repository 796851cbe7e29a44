/**
 * Search across everything a user may read: reports' titles and numbers, their sections' text and the council's
 * comments, with or without Vietnamese diacritics, ranked, the matched words highlighted with the section they are
 * in. PostgreSQL does the work (unaccent, full-text search, pg_trgm; migration V11).
 * <p>
 * API: {@link vn.ubnd.baocao.search.ReportSearch} and {@link vn.ubnd.baocao.search.SearchText}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Tìm kiếm")
package vn.ubnd.baocao.search;
