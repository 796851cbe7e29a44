package vn.ubnd.baocao.system.web;

import java.beans.PropertyEditorSupport;

import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

import vn.ubnd.baocao.system.Texts;

/**
 * Every text bound from a request is normalised to NFC and freed of control characters, and blank text becomes
 * {@code null}; identifiers are never bound from a request body.
 */
@ControllerAdvice
class InputBindingAdvice {

	@InitBinder
	void initBinder(WebDataBinder binder) {
		binder.setDisallowedFields("id");
		binder.registerCustomEditor(String.class, new PropertyEditorSupport() {
			@Override
			public void setAsText(String text) {
				setValue(Texts.clean(text));
			}
		});
	}

}
