package vn.ubnd.baocao.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds the preamble, the section tree and the closing paragraphs from the lines of the body. The rules are
 * described on {@link ReportTextParser}; this class applies them in two passes: lines become tokens (joining the
 * lines of one paragraph, including a paragraph cut by a page break), then tokens become the tree.
 */
final class BodyBuilder {

	private static final Pattern SECOND_LEVEL_BULLET = Pattern.compile("^(?:[-–—•]\\s*\\+|\\+)\\s+(\\S.*)$");

	private static final Pattern FIRST_LEVEL_BULLET = Pattern.compile("^[-–—•]\\s+(\\S.*)$");

	private static final Pattern LEGAL_CITATION = Pattern.compile("^(?:Căn cứ\\s+)?(?:Hiến pháp|Bộ luật|Luật|"
			+ "Pháp lệnh|Nghị định|Nghị quyết|Quyết định|Thông tư|Chỉ thị|Công văn|Văn bản|Kế hoạch|Chương trình|"
			+ "Hướng dẫn|Thông báo|Kết luận|Đề án|Quy chế|Quy định|Công điện)(?![\\p{L}])");

	private static final Pattern CITES = Pattern
		.compile("(?iu)(số\\s*\\d|ngày\\s*\\d|\\d{1,2}/\\d{1,2}/\\d{4}|năm\\s+\\d{4}|;\\s*$)");

	private static final Pattern CLOSING_START = Pattern.compile("^(?iu)trên\\s+đây\\b");

	private static final Pattern CLOSING_END = Pattern.compile("\\./\\.?\\s*\\p{L}{0,6}\\s*$");

	private static final int CLOSING_LOOKBACK = 3;

	private static final int LONGEST_TITLE_LINE = 250;

	private final List<Token> tokens;

	private final List<ImportWarning> warnings;

	private final List<Block> preamble = new ArrayList<>();

	private final List<Node> roots = new ArrayList<>();

	private final List<Node> open = new ArrayList<>();

	private BodyBuilder(List<Token> tokens, List<ImportWarning> warnings) {
		this.tokens = tokens;
		this.warnings = warnings;
	}

	/** Builds the body from lines (footnote lines are skipped; blank and noise lines separate paragraphs). */
	static Body build(List<SourceLine> lines, List<ImportWarning> warnings) {
		return new BodyBuilder(tokenize(lines), warnings).build();
	}

	/**
	 * Joins lines into paragraphs. A line continues the paragraph before it when it starts in lower case and that
	 * paragraph did not end ({@code . ! ? : ;}), across blank lines, page numbers and footnote texts (across a blank
	 * line, a numbered line is continued only when it is longer than a short title: an item cut by a page break, not a
	 * heading); or when it directly follows (no blank line) a paragraph or bullet that did not end, or an upper-case
	 * heading with an upper-case line. A numbered or bullet line always starts a new token.
	 */
	static List<Token> tokenize(List<SourceLine> lines) {
		List<Token> tokens = new ArrayList<>();
		Token last = null;
		boolean broken = false;
		for (SourceLine line : lines) {
			if (line.type() == SourceLine.Type.FOOTNOTE) {
				continue;
			}
			if (line.isBreak()) {
				broken = true;
				continue;
			}
			String text = line.text();
			Matcher second = SECOND_LEVEL_BULLET.matcher(text);
			Matcher first = FIRST_LEVEL_BULLET.matcher(text);
			if (second.matches()) {
				last = new Token(Token.Type.BULLET, line.number(), "+", second.group(1));
				tokens.add(last);
			}
			else if (first.matches()) {
				last = new Token(Token.Type.BULLET, line.number(), "-", first.group(1));
				tokens.add(last);
			}
			else if (!Numbering.read(text).isEmpty()) {
				last = new Token(Token.Type.NUMBERED, line.number(), null, text);
				tokens.add(last);
			}
			else if (last != null && continues(last, text, broken)) {
				last.text = last.text + " " + text;
			}
			else {
				last = new Token(Token.Type.TEXT, line.number(), null, text);
				tokens.add(last);
			}
			broken = false;
		}
		return tokens;
	}

