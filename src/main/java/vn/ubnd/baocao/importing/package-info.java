/**
 * Import of an existing report (plain text or Markdown converted from PDF or Word) into a structured draft: the
 * header, the preamble, the tree of numbered sections with their paragraphs and bullets, the footnotes, the
 * recipients and the signature block. The result is an immutable {@link vn.ubnd.baocao.importing.ImportedReport};
 * the report module maps it into its aggregate.
 * <p>
 * The section tree is built from the numbering written at the start of a line, never from Markdown heading levels
 * or bold marks, which the converters set inconsistently. {@link vn.ubnd.baocao.importing.ReportTextParser}
 * documents the heuristics.
 * <p>
 * Files are read by {@link vn.ubnd.baocao.importing.UploadedDocument} (UTF-8 text, Markdown, DOCX; judged by their
 * content, zip bombs refused) and become drafts through {@link vn.ubnd.baocao.importing.ImportService}.
 * <p>
 * API: {@link vn.ubnd.baocao.importing.ImportService}, {@link vn.ubnd.baocao.importing.ReportTextParser},
 * {@link vn.ubnd.baocao.importing.ImportedReport} and the records it is made of.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Nhập báo cáo")
package vn.ubnd.baocao.importing;
