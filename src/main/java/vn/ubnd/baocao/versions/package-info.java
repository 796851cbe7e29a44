/**
 * Versions of a report: every submission to the council's standing committee is kept as an immutable snapshot
 * (header, sections with their printed numbers, closing, indicator figures; JSON with its SHA-256, in a table whose
 * rows a trigger keeps from being changed or removed), numbered 1, 2, … per report. Any two versions, or the last one
 * and the report as it stands, are compared side by side: sections added, removed, moved, retitled, their text
 * word by word, the header and closing, the indicators' figures.
 * <p>
 * Snapshots are taken when the workflow publishes {@link vn.ubnd.baocao.report.ReportTransitioned} to
 * {@code SUBMITTED}, in the transaction of the submission. Nothing depends on this module but links in templates.
 * <p>
 * API: {@link vn.ubnd.baocao.versions.ReportVersions} and its read models
 * ({@link vn.ubnd.baocao.versions.VersionComparison}, {@link vn.ubnd.baocao.versions.Snapshot}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Các lần trình")
package vn.ubnd.baocao.versions;
