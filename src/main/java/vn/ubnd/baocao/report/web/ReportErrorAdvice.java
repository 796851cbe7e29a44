package vn.ubnd.baocao.report.web;

import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

import vn.ubnd.baocao.report.ReportNotEditableException;

/**
 * A report that has been submitted cannot be changed: the clerk is told so (409), nothing is saved.
 */
@ControllerAdvice(assignableTypes = { ReportEditorController.class, ReportController.class })
class ReportErrorAdvice {

	@ExceptionHandler(ReportNotEditableException.class)
	@ResponseStatus(HttpStatus.CONFLICT)
	String notEditable(ReportNotEditableException ex, Model model) {
		model.addAttribute("status", ex.status());
		return "report/not-editable";
	}

}
