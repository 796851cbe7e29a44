package vn.ubnd.baocao.rendering.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFFootnotes;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocDefaults;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFtnEdn;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblBorders;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFtnEdn;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import org.openxmlformats.schemas.officeDocument.x2006.sharedTypes.STVerticalAlignRun;

import vn.ubnd.baocao.rendering.HeadingLevel;

/**
 * Writes a {@link PrintView} as a Word document laid out like the print view: A4 with the decree's margins, named
 * paragraph styles for every part (so a clerk who edits the file keeps the layout), the two-column header as a
 * borderless table, real Word footnotes, and the page number in the header from page 2 on (a different first page).
 */
public final class DocxWriter {

	/** A4 in twentieths of a point. */
	public static final int PAGE_WIDTH = 11906;

	public static final int PAGE_HEIGHT = 16838;

	/** Margins: top and bottom 20 mm, left 30 mm, right 15 mm. */
	public static final int MARGIN_TOP = 1134;

	public static final int MARGIN_BOTTOM = 1134;

	public static final int MARGIN_LEFT = 1701;

	public static final int MARGIN_RIGHT = 850;

	/** The header sits 10 mm from the top edge, in the top margin. */
	public static final int HEADER_DISTANCE = 567;

	private static final int TEXT_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT;

	/** The size of a table's text in points, as its styles set it. */
	private static final int TABLE_FONT_SIZE = 12;

	/** 1.27 cm. */
	private static final int FIRST_LINE_INDENT = 720;

	/** Style ids: the Word styles every paragraph of the document uses. */
	public static final String BODY = "BCBody";

	public static final String BULLET = "BCBullet";

	public static final String DRAFT = "BCDraft";

	public static final String PARENT_BODY = "BCParentBody";

	public static final String ISSUER = "BCIssuer";

	public static final String NATION = "BCNation";

	public static final String MOTTO = "BCMotto";

	public static final String NUMBER = "BCNumber";

	public static final String DATE = "BCDate";

	public static final String DOC_TYPE = "BCDocType";

	public static final String SUMMARY = "BCSummary";

	public static final String ADDRESSEE = "BCAddressee";

	public static final String RULE = "BCRule";

	public static final String TABLE_TEXT = "BCTableText";

	public static final String TABLE_HEADING = "BCTableHeading";

	public static final String RECIPIENTS_LABEL = "BCRecipientsLabel";

	public static final String RECIPIENT = "BCRecipient";

	public static final String SIGNATURE = "BCSignature";

	public static final String SIGNER = "BCSigner";

	public static final String FOOTNOTE_TEXT = "FootnoteText";

	public static final String FOOTNOTE_REFERENCE = "FootnoteReference";

	public static final String PAGE_HEADER = "Header";

	private final PrintView view;

	private final XWPFDocument document = new XWPFDocument();

	private final List<CTStyle> pendingStyles = new ArrayList<>();

	private DocxWriter(PrintView view) {
		this.view = view;
	}

	/** Writes {@code view} as a .docx file to {@code out}, which is left open. */
	public static void write(PrintView view, OutputStream out) throws IOException {
		DocxWriter writer = new DocxWriter(view);
		try (XWPFDocument document = writer.document) {
			writer.build();
			document.write(out);
		}
	}

	/** The Word style id of a heading level: Word's own {@code Heading1} … {@code Heading5}. */
	public static String headingStyle(HeadingLevel level) {
		return "Heading" + (level.ordinal() + 1);
	}

