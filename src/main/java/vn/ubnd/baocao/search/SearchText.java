package vn.ubnd.baocao.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import vn.ubnd.baocao.system.Texts;

/**
 * Words as search compares them, the same way as the database's {@code search_words()}: without diacritics
 * ({@code đ} → {@code d}), lower case, anything that is not a letter or a digit a separator ("1263/BC-UBND" is
 * {@code 1263}, {@code bc}, {@code ubnd}); and the matched words of a text, found again in the text as written.
 * <p>
 * Folding keeps one character for each character of the text, so that a word found in the folded text is at the same
 * place in the original: what is highlighted is exactly what was written.
 */
public final class SearchText {

	/** The longest query taken, in characters; the rest is left out (and the page says so). */
	public static final int MAX_QUERY = 200;

	/** The most words of a query taken. */
	public static final int MAX_TERMS = 12;

	/** Marks a character that is left out of the word it stands in (a combining mark). */
	private static final char SKIP = '\0';

	private SearchText() {
	}

	/** One character folded: a lower-case ASCII letter or digit, a space for a separator, {@link #SKIP} for a mark. */
	static char fold(char c) {
		if (c < 128) {
			if (c >= 'A' && c <= 'Z') {
				return (char) (c + ('a' - 'A'));
			}
			return ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) ? c : ' ';
		}
		if (c == 'đ' || c == 'Đ') {
			return 'd';
		}
		int type = Character.getType(c);
		if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK) {
			return SKIP;
		}
		String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
		char base = decomposed.charAt(0);
		if (base < 128 && Character.isLetterOrDigit(base)) {
			return Character.toLowerCase(base);
		}
		return ' ';
	}

	/** The text's words, folded, in order (repeats kept). */
	public static List<String> words(String text) {
		List<String> words = new ArrayList<>();
		for (Word word : scan(text)) {
			words.add(word.folded());
		}
		return words;
	}

	/**
	 * The words of a query, folded, each once, in order: at most {@value #MAX_TERMS} of them from its first
	 * {@value #MAX_QUERY} characters. Empty for a query of punctuation only.
	 */
	public static List<String> terms(String query) {
		String text = Texts.normalize(query == null ? "" : query);
		if (text.length() > MAX_QUERY) {
			text = text.substring(0, MAX_QUERY);
		}
		Set<String> terms = new LinkedHashSet<>(words(text));
		return terms.stream().limit(MAX_TERMS).toList();
	}

	/** Where the words are in a text: the start and end (exclusive) in the text, and the word folded. */
	record Word(int start, int end, String folded) {
	}

	static List<Word> scan(String text) {
		List<Word> words = new ArrayList<>();
		if (text == null) {
			return words;
		}
		StringBuilder current = new StringBuilder();
		int start = -1;
		int end = -1;
		for (int i = 0; i < text.length(); i++) {
			char folded = fold(text.charAt(i));
			if (folded == SKIP) {
				if (start >= 0) {
					end = i + 1;
				}
				continue;
			}
			if (folded == ' ') {
				if (start >= 0) {
					words.add(new Word(start, end, current.toString()));
					current.setLength(0);
					start = -1;
				}
				continue;
			}
			if (start < 0) {
				start = i;
			}
			current.append(folded);
			end = i + 1;
		}
		if (start >= 0) {
			words.add(new Word(start, end, current.toString()));
		}
		return words;
	}

	/** The whole text, with the words of {@code terms} marked. */
	public static List<Fragment> highlight(String text, List<String> terms) {
		return highlight(text, terms, 0, text == null ? 0 : text.length());
	}

	/**
	 * A passage of about {@code length} characters around the first place where the words stand together (or the
	 * first matched word), cut at word boundaries, with {@code …} where it is cut and the matched words marked.
	 * Line breaks become spaces. The start of the text when nothing matches.
	 */
	public static List<Fragment> snippet(String text, List<String> terms, int length) {
		if (text == null || text.isEmpty()) {
			return List.of();
		}
		String flat = text.replace('\n', ' ').replace('\t', ' ');
		List<Word> words = scan(flat);
		int anchor = firstRun(words, terms);
		int from = 0;
		int to = flat.length();
		if (flat.length() > length) {
			int centre = (anchor >= 0) ? words.get(anchor).start() : 0;
			from = Math.max(0, centre - length / 3);
			to = Math.min(flat.length(), from + length);
			from = Math.max(0, Math.min(from, to - length));
			from = boundaryAfter(flat, from);
			to = boundaryBefore(flat, to);
		}
		List<Fragment> fragments = new ArrayList<>();
		if (from > 0) {
			fragments.add(new Fragment("… ", false));
		}
		fragments.addAll(highlight(flat, terms, from, to));
		if (to < flat.length()) {
			fragments.add(new Fragment(" …", false));
		}
		return fragments;
	}

	/** The index of the word where the longest run of query words starts, or {@code -1}. */
	private static int firstRun(List<Word> words, List<String> terms) {
		int best = -1;
		int bestLength = 0;
		for (int i = 0; i < words.size(); i++) {
			int length = 0;
			while (i + length < words.size() && length < terms.size()
					&& words.get(i + length).folded().equals(terms.get(length))) {
				length++;
			}
			if (length == 0 && best < 0 && terms.contains(words.get(i).folded())) {
				best = i;
				bestLength = 0;
			}
			if (length > bestLength) {
				best = i;
				bestLength = length;
				if (length == terms.size()) {
					break;
				}
			}
		}
		return best;
	}

	private static int boundaryAfter(String text, int index) {
		if (index == 0) {
			return 0;
		}
		int i = index;
		while (i < text.length() && text.charAt(i) != ' ') {
			i++;
		}
		return (i < text.length()) ? i + 1 : index;
	}

	private static int boundaryBefore(String text, int index) {
		if (index >= text.length()) {
			return text.length();
		}
		int i = index;
		while (i > 0 && text.charAt(i) != ' ') {
			i--;
		}
		return (i > 0) ? i : index;
	}

	private static List<Fragment> highlight(String text, List<String> terms, int from, int to) {
		List<Fragment> fragments = new ArrayList<>();
		if (text == null || from >= to) {
			return fragments;
		}
		Set<String> wanted = Set.copyOf(terms);
		int at = from;
		for (Word word : scan(text.substring(from, to))) {
			if (!wanted.contains(word.folded())) {
				continue;
			}
			int start = from + word.start();
			int end = from + word.end();
			if (start > at) {
				fragments.add(new Fragment(text.substring(at, start), false));
			}
			fragments.add(new Fragment(text.substring(start, end), true));
			at = end;
		}
		if (at < to) {
			fragments.add(new Fragment(text.substring(at, to), false));
		}
		return fragments;
	}

	/**
	 * A piece of text, matched or not; a template writes each with {@code th:text}, a matched one inside
	 * {@code <mark>}, so that nothing of the text is ever read as HTML.
	 */
	public record Fragment(String text, boolean match) {
	}

}