	private static boolean continues(Token last, String text, boolean broken) {
		if (!Prose.endsParagraph(last.text) && Prose.startsLowerCase(text)) {
			return !broken || last.type != Token.Type.NUMBERED || last.text.length() > Prose.SHORT_TITLE;
		}
		if (broken) {
			return false;
		}
		if (last.type == Token.Type.NUMBERED) {
			String heading = Numbering.read(last.text).get(0).text();
			return Prose.isUpperCase(heading) && Prose.isUpperCase(text);
		}
		return !Prose.endsParagraph(last.text);
	}

	private Body build() {
		for (int i = 0; i < this.tokens.size(); i++) {
			Token token = this.tokens.get(i);
			switch (token.type) {
				case BULLET -> container().add(Block.bullet(token.marker, token.text));
				case TEXT -> container().add(Block.paragraph(token.text));
				case NUMBERED -> i += openSection(i);
			}
		}
		List<Block> closing = extractClosing(container());
		List<ImportedSection> sections = this.roots.stream().map(Node::toSection).toList();
		return new Body(this.preamble, sections, closing);
	}

	private List<Block> container() {
		return this.open.isEmpty() ? this.preamble : this.open.get(this.open.size() - 1).blocks;
	}

	/**
	 * Opens a section for the numbered token at {@code index} if one of its readings fits; otherwise adds it as a
	 * numbered block. Returns the number of following tokens consumed (a title on the next line).
	 */
	private int openSection(int index) {
		Token token = this.tokens.get(index);
		List<Numbering.Label> readings = Numbering.read(token.text);
		boolean inPreamble = this.roots.isEmpty();
		for (Numbering.Label reading : readings) {
			Numbering.Label label = reading;
			int consumed = 0;
			if (label.text().isEmpty()) {
				Token next = token(index + 1);
				if (next != null && next.type == Token.Type.TEXT && isTitleLine(next.text, label.kind())) {
					label = label.withText(next.text);
					consumed = 1;
				}
				else if (label.kind() != NumberingKind.PART) {
					continue;
				}
			}
			String text = label.text();
			Token after = token(index + 1 + consumed);
			boolean contentFollows = after != null && after.type != Token.Type.NUMBERED;
			if (inPreamble && (text.endsWith(";") || text.endsWith(","))) {
				continue;
			}
			if (isLegalCitation(text) && (inPreamble || !contentFollows)) {
				continue;
			}
			int depth = this.open.size();
			while (depth > 0 && this.open.get(depth - 1).label.rank() >= label.rank()) {
				depth--;
			}
			Node parent = (depth > 0) ? this.open.get(depth - 1) : null;
			List<Node> siblings = (parent != null) ? parent.children : this.roots;
			Node previous = null;
			for (int s = siblings.size() - 1; s >= 0 && previous == null; s--) {
				if (siblings.get(s).label.rank() == label.rank()) {
					previous = siblings.get(s);
				}
			}
			boolean repeated = false;
			boolean fits;
			if (previous == null) {
				fits = Numbering.opens(label, (parent != null) ? parent.label : null);
			}
			else if (Numbering.follows(previous.label, label)) {
				fits = true;
			}
			else {
				repeated = previous.label.label().equals(label.label()) && Prose.isShortTitle(text);
				fits = repeated;
			}
			if (!fits) {
				continue;
			}
			if (repeated) {
				this.warnings.add(new ImportWarning(ImportWarning.Code.NUMBERING_REPEATED, token.line,
						label.marker() + " " + text));
			}
			Node node = new Node(label, consumed > 0);
			siblings.add(node);
			this.open.subList(depth, this.open.size()).clear();
			this.open.add(node);
			return consumed;
		}
		Numbering.Label first = readings.get(0);
		if (!inPreamble && !first.text().isEmpty() && Prose.isShortTitle(first.text())
				&& !isLegalCitation(first.text())) {
			this.warnings.add(new ImportWarning(ImportWarning.Code.NUMBERING_NOT_CONTINUED, token.line,
					first.marker() + " " + first.text()));
		}
		container().add(Block.numbered(first.marker(), first.text()));
		return 0;
	}