	private void build() {
		defineStyles();
		pageSetup();
		this.document.getProperties().getCoreProperties().setTitle(this.view.title());
		this.document.getProperties().getCoreProperties().setCreator(String.join(" ", this.view.issuingBody()));
		if (this.view.draftMark() != null) {
			XWPFParagraph draft = paragraph(DRAFT);
			draft.getCTP().getPPr().addNewPBdr();
			box(draft);
			text(draft, this.view.draftMark(), false, false);
		}
		masthead();
		text(paragraph(DOC_TYPE), this.view.documentType(), false, false);
		text(paragraph(SUMMARY), this.view.summary(), false, false);
		double summaryWidth = Math.min(twips(Fonts.width(this.view.summary(), true, false, 14)), TEXT_WIDTH);
		rule(this.document.createParagraph(), TEXT_WIDTH, (int) (summaryWidth * 0.3));
		addressees();
		XWPFFootnotes footnotes = this.document.createFootnotes();
		separators(footnotes);
		for (PrintView.Element element : this.view.elements()) {
			if (element instanceof PrintView.Heading heading) {
				heading(heading);
			}
			else if (element instanceof PrintView.Para para) {
				XWPFParagraph paragraph = paragraph(para.bullet() ? BULLET : BODY);
				for (PrintView.Run run : para.runs()) {
					if (run.isFootnote()) {
						footnote(paragraph, this.view.footnotes().get(run.footnote()));
					}
					else {
						text(paragraph, run.text(), run.bold(), run.italic());
					}
				}
			}
			else if (element instanceof PrintView.Table table) {
				dataTable(table);
			}
		}
		if (!this.view.elements().isEmpty()
				&& this.view.elements().get(this.view.elements().size() - 1) instanceof PrintView.Table) {
			// two tables in a row would merge into one
			paragraph(BODY);
		}
		closing();
	}

	private void pageSetup() {
		CTSectPr section = this.document.getDocument().getBody().isSetSectPr()
				? this.document.getDocument().getBody().getSectPr()
				: this.document.getDocument().getBody().addNewSectPr();
		CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
		size.setW(BigInteger.valueOf(PAGE_WIDTH));
		size.setH(BigInteger.valueOf(PAGE_HEIGHT));
		size.setOrient(STPageOrientation.PORTRAIT);
		CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
		margins.setTop(BigInteger.valueOf(MARGIN_TOP));
		margins.setBottom(BigInteger.valueOf(MARGIN_BOTTOM));
		margins.setLeft(BigInteger.valueOf(MARGIN_LEFT));
		margins.setRight(BigInteger.valueOf(MARGIN_RIGHT));
		margins.setHeader(BigInteger.valueOf(HEADER_DISTANCE));
		margins.setFooter(BigInteger.valueOf(HEADER_DISTANCE));
		margins.setGutter(BigInteger.ZERO);

		// page 1 carries no number: its own, empty header
		XWPFHeader first = this.document.createHeader(HeaderFooterType.FIRST);
		first.createParagraph().setStyle(PAGE_HEADER);
		if (!section.isSetTitlePg()) {
			section.addNewTitlePg();
		}
		XWPFHeader others = this.document.createHeader(HeaderFooterType.DEFAULT);
		XWPFParagraph number = others.createParagraph();
		number.setStyle(PAGE_HEADER);
		CTP p = number.getCTP();
		p.addNewR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
		p.addNewR().addNewInstrText().setStringValue(" PAGE ");
		p.addNewR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
		p.addNewR().addNewT().setStringValue("2");
		p.addNewR().addNewFldChar().setFldCharType(STFldCharType.END);
	}

	private void masthead() {
		int left = TEXT_WIDTH * 40 / 100;
		int right = TEXT_WIDTH - left;
		XWPFTable table = borderlessTable(2, new int[] { left, right });

		XWPFTableCell issuer = table.getRow(0).getCell(0);
		List<XWPFParagraph> issuerLines = new ArrayList<>();
		if (this.view.parentBody() != null) {
			XWPFParagraph parent = cellParagraph(issuer, PARENT_BODY);
			text(parent, this.view.parentBody(), false, false);
		}
		double widest = 0;
		for (String line : this.view.issuingBody()) {
			XWPFParagraph paragraph = cellParagraph(issuer, ISSUER);
			text(paragraph, line, false, false);
			issuerLines.add(paragraph);
			widest = Math.max(widest, Fonts.width(line, true, false, 13));
		}
		rule(cellParagraph(issuer, RULE), left, (int) (twips(widest) * 0.4));

		XWPFTableCell nation = table.getRow(0).getCell(1);
		text(cellParagraph(nation, NATION), this.view.nation(), false, false);
		text(cellParagraph(nation, MOTTO), this.view.motto(), false, false);
		rule(cellParagraph(nation, RULE), right, twips(Fonts.width(this.view.motto(), true, false, 13)) + 20);

		text(cellParagraph(table.getRow(1).getCell(0), NUMBER), this.view.numberLine(), false, false);
		text(cellParagraph(table.getRow(1).getCell(1), DATE), this.view.dateLine(), false, false);
	}

