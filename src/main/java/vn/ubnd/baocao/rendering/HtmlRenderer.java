package vn.ubnd.baocao.rendering;

import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;

import vn.ubnd.baocao.rendering.internal.PrintView;

/**
 * Renders an {@link OfficialDocument} to its HTML print view: an A4 page laid out as Nghị định 30/2020 prescribes,
 * with {@code @page} rules for printing. Every text is escaped. A browser cannot place footnotes at the foot of their
 * page, so the print view lists them after the document; the PDF ({@link PdfRenderer}) is made from the same template
 * with the footnotes at the foot of their page.
 */
@Component
public class HtmlRenderer {

	static final String TEMPLATE = "rendering/document";

	private final SpringTemplateEngine templates;

	private final MessageSource messages;

	public HtmlRenderer(SpringTemplateEngine templates, MessageSource messages) {
		this.templates = templates;
		this.messages = messages;
	}

	/** The print view of {@code document}, a complete HTML page. */
	public String render(OfficialDocument document) {
		return render(document, false);
	}

	/** The same page with the footnotes floated to the foot of their page, for the PDF renderer. */
	String renderPaged(OfficialDocument document) {
		return render(document, true);
	}

	private String render(OfficialDocument document, boolean paged) {
		PrintView view = PrintView.of(document, this.messages);
		Context context = new Context(PrintView.VIETNAMESE, Map.of("view", view, "paged", paged));
		return this.templates.process(TEMPLATE, context);
	}

}