	private Token token(int index) {
		return (index < this.tokens.size()) ? this.tokens.get(index) : null;
	}

	private static boolean isTitleLine(String text, NumberingKind kind) {
		return text.length() <= LONGEST_TITLE_LINE && !Prose.hasSentenceBreak(text)
				&& (kind == NumberingKind.PART || !Prose.endsSentence(text));
	}

	/**
	 * Whether the text cites a legal document: it starts with a document type ({@code Luật}, {@code Nghị định},
	 * {@code Quyết định} …, optionally after {@code Căn cứ}) and gives a number, a date or a year, or ends with
	 * {@code ;}.
	 */
	static boolean isLegalCitation(String text) {
		return LEGAL_CITATION.matcher(text).lookingAt() && CITES.matcher(text).find();
	}

	/**
	 * Moves the closing paragraphs out of the last section: from a paragraph starting with {@code Trên đây} among the
	 * last three blocks, or else a last paragraph ending with {@code ./.}.
	 */
	private static List<Block> extractClosing(List<Block> blocks) {
		int from = -1;
		for (int i = Math.max(0, blocks.size() - CLOSING_LOOKBACK); i < blocks.size() && from < 0; i++) {
			Block block = blocks.get(i);
			if (block.kind() == Block.Kind.PARAGRAPH && CLOSING_START.matcher(block.text()).find()) {
				from = i;
			}
		}
		if (from < 0 && !blocks.isEmpty()) {
			Block last = blocks.get(blocks.size() - 1);
			if (last.kind() == Block.Kind.PARAGRAPH && CLOSING_END.matcher(last.text()).find()) {
				from = blocks.size() - 1;
			}
		}
		if (from < 0) {
			return List.of();
		}
		List<Block> tail = blocks.subList(from, blocks.size());
		List<Block> closing = List.copyOf(tail);
		tail.clear();
		return closing;
	}

	/** A line, or lines joined, of the body. */
	static final class Token {

		final Type type;

		final int line;

		final String marker;

		String text;

		Token(Type type, int line, String marker, String text) {
			this.type = type;
			this.line = line;
			this.marker = marker;
			this.text = text;
		}

		enum Type {

			TEXT, BULLET, NUMBERED

		}

	}

	/** A section while it is being built. */
	private static final class Node {

		final Numbering.Label label;

		final boolean titleOnNextLine;

		final List<Block> blocks = new ArrayList<>();

		final List<Node> children = new ArrayList<>();

		Node(Numbering.Label label, boolean titleOnNextLine) {
			this.label = label;
			this.titleOnNextLine = titleOnNextLine;
		}

		/**
		 * The section. Its text after the number is its title unless it reads as running text: several sentences,
		 * or a finished sentence ({@code . ; ! ?}) that is long or has nothing under it. Running text becomes the
		 * first paragraph and the section has no title.
		 */
		ImportedSection toSection() {
			String text = this.label.text();
			List<Block> content = new ArrayList<>(this.blocks);
			String title = text;
			boolean ownContent = !this.blocks.isEmpty() || !this.children.isEmpty();
			if (text.isEmpty()) {
				title = null;
			}
			else if (!this.titleOnNextLine && (Prose.hasSentenceBreak(text) || (Prose.endsSentence(text)
					&& (text.length() > Prose.LONGEST_SENTENCE_TITLE || !ownContent)))) {
				title = null;
				content.add(0, Block.paragraph(text));
			}
			return new ImportedSection(this.label.kind(), this.label.label(), title, content,
					this.children.stream().map(Node::toSection).toList());
		}

	}

	/** The body: preamble, sections, closing. */
	record Body(List<Block> preamble, List<ImportedSection> sections, List<Block> closing) {
	}

}