	private void addressees() {
		List<String> lines = this.view.addresseeLines();
		if (lines.isEmpty()) {
			return;
		}
		if (lines.size() == 1) {
			XWPFParagraph paragraph = paragraph(ADDRESSEE);
			paragraph.setAlignment(ParagraphAlignment.CENTER);
			text(paragraph, this.view.addresseeLabel() + " " + lines.get(0), false, false);
			return;
		}
		// "Kính gửi:" then the list, the dashes aligned one under the other, the whole block centred
		int label = twips(Fonts.width(this.view.addresseeLabel() + " ", false, false, 14));
		int longest = 0;
		for (String line : lines) {
			longest = Math.max(longest, twips(Fonts.width(line, false, false, 14)));
		}
		int start = Math.max(0, (TEXT_WIDTH - label - Math.min(longest, TEXT_WIDTH - label)) / 2);
		for (int i = 0; i < lines.size(); i++) {
			XWPFParagraph paragraph = paragraph(ADDRESSEE);
			paragraph.setAlignment(ParagraphAlignment.LEFT);
			paragraph.setIndentationLeft(start + label);
			if (i == 0) {
				paragraph.setIndentationHanging(label);
				var tab = paragraph.getCTP().getPPr().addNewTabs().addNewTab();
				tab.setVal(STTabJc.LEFT);
				tab.setPos(BigInteger.valueOf(start + label));
				text(paragraph, this.view.addresseeLabel(), false, false);
				paragraph.createRun().addTab();
			}
			else {
				paragraph.setSpacingBefore(0);
			}
			text(paragraph, lines.get(i), false, false);
		}
	}

	private void heading(PrintView.Heading heading) {
		String style = headingStyle(heading.level());
		if (heading.level() == HeadingLevel.PART && heading.number() != null) {
			text(paragraph(style), heading.number(), false, false);
			XWPFParagraph title = paragraph(style);
			title.setSpacingBefore(0);
			text(title, heading.title(), false, false);
			return;
		}
		text(paragraph(style), heading.text(), false, false);
	}

	private void footnote(XWPFParagraph paragraph, String text) {
		XWPFFootnote footnote = this.document.createFootnote();
		XWPFParagraph note = footnote.createParagraph();
		note.setStyle(FOOTNOTE_TEXT);
		XWPFRun body = note.createRun();
		body.setText(" " + text);
		paragraph.addFootnoteReference(footnote);
	}

	/** The separator and continuation separator that Word draws above the footnotes. */
	private void separators(XWPFFootnotes footnotes) {
		CTFtnEdn separator = CTFtnEdn.Factory.newInstance();
		separator.setType(STFtnEdn.SEPARATOR);
		separator.setId(BigInteger.valueOf(-1));
		CTP p = separator.addNewP();
		p.addNewPPr().addNewSpacing().setAfter(BigInteger.ZERO);
		p.addNewR().addNewSeparator();
		footnotes.addFootnote(separator);
		CTFtnEdn continuation = CTFtnEdn.Factory.newInstance();
		continuation.setType(STFtnEdn.CONTINUATION_SEPARATOR);
		continuation.setId(BigInteger.ZERO);
		CTP q = continuation.addNewP();
		q.addNewPPr().addNewSpacing().setAfter(BigInteger.ZERO);
		q.addNewR().addNewContinuationSeparator();
		footnotes.addFootnote(continuation);
	}

