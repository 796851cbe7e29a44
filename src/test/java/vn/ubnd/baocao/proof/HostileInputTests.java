package vn.ubnd.baocao.proof;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import vn.ubnd.baocao.PortalIntegrationTest;
import vn.ubnd.baocao.system.PortalUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Every state-changing route of the handler mapping, as the first role it does not refuse, fed hostile text in every
 * field it reads (one at a time, then all at once), hostile files in every upload, and path ids that do not exist,
 * are malformed or belong to another unit: never a 500, never a payload rendered as live markup, and a refusal in
 * Vietnamese. Runs in its own application context (its own database): it leaves hostile data behind.
 */
@PortalIntegrationTest
@TestPropertySource(properties = "portal.test.context=hostile-input")
class HostileInputTests {

	/** The demo accounts, in the order a route's user is chosen. */
	static final List<String> USERS = List.of("vanthu", "hdnd", "chutich", "quantri");

	@Autowired
	MockMvc mvc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping handlerMapping;

	@Autowired
	JdbcClient jdbc;

	@LocalServerPort
	int port;

	@Autowired
	ProofFixtures fixtures;

	@TestFactory
	Stream<DynamicTest> everyStateChangingRouteWithstandsHostileInput() {
		List<DynamicTest> tests = new ArrayList<>();
		for (Endpoints.Endpoint endpoint : Endpoints.of(this.handlerMapping).changingState()) {
			tests.add(DynamicTest.dynamicTest(endpoint.toString(), () -> hostile(endpoint)));
		}
		assertThat(tests).hasSizeGreaterThan(30);
		return tests.stream();
	}

	private void hostile(Endpoints.Endpoint endpoint) throws Exception {
		Map<String, String> own = ProofFixtures.forRoute(endpoint.pattern(),
				this.fixtures.ids("vanthu", "Huyện Phú Sơn"));
		Map<String, String> other = ProofFixtures.forRoute(endpoint.pattern(),
				this.fixtures.ids("vanthu2", "Huyện Tân Hà"));
		PortalUser user = firstAllowed(endpoint, own);
		String path = endpoint.path(own);
		int requests = 0;
		// every payload in every field at once; the ones that break types or sizes also in each field alone (where
		// the other fields' being wrong would otherwise hide the path that saves)
		for (Map.Entry<String, String> payload : Hostile.texts().entrySet()) {
			if (Hostile.ALONE.contains(payload.getKey()) || endpoint.fields().size() == 1) {
				for (String field : endpoint.fields()) {
					check(form(endpoint.method(), path, user).param(field, payload.getValue()),
							endpoint + " " + field + "=" + payload.getKey());
					requests++;
				}
			}
			if (endpoint.fields().size() > 1) {
				MockHttpServletRequestBuilder all = form(endpoint.method(), path, user);
				endpoint.fields().forEach((field) -> all.param(field, payload.getValue()));
				check(all, endpoint + " every field=" + payload.getKey());
				requests++;
			}
		}
		// every upload, with the other fields as a person fills them
		for (String file : endpoint.files()) {
			for (Map.Entry<String, Hostile.Upload> upload : Hostile.uploads().entrySet()) {
				Hostile.Upload content = upload.getValue();
				MockMultipartHttpServletRequestBuilder request = multipart(path);
				request.file(new MockMultipartFile(file, content.name(), content.contentType(), content.bytes()));
				request.with(csrf()).with(user(user));
				for (String field : endpoint.fields()) {
					String value = ordinary(field, own);
					if (value != null) {
						request.param(field, value);
					}
				}
				MockHttpServletResponse response = check(request, endpoint + " " + file + "=" + upload.getKey());
				assertThat(response.getContentAsString(StandardCharsets.UTF_8)).as("/etc/passwd leaked")
					.doesNotContain("root:x:0:0");
				requests++;
			}
		}
		// ids that name nothing, or something of another unit
		for (String variable : endpoint.variables()) {
			for (Map.Entry<String, String> id : Hostile.ids().entrySet()) {
				Map<String, String> values = new java.util.HashMap<>(own);
				values.put(variable, id.getValue());
				int status = check(form(endpoint.method(), endpoint.path(values), user),
						endpoint + " " + variable + "=" + id.getKey())
					.getStatus();
				if (!variable.equals("move") && !variable.equals("day")) {
					assertThat(status).as(endpoint + " " + variable + "=" + id.getKey()).isBetween(400, 499);
				}
				requests++;
			}
			if (other.containsKey(variable) && !other.get(variable).equals(own.get(variable))) {
				Map<String, String> values = new java.util.HashMap<>(own);
				values.put(variable, other.get(variable));
				int status = check(form(endpoint.method(), endpoint.path(values), user),
						endpoint + " " + variable + " of another unit")
					.getStatus();
				assertThat(status).as(endpoint + " " + variable + " of another unit").isBetween(400, 499);
				requests++;
			}
		}
		assertThat(requests).as("requests sent to " + endpoint).isPositive();
	}

