/**
 * Rendering of an official document (Nghị định 30/2020/NĐ-CP layout) from one immutable model,
 * {@link vn.ubnd.baocao.rendering.OfficialDocument}, to three outputs that look alike: the HTML print view
 * ({@link vn.ubnd.baocao.rendering.HtmlRenderer}), a PDF/A-2b file with embedded Liberation Serif fonts
 * ({@link vn.ubnd.baocao.rendering.PdfRenderer}, from the same template as the print view) and a Word document with
 * named styles and real footnotes ({@link vn.ubnd.baocao.rendering.DocxRenderer}).
 * <p>
 * The model carries text only; the renderers add the fixed parts of the layout (national title and motto, the
 * {@code Số:} and date lines, {@code Kính gửi:}, {@code Nơi nhận:}, the closing {@code ./.} and the draft mark) from
 * {@code messages.properties}, and the punctuation of the addressee and recipient lists.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Trình bày văn bản")
package vn.ubnd.baocao.rendering;