	private void dataTable(PrintView.Table data) {
		int columns = data.header().size();
		int[] widths = columnWidths(data);
		XWPFTable table = this.document.createTable(data.rows().size() + (data.grouped() ? 2 : 1), columns);
		CTTbl ct = table.getCTTbl();
		CTTblPr pr = ct.getTblPr() == null ? ct.addNewTblPr() : ct.getTblPr();
		width(pr.isSetTblW() ? pr.getTblW() : pr.addNewTblW(), TEXT_WIDTH);
		pr.addNewTblLayout().setType(STTblLayoutType.FIXED);
		CTTblBorders borders = pr.isSetTblBorders() ? pr.getTblBorders() : pr.addNewTblBorders();
		for (CTBorder border : new CTBorder[] { borders.isSetTop() ? borders.getTop() : borders.addNewTop(),
				borders.isSetBottom() ? borders.getBottom() : borders.addNewBottom(),
				borders.isSetLeft() ? borders.getLeft() : borders.addNewLeft(),
				borders.isSetRight() ? borders.getRight() : borders.addNewRight(),
				borders.isSetInsideH() ? borders.getInsideH() : borders.addNewInsideH(),
				borders.isSetInsideV() ? borders.getInsideV() : borders.addNewInsideV() }) {
			border.setVal(STBorder.SINGLE);
			border.setSz(BigInteger.valueOf(4));
			border.setSpace(BigInteger.ZERO);
			border.setColor("000000");
		}
		// 4 pt left and right, as the print view's cells: the columns are as wide as there
		var margins = pr.isSetTblCellMar() ? pr.getTblCellMar() : pr.addNewTblCellMar();
		width(margins.isSetLeft() ? margins.getLeft() : margins.addNewLeft(), 80);
		width(margins.isSetRight() ? margins.getRight() : margins.addNewRight(), 80);
		grid(ct, widths);
		int headerRows = data.grouped() ? 2 : 1;
		for (int r = 0; r < headerRows; r++) {
			XWPFTableRow header = table.getRow(r);
			header.setRepeatHeader(true);
			header.setCantSplitRow(true);
		}
		if (data.grouped()) {
			groupedHeader(table, data, widths);
		}
		else {
			XWPFTableRow header = table.getRow(0);
			for (int c = 0; c < columns; c++) {
				XWPFTableCell cell = header.getCell(c);
				cellWidth(cell, widths[c]);
				cell.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
				text(cellParagraph(cell, TABLE_HEADING), data.header().get(c), false, false);
			}
		}
		for (int r = 0; r < data.rows().size(); r++) {
			XWPFTableRow row = table.getRow(r + headerRows);
			row.setCantSplitRow(true);
			for (int c = 0; c < columns; c++) {
				PrintView.Cell value = data.rows().get(r).get(c);
				XWPFTableCell cell = row.getCell(c);
				cellWidth(cell, widths[c]);
				cell.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
				XWPFParagraph paragraph = cellParagraph(cell, TABLE_TEXT);
				if (value.numeric()) {
					paragraph.setAlignment(ParagraphAlignment.RIGHT);
				}
				if (!value.text().isEmpty()) {
					text(paragraph, value.text(), false, false);
				}
			}
		}
		if (data.fontSize() != TABLE_FONT_SIZE) {
			// a wide table is set smaller, as in the print view
			for (XWPFTableRow row : table.getRows()) {
				for (XWPFTableCell cell : row.getTableCells()) {
					cell.getParagraphs().forEach((p) -> p.getRuns().forEach((run) -> run.setFontSize(data.fontSize())));
				}
			}
		}
	}

