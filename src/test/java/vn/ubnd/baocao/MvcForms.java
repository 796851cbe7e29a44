package vn.ubnd.baocao;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.ubnd.baocao.system.PortalUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Form posts as a signed-in user (with the CSRF token), and pages read as HTML.
 */
public final class MvcForms {

	private MvcForms() {
	}

	/** The request as a form post of {@code user}, with name/value pairs. */
	public static MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request, PortalUser user,
			String... params) {
		request.with(csrf()).with(user(user));
		for (int i = 0; i + 1 < params.length; i += 2) {
			request.param(params[i], params[i + 1]);
		}
		return request;
	}

	/** The page the request answers with, which must be 200. */
	public static Document page(MockMvc mvc, MockHttpServletRequestBuilder request) throws Exception {
		MvcResult result = mvc.perform(request).andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		return Jsoup.parse(result.getResponse().getContentAsString());
	}

}
