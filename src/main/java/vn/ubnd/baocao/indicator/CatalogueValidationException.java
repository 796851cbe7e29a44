package vn.ubnd.baocao.indicator;

import java.util.List;

import org.springframework.validation.BindingResult;

/**
 * An indicator of the catalogue as typed breaks one or more of its rules: each with the form field it concerns and
 * the key of the Vietnamese message. Nothing has been saved.
 */
public class CatalogueValidationException extends RuntimeException {

	private final List<Rejected> rejected;

	public CatalogueValidationException(List<Rejected> rejected) {
		super(rejected.toString());
		this.rejected = List.copyOf(rejected);
	}

	public List<Rejected> rejected() {
		return this.rejected;
	}

	/** Shows every message on its field of the form. */
	public void rejectOn(BindingResult result) {
		this.rejected.forEach((r) -> result.rejectValue(r.field(), r.messageKey()));
	}

	/** A field and what is wrong with it. */
	public record Rejected(String field, String messageKey) {
	}

}