	/**
	 * The two header rows of a grouped table: a group's heading over its columns (one cell spanning them), their
	 * titles below it, and a column without a group merged down both rows.
	 */
	private static void groupedHeader(XWPFTable table, PrintView.Table data, int[] widths) {
		XWPFTableRow top = table.getRow(0);
		XWPFTableRow bottom = table.getRow(1);
		for (PrintView.HeaderCell cell : data.secondRow()) {
			XWPFTableCell below = bottom.getCell(cell.column());
			cellWidth(below, widths[cell.column()]);
			below.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
			text(cellParagraph(below, TABLE_HEADING), cell.text(), false, false);
		}
		List<PrintView.HeaderCell> first = data.firstRow();
		// right to left, so that removing the cells a heading spans leaves the columns on its left in place
		for (int i = first.size() - 1; i >= 0; i--) {
			PrintView.HeaderCell cell = first.get(i);
			XWPFTableCell above = top.getCell(cell.column());
			int width = 0;
			for (int c = cell.column(); c < cell.column() + cell.columns(); c++) {
				width += widths[c];
			}
			for (int c = cell.column() + cell.columns() - 1; c > cell.column(); c--) {
				top.removeCell(c);
			}
			CTTcPr pr = above.getCTTc().isSetTcPr() ? above.getCTTc().getTcPr() : above.getCTTc().addNewTcPr();
			if (cell.columns() > 1) {
				pr.addNewGridSpan().setVal(BigInteger.valueOf(cell.columns()));
			}
			cellWidth(above, width);
			above.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
			text(cellParagraph(above, TABLE_HEADING), cell.text(), false, false);
			if (cell.rows() > 1) {
				pr.addNewVMerge().setVal(STMerge.RESTART);
				XWPFTableCell below = bottom.getCell(cell.column());
				cellWidth(below, width);
				CTTcPr belowPr = below.getCTTc().isSetTcPr() ? below.getCTTc().getTcPr()
						: below.getCTTc().addNewTcPr();
				belowPr.addNewVMerge().setVal(STMerge.CONTINUE);
				cellParagraph(below, TABLE_HEADING);
			}
		}
	}

	/** The columns' widths in twips, in the proportions of the print view. */
	private static int[] columnWidths(PrintView.Table data) {
		double[] shares = data.shares();
		int[] widths = new int[shares.length];
		int used = 0;
		for (int c = 0; c < shares.length; c++) {
			widths[c] = (c == shares.length - 1) ? TEXT_WIDTH - used : (int) Math.round(TEXT_WIDTH * shares[c]);
			used += widths[c];
		}
		return widths;
	}

	private void closing() {
		int left = TEXT_WIDTH * 45 / 100;
		XWPFTable table = borderlessTable(1, new int[] { left, TEXT_WIDTH - left });
		table.getRow(0).setCantSplitRow(true);
		XWPFTableCell recipients = table.getRow(0).getCell(0);
		XWPFParagraph label = cellParagraph(recipients, RECIPIENTS_LABEL);
		label.setSpacingBefore(240);
		text(label, this.view.recipientsLabel(), false, false);
		for (String line : this.view.recipients()) {
			text(cellParagraph(recipients, RECIPIENT), line, false, false);
		}
		XWPFTableCell signature = table.getRow(0).getCell(1);
		for (String line : this.view.signatureLines()) {
			XWPFParagraph paragraph = cellParagraph(signature, SIGNATURE);
			if (signature.getParagraphs().size() == 1) {
				paragraph.setSpacingBefore(240);
			}
			text(paragraph, line, false, false);
		}
		// room for the signature and the seal (ô 7c, 8)
		for (int i = 0; i < 4; i++) {
			cellParagraph(signature, SIGNATURE);
		}
		text(cellParagraph(signature, SIGNER), this.view.signerName(), false, false);
		// the paragraph before the table stays on its page
		List<XWPFParagraph> paragraphs = this.document.getParagraphs();
		if (!paragraphs.isEmpty()) {
			paragraphs.get(paragraphs.size() - 1).getCTP().getPPr().addNewKeepNext();
		}
	}

