/**
 * The report aggregate: its kind (template), period and data window, header (number, place and date, document type
 * and summary line, addressees, opening), a tree of numbered sections holding paragraphs, bullets and footnotes,
 * the closing (recipients, signature block), and the structured editor in which a clerk writes it.
 * <p>
 * Numbering is computed, never typed ({@link vn.ubnd.baocao.report.SectionNumbering}); the content of a section is
 * plain text with one block a line ({@link vn.ubnd.baocao.report.SectionContent}).
 * <p>
 * API: {@link vn.ubnd.baocao.report.ReportService}, {@link vn.ubnd.baocao.report.ReportKindService},
 * {@link vn.ubnd.baocao.report.ReportView} and the records it is made of.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Báo cáo")
package vn.ubnd.baocao.report;
