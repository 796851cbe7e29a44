package vn.ubnd.baocao.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A person's browser, reduced to what the benchmark and the fault probes need: one session cookie, the CSRF token of
 * the last page read (sent with every post, as the portal's forms and htmx do), no redirects followed. Uses only the
 * JDK, so that the fault probes run without Gatling.
 */
public class PortalClient {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" (?:content|value)=\"([^\"]+)\"");

	private final CookieManager cookies = new CookieManager();

	private final HttpClient http;

	private final String base;

	private String csrf;

	public PortalClient(String base) {
		this.base = base;
		this.http = HttpClient.newBuilder()
			.cookieHandler(this.cookies)
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(Duration.ofSeconds(5))
			.build();
	}

	public String base() {
		return this.base;
	}

	public HttpResponse<String> get(String path) throws IOException, InterruptedException {
		HttpResponse<String> response = this.http.send(request(path).GET().build(),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		remember(response);
		return response;
	}

	/** A GET with extra headers (such as {@code HX-Request}, as htmx sends it). */
	public HttpResponse<String> get(String path, Map<String, String> headers) throws IOException, InterruptedException {
		HttpRequest.Builder builder = request(path).GET();
		headers.forEach(builder::header);
		HttpResponse<String> response = this.http.send(builder.build(),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		remember(response);
		return response;
	}

	public HttpResponse<byte[]> bytes(String path) throws IOException, InterruptedException {
		return this.http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	/** A form post with the current CSRF token, as htmx sends it (with {@code HX-Request}) when {@code htmx}. */
	public HttpResponse<String> post(String path, Map<String, String> form, boolean htmx)
			throws IOException, InterruptedException {
		Map<String, String> fields = new LinkedHashMap<>(form);
		if (this.csrf != null) {
			fields.putIfAbsent("_csrf", this.csrf);
		}
		HttpRequest.Builder builder = request(path).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(encode(fields)));
		if (htmx) {
			builder.header("HX-Request", "true");
		}
		HttpResponse<String> response = this.http.send(builder.build(),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		remember(response);
		return response;
	}

	public HttpResponse<String> post(String path, Map<String, String> form) throws IOException, InterruptedException {
		return post(path, form, false);
	}

	/** Signs in through the login form; fails unless the portal lets the user in. */
	public void signIn(String username, String password) throws IOException, InterruptedException {
		get("/login");
		HttpResponse<String> login = post("/login", Map.of("username", username, "password", password));
		String location = login.headers().firstValue("Location").orElse("");
		if (login.statusCode() != 302 || location.contains("/login")) {
			throw new IllegalStateException("sign-in of " + username + " refused: " + login.statusCode() + " " + location);
		}
		get("/");
	}

	/** The first capture group of {@code pattern} in {@code text}, or fails. */
	public static String find(String text, String pattern) {
		Matcher matcher = Pattern.compile(pattern).matcher(text);
		if (!matcher.find()) {
			throw new IllegalStateException("not found: " + pattern);
		}
		return matcher.group(1);
	}

	/** Every match's capture groups. */
	public static List<List<String>> findAll(String text, String pattern) {
		Matcher matcher = Pattern.compile(pattern).matcher(text);
		List<List<String>> all = new java.util.ArrayList<>();
		while (matcher.find()) {
			List<String> groups = new java.util.ArrayList<>();
			for (int i = 1; i <= matcher.groupCount(); i++) {
				groups.add(matcher.group(i));
			}
			all.add(groups);
		}
		return all;
	}

	/** The id in a redirect's {@code Location} such as {@code /reports/12/edit}. */
	public static long idFrom(HttpResponse<?> response, String pattern) {
		String location = response.headers().firstValue("Location").orElse("");
		if (response.statusCode() != 302) {
			throw new IllegalStateException("expected a redirect, got " + response.statusCode() + " for "
					+ response.uri());
		}
		return Long.parseLong(find(location, pattern));
	}

	private void remember(HttpResponse<String> response) {
		String body = response.body();
		if (body != null) {
			Matcher matcher = CSRF.matcher(body);
			if (matcher.find()) {
				this.csrf = matcher.group(1);
			}
		}
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create(this.base + path)).timeout(Duration.ofSeconds(30));
	}

	static String encode(Map<String, String> form) {
		return form.entrySet()
			.stream()
			.map((e) -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
	}

}
