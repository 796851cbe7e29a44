package vn.ubnd.baocao.indicator;

import java.util.List;

/**
 * Figures that are not numbers written the Vietnamese way; nothing was saved. Each rejection names the field
 * ({@code actual}, {@code targetCouncil}, …) and the text as typed.
 */
public class InvalidFiguresException extends RuntimeException {

	private final List<Rejected> rejected;

	public InvalidFiguresException(List<Rejected> rejected) {
		super("malformed figures: " + rejected);
		this.rejected = List.copyOf(rejected);
	}

	public List<Rejected> rejected() {
		return this.rejected;
	}

	/** A field whose text is not a number. */
	public record Rejected(String field, String input) {
	}

}
