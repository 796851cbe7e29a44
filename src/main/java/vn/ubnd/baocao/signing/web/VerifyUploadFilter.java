package vn.ubnd.baocao.signing.web;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.core.Ordered;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * An upload to the verification page that the server will not read (above the multipart limits, or not a readable
 * multipart body) would otherwise fail before any controller, with a bare error page: Tomcat refuses every request
 * parameter of it, the CSRF token included. This filter, just before Spring Security, reads the parts first and, if
 * they cannot be read, shows the verification page itself (as a GET, which changes nothing) with the reason, so the
 * user reads a Vietnamese message on the form.
 */
@Component
class VerifyUploadFilter extends OncePerRequestFilter implements Ordered {

	/** The request attribute that carries the key of the message for an unreadable upload. */
	static final String REJECTED = VerifyUploadFilter.class.getName() + ".REJECTED";

	@Override
	public int getOrder() {
		return SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String contentType = request.getContentType();
		return !HttpMethod.POST.matches(request.getMethod()) || !"/verify".equals(request.getServletPath())
				|| contentType == null || !contentType.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String rejected = null;
		try {
			request.getParts();
		}
		catch (IllegalStateException ex) {
			// Tomcat's answer to a part or a request above the limits
			rejected = "signing.verify.error.too-large";
		}
		catch (IOException | ServletException ex) {
			rejected = "signing.verify.error.unreadable-upload";
		}
		if (rejected == null) {
			chain.doFilter(request, response);
			return;
		}
		request.setAttribute(REJECTED, rejected);
		request.getRequestDispatcher("/verify").forward(new FormRequest(request), response);
	}

	/** The same request as a plain GET of the form, without its unreadable body. */
	private static final class FormRequest extends HttpServletRequestWrapper {

		FormRequest(HttpServletRequest request) {
			super(request);
		}

		@Override
		public String getMethod() {
			return HttpMethod.GET.name();
		}

		@Override
		public String getContentType() {
			return null;
		}

		@Override
		public String getParameter(String name) {
			return null;
		}

		@Override
		public Map<String, String[]> getParameterMap() {
			return Map.of();
		}

		@Override
		public Enumeration<String> getParameterNames() {
			return Collections.emptyEnumeration();
		}

		@Override
		public String[] getParameterValues(String name) {
			return null;
		}

	}

}
