package vn.ubnd.baocao.system.web;

import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What the layout shows on every page.
 */
@ControllerAdvice
class LayoutAdvice {

	private final boolean demo;

	LayoutAdvice(Environment environment) {
		this.demo = environment.acceptsProfiles(Profiles.of("demo"));
	}

	@ModelAttribute("demoMode")
	boolean demoMode() {
		return this.demo;
	}

}