	/** The first demo user that the route does not refuse (403) for its own unit. */
	private PortalUser firstAllowed(Endpoints.Endpoint endpoint, Map<String, String> own) throws Exception {
		for (String username : USERS) {
			PortalUser user = this.fixtures.user(username);
			int status = this.mvc.perform(form(endpoint.method(), endpoint.path(own), user)).andReturn().getResponse().getStatus();
			if (status != 403) {
				return user;
			}
		}
		throw new AssertionError(endpoint + " refuses every role");
	}

	/** What a person would put in a field next to an upload. */
	private static String ordinary(String field, Map<String, String> ids) {
		return switch (field) {
			case "kindId" -> ids.get("kindId");
			case "year" -> ids.get("year");
			case "number" -> "1";
			default -> null;
		};
	}

	private static MockHttpServletRequestBuilder form(HttpMethod method, String path, PortalUser user) {
		return request(method, path).with(csrf()).with(user(user));
	}

	private MockHttpServletResponse check(org.springframework.test.web.servlet.RequestBuilder request, String what) throws Exception {
		MockHttpServletResponse response = this.mvc.perform(request).andReturn().getResponse();
		String body = response.getContentAsString(StandardCharsets.UTF_8);
		assertThat(response.getStatus()).as(what + " answered a server error: " + abbreviate(body)).isLessThan(500);
		Hostile.assertNoLiveMarkup(body, what);
		if (response.getStatus() >= 400) {
			Hostile.assertReadableRefusal(response.getStatus(), response.getContentType(), body, what);
		}
		return response;
	}

	private static String abbreviate(String body) {
		return body.length() > 400 ? body.substring(0, 400) + "…" : body;
	}

	@TestFactory
	Stream<DynamicTest> signingInWithHostileNamesAndPasswordsIsRefusedPolitely() {
		List<DynamicTest> tests = new ArrayList<>();
		for (Map.Entry<String, String> payload : Hostile.texts().entrySet()) {
			for (String field : List.of("username", "password")) {
				tests.add(DynamicTest.dynamicTest(field + "=" + payload.getKey(), () -> {
					MockHttpServletResponse response = this.mvc
						.perform(post("/login").with(csrf())
							.param("username", field.equals("username") ? payload.getValue() : "khong-co-ai")
							.param("password", field.equals("password") ? payload.getValue() : "x"))
						.andReturn()
						.getResponse();
					assertThat(response.getStatus()).isEqualTo(302);
					assertThat(response.getRedirectedUrl()).matches(".*/login\\?(error|throttled)");
				}));
			}
		}
		return tests.stream();
	}

	@Test
	void anUploadOverTheLimitIsRefusedWithAMessageNotAnError() throws Exception {
		HttpClient client = HttpClient.newBuilder()
			.cookieHandler(new java.net.CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
		String login = client.send(HttpRequest.newBuilder(uri("/login")).build(), HttpResponse.BodyHandlers.ofString())
			.body();
		String token = org.jsoup.Jsoup.parse(login).select("input[name=_csrf]").val();
		client.send(HttpRequest.newBuilder(uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("username=vanthu&password=Demo%402026&_csrf=" + token))
			.build(), HttpResponse.BodyHandlers.ofString());
		String form = client.send(HttpRequest.newBuilder(uri("/reports/import")).build(),
				HttpResponse.BodyHandlers.ofString())
			.body();
		token = org.jsoup.Jsoup.parse(form).select("meta[name=_csrf]").attr("content");
		String boundary = "----hostile" + System.nanoTime();
		byte[] big = new byte[11 * 1024 * 1024];
		java.util.Arrays.fill(big, (byte) 'a');
		java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
		body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + token + "\r\n--"
				+ boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"lon.txt\"\r\n"
				+ "Content-Type: text/plain\r\n\r\n").getBytes(StandardCharsets.UTF_8));
		body.write(big);
		body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		HttpResponse<String> response = client.send(HttpRequest.newBuilder(uri("/reports/import"))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.header("Accept", "text/html,application/xhtml+xml")
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(response.body()).isLessThan(500);
		String page = response.statusCode() == 302 ? client
			.send(HttpRequest.newBuilder(uri(response.headers().firstValue("Location").orElseThrow().replaceFirst(
					"^https?://[^/]+", ""))).build(), HttpResponse.BodyHandlers.ofString())
			.body() : response.body();
		assertThat(org.jsoup.Jsoup.parse(page).text()).contains("10 MB");
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

}