	private XWPFTable borderlessTable(int rows, int[] widths) {
		XWPFTable table = this.document.createTable(rows, widths.length);
		CTTbl ct = table.getCTTbl();
		CTTblPr pr = ct.getTblPr() == null ? ct.addNewTblPr() : ct.getTblPr();
		width(pr.isSetTblW() ? pr.getTblW() : pr.addNewTblW(), TEXT_WIDTH);
		pr.addNewTblLayout().setType(STTblLayoutType.FIXED);
		if (pr.isSetTblBorders()) {
			pr.unsetTblBorders();
		}
		CTTblBorders borders = pr.addNewTblBorders();
		for (CTBorder border : new CTBorder[] { borders.addNewTop(), borders.addNewLeft(), borders.addNewBottom(),
				borders.addNewRight(), borders.addNewInsideH(), borders.addNewInsideV() }) {
			border.setVal(STBorder.NONE);
			border.setSz(BigInteger.ZERO);
			border.setSpace(BigInteger.ZERO);
			border.setColor("auto");
		}
		var margins = pr.addNewTblCellMar();
		width(margins.addNewLeft(), 0);
		width(margins.addNewRight(), 0);
		grid(ct, widths);
		for (XWPFTableRow row : table.getRows()) {
			for (int c = 0; c < widths.length; c++) {
				cellWidth(row.getCell(c), widths[c]);
			}
		}
		return table;
	}

	private static void grid(CTTbl table, int[] widths) {
		CTTblGrid grid = table.getTblGrid() == null ? table.addNewTblGrid() : table.getTblGrid();
		while (grid.sizeOfGridColArray() > 0) {
			grid.removeGridCol(0);
		}
		for (int width : widths) {
			grid.addNewGridCol().setW(BigInteger.valueOf(width));
		}
	}

	private static void cellWidth(XWPFTableCell cell, int width) {
		CTTcPr pr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
		width(pr.isSetTcW() ? pr.getTcW() : pr.addNewTcW(), width);
	}

	private static void width(CTTblWidth width, int twips) {
		width.setType(STTblWidth.DXA);
		width.setW(BigInteger.valueOf(twips));
	}

	/** The first, still empty paragraph of a new cell, or a new one after the others. */
	private static XWPFParagraph cellParagraph(XWPFTableCell cell, String style) {
		List<XWPFParagraph> paragraphs = cell.getParagraphs();
		XWPFParagraph paragraph;
		if (paragraphs.size() == 1 && paragraphs.get(0).getRuns().isEmpty()
				&& paragraphs.get(0).getStyle() == null) {
			paragraph = paragraphs.get(0);
		}
		else {
			paragraph = cell.addParagraph();
		}
		paragraph.setStyle(style);
		if (paragraph.getCTP().getPPr() == null) {
			paragraph.getCTP().addNewPPr();
		}
		return paragraph;
	}

	private XWPFParagraph paragraph(String style) {
		XWPFParagraph paragraph = this.document.createParagraph();
		paragraph.setStyle(style);
		return paragraph;
	}

	private static void text(XWPFParagraph paragraph, String text, boolean bold, boolean italic) {
		XWPFRun run = paragraph.createRun();
		run.setText(text);
		if (bold) {
			run.setBold(true);
		}
		if (italic) {
			run.setItalic(true);
		}
	}

	/**
	 * A short horizontal rule {@code length} twips long, centred in {@code available}: the top border of an almost
	 * empty paragraph.
	 */
	private static void rule(XWPFParagraph paragraph, int available, int length) {
		paragraph.setStyle(RULE);
		int indent = Math.max(0, (available - length) / 2);
		paragraph.setIndentationLeft(indent);
		paragraph.setIndentationRight(indent);
		CTPPr pr = paragraph.getCTP().isSetPPr() ? paragraph.getCTP().getPPr() : paragraph.getCTP().addNewPPr();
		CTBorder top = pr.addNewPBdr().addNewTop();
		top.setVal(STBorder.SINGLE);
		top.setSz(BigInteger.valueOf(6));
		top.setSpace(BigInteger.ONE);
		top.setColor("000000");
	}

	private static void box(XWPFParagraph paragraph) {
		var borders = paragraph.getCTP().getPPr().getPBdr();
		for (CTBorder border : new CTBorder[] { borders.addNewTop(), borders.addNewLeft(), borders.addNewBottom(),
				borders.addNewRight() }) {
			border.setVal(STBorder.SINGLE);
			border.setSz(BigInteger.valueOf(8));
			border.setSpace(BigInteger.valueOf(2));
			border.setColor("000000");
		}
	}

