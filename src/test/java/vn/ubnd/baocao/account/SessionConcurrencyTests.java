package vn.ubnd.baocao.account;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.ubnd.baocao.PortalIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One session, many requests at once (the panels a page loads together, several tabs, two portals behind a
 * balancer): the session kept in PostgreSQL must serve them all. Found by the load benchmark: two requests that both
 * added a session attribute (a flash message after a redirect) broke the second with a duplicate key, a 500.
 */
@PortalIntegrationTest
class SessionConcurrencyTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void concurrentPostsOfOneSessionThatAddTheSameAttributeAllSucceed() throws Exception {
		CookieManager cookies = new CookieManager();
		HttpClient client = HttpClient.newBuilder()
			.cookieHandler(cookies)
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
		String csrf = token(client.send(get("/login"), HttpResponse.BodyHandlers.ofString()).body());
		client.send(post("/login", "username=quantri&password=Demo%402026&_csrf=" + csrf),
				HttpResponse.BodyHandlers.ofString());
		csrf = token(client.send(get("/"), HttpResponse.BodyHandlers.ofString()).body());
		long unit = this.jdbc.sql("select id from unit where name = 'Xã Hòa An'").query(Long.class).single();
		List<Integer> statuses = new ArrayList<>();
		for (int round = 0; round < 5; round++) {
			List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
			for (int i = 0; i < 8; i++) {
				// each answers with a redirect carrying a flash message: a new session attribute
				answers.add(client.sendAsync(post("/admin/units/" + unit + "/active", "active=true&_csrf=" + csrf),
						HttpResponse.BodyHandlers.ofString()));
			}
			for (CompletableFuture<HttpResponse<String>> answer : answers) {
				statuses.add(answer.get().statusCode());
			}
			// reading the page consumes the flash messages, so the next round adds the attribute anew
			client.send(get("/admin/units/" + unit + "/edit"), HttpResponse.BodyHandlers.ofString());
		}
		assertThat(statuses).hasSize(40).containsOnly(302);
	}

	private HttpRequest get(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).GET().build();
	}

	private HttpRequest post(String path, String form) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build();
	}

	private static String token(String page) {
		Matcher matcher = Pattern.compile("name=\"_csrf\" (?:content|value)=\"([^\"]+)\"").matcher(page);
		assertThat(matcher.find()).as("a CSRF token on the page").isTrue();
		return matcher.group(1);
	}

}
