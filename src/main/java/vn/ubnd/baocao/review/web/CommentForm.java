package vn.ubnd.baocao.review.web;

/**
 * What a comment form posts: the text, the quote (when opening a thread) and where the form is shown, so that the
 * answer is rendered for the same place.
 */
public class CommentForm {

	private String quote;

	private String text;

	private String in;

	public String getQuote() {
		return this.quote;
	}

	public void setQuote(String quote) {
		this.quote = quote;
	}

	public String getText() {
		return this.text;
	}

	public void setText(String text) {
		this.text = text;
	}

	public String getIn() {
		return this.in;
	}

	public void setIn(String in) {
		this.in = in;
	}

}