	private static int twips(double points) {
		return (int) Math.round(points * 20);
	}

	private void defineStyles() {
		XWPFStyles styles = this.document.createStyles();
		CTStyles ctStyles = CTStyles.Factory.newInstance();
		CTDocDefaults defaults = ctStyles.addNewDocDefaults();
		CTRPr runDefaults = defaults.addNewRPrDefault().addNewRPr();
		CTFonts fonts = runDefaults.addNewRFonts();
		fonts.setAscii(Fonts.WORD_FAMILY);
		fonts.setHAnsi(Fonts.WORD_FAMILY);
		fonts.setCs(Fonts.WORD_FAMILY);
		fonts.setEastAsia(Fonts.WORD_FAMILY);
		runDefaults.addNewSz().setVal(BigInteger.valueOf(28));
		runDefaults.addNewSzCs().setVal(BigInteger.valueOf(28));
		runDefaults.addNewLang().setVal("vi-VN");
		CTSpacing spacingDefault = defaults.addNewPPrDefault().addNewPPr().addNewSpacing();
		spacingDefault.setAfter(BigInteger.ZERO);
		spacingDefault.setBefore(BigInteger.ZERO);
		spacingDefault.setLine(BigInteger.valueOf(240));
		spacingDefault.setLineRule(STLineSpacingRule.AUTO);
		styles.setStyles(ctStyles);

		paragraphStyle(styles, "Normal", "Normal", null, 28, false, false, STJc.LEFT, 0, 0, 240, false);
		paragraphStyle(styles, BODY, "BC Nội dung", "Normal", 28, false, false, STJc.BOTH, 120, FIRST_LINE_INDENT,
				264, false);
		paragraphStyle(styles, BULLET, "BC Gạch đầu dòng", BODY, 28, false, false, STJc.BOTH, 120,
				FIRST_LINE_INDENT, 264, false);
		String[] headingNames = { "heading 1", "heading 2", "heading 3", "heading 4", "heading 5" };
		for (HeadingLevel level : HeadingLevel.values()) {
			boolean part = level == HeadingLevel.PART;
			boolean bold = level != HeadingLevel.POINT;
			boolean italic = level == HeadingLevel.SUBCLAUSE || level == HeadingLevel.POINT;
			CTStyle style = paragraphStyle(styles, headingStyle(level), headingNames[level.ordinal()], "Normal", 28,
					bold, italic, part ? STJc.CENTER : STJc.BOTH, part ? 240 : 120, part ? 0 : FIRST_LINE_INDENT,
					264, true);
			style.getPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(level.ordinal()));
		}
		paragraphStyle(styles, DRAFT, "BC Dự thảo", "Normal", 26, true, false, STJc.RIGHT, 0, 0, 240, false);
		paragraphStyle(styles, PARENT_BODY, "BC Cơ quan chủ quản", "Normal", 26, false, false, STJc.CENTER, 0, 0,
				240, false);
		paragraphStyle(styles, ISSUER, "BC Tên cơ quan", "Normal", 26, true, false, STJc.CENTER, 0, 0, 240, false);
		paragraphStyle(styles, NATION, "BC Quốc hiệu", "Normal", 24, true, false, STJc.CENTER, 0, 0, 240, false);
		paragraphStyle(styles, MOTTO, "BC Tiêu ngữ", "Normal", 26, true, false, STJc.CENTER, 0, 0, 240, false);
		paragraphStyle(styles, NUMBER, "BC Số ký hiệu", "Normal", 26, false, false, STJc.CENTER, 160, 0, 240, false);
		paragraphStyle(styles, DATE, "BC Địa danh ngày", "Normal", 28, false, true, STJc.CENTER, 160, 0, 240, false);
		paragraphStyle(styles, DOC_TYPE, "BC Tên loại", "Normal", 28, true, false, STJc.CENTER, 400, 0, 240, true);
		paragraphStyle(styles, SUMMARY, "BC Trích yếu", "Normal", 28, true, false, STJc.CENTER, 0, 0, 240, true);
		paragraphStyle(styles, ADDRESSEE, "BC Kính gửi", "Normal", 28, false, false, STJc.CENTER, 240, 0, 264,
				false);
		CTStyle rule = paragraphStyle(styles, RULE, "BC Đường kẻ", "Normal", 4, false, false, STJc.CENTER, 0, 0, 60,
				false);
		rule.getPPr().getSpacing().setLineRule(STLineSpacingRule.EXACT);
		paragraphStyle(styles, TABLE_TEXT, "BC Bảng", "Normal", 24, false, false, STJc.LEFT, 20, 0, 240, false);
		paragraphStyle(styles, TABLE_HEADING, "BC Tiêu đề bảng", TABLE_TEXT, 24, true, false, STJc.CENTER, 20, 0,
				240, false);
		paragraphStyle(styles, RECIPIENTS_LABEL, "BC Nơi nhận", "Normal", 24, true, true, STJc.LEFT, 0, 0, 240,
				false);
		paragraphStyle(styles, RECIPIENT, "BC Danh sách nơi nhận", "Normal", 22, false, false, STJc.LEFT, 0, 0, 240,
				false);
		paragraphStyle(styles, SIGNATURE, "BC Chức vụ ký", "Normal", 28, true, false, STJc.CENTER, 0, 0, 240, false);
		paragraphStyle(styles, SIGNER, "BC Người ký", "Normal", 28, true, false, STJc.CENTER, 0, 0, 240, false);
		paragraphStyle(styles, FOOTNOTE_TEXT, "footnote text", "Normal", 24, false, false, STJc.BOTH, 0, 0, 240,
				false);
		paragraphStyle(styles, PAGE_HEADER, "header", "Normal", 26, false, false, STJc.CENTER, 0, 0, 240, false);

		CTStyle reference = CTStyle.Factory.newInstance();
		reference.setType(STStyleType.CHARACTER);
		reference.setStyleId(FOOTNOTE_REFERENCE);
		reference.addNewName().setVal("footnote reference");
		reference.addNewRPr().addNewVertAlign().setVal(STVerticalAlignRun.SUPERSCRIPT);
		this.pendingStyles.add(reference);
		// POI stores a copy of each style: add them only once they are complete
		for (CTStyle style : this.pendingStyles) {
			styles.addStyle(new XWPFStyle(style, styles));
		}
	}

	private CTStyle paragraphStyle(XWPFStyles styles, String id, String name, String basedOn, int halfPoints,
			boolean bold, boolean italic, STJc.Enum alignment, int spaceBefore, int firstLine, int line,
			boolean keepNext) {
		CTStyle style = CTStyle.Factory.newInstance();
		style.setType(STStyleType.PARAGRAPH);
		style.setStyleId(id);
		style.addNewName().setVal(name);
		if (basedOn != null) {
			style.addNewBasedOn().setVal(basedOn);
		}
		if ("Normal".equals(id)) {
			style.setDefault(true);
		}
		style.addNewQFormat();
		var ppr = style.addNewPPr();
		if (keepNext) {
			ppr.addNewKeepNext();
		}
		CTSpacing spacing = ppr.addNewSpacing();
		spacing.setBefore(BigInteger.valueOf(spaceBefore));
		spacing.setAfter(BigInteger.ZERO);
		spacing.setLine(BigInteger.valueOf(line));
		spacing.setLineRule(STLineSpacingRule.AUTO);
		var indent = ppr.addNewInd();
		indent.setFirstLine(BigInteger.valueOf(firstLine));
		ppr.addNewJc().setVal(alignment);
		CTRPr rpr = style.addNewRPr();
		if (bold) {
			rpr.addNewB();
			rpr.addNewBCs();
		}
		if (italic) {
			rpr.addNewI();
			rpr.addNewICs();
		}
		rpr.addNewSz().setVal(BigInteger.valueOf(halfPoints));
		rpr.addNewSzCs().setVal(BigInteger.valueOf(halfPoints));
		this.pendingStyles.add(style);
		return style;
	}

}
