package vn.ubnd.baocao.proof;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an attacker or a careless hand types and uploads, and what the portal must never answer with.
 */
final class Hostile {

	private Hostile() {
	}

	/** Markup that would run if rendered unescaped; every one carries "xss" so that a leak is found. */
	static final String SCRIPT = "<script>alert('xss-script')</script>";

	static final String IMG = "\"><img src=x onerror=alert('xss-img')>";

	static final String TEMPLATE = "xss[[${7*7}]]__${7*7}__";

	/** The payloads also sent in each field alone. */
	static final java.util.Set<String> ALONE = java.util.Set.of("100k chars", "control chars", "script", "1,2,3",
			"1e999", "huge", "bad date", "lone surrogate");

	/** Text fields: each with a name (for the test's name) and the value. */
	static Map<String, String> texts() {
		Map<String, String> texts = new LinkedHashMap<>();
		texts.put("100k chars", "Báo cáo tình hình. ".repeat(6_000));
		texts.put("control chars", "a\u0000b\u0007c\u001b[31m\u202ed\uFEFFe\u0008");
		texts.put("NFD", Normalizer.normalize("Ủy ban nhân dân xã Hòa An", Normalizer.Form.NFD));
		texts.put("script", SCRIPT);
		texts.put("img onerror", IMG);
		texts.put("javascript url", "javascript:alert('xss-url')");
		texts.put("template expression", TEMPLATE);
		texts.put("sql quote", "' OR '1'='1");
		texts.put("sql drop", "'; DROP TABLE report; --");
		texts.put("sql like", "%' AND 1=1 --");
		texts.put("1,2,3", "1,2,3");
		texts.put("1..2", "1..2");
		texts.put("--1", "--1");
		texts.put("1e999", "1e999");
		texts.put("negative", "-1");
		texts.put("huge", "999999999999999999999999999999999999");
		texts.put("NaN", "NaN");
		texts.put("fullwidth digits", "１２３");
		texts.put("empty", "");
		texts.put("blanks", " \t\r\n ");
		texts.put("emoji", "😀👍🏽");
		texts.put("lone surrogate", "a\uD800b");
		texts.put("bad date", "2026-02-30");
		texts.put("enum", "ADMIN");
		texts.put("boolean", "maybe");
		return texts;
	}

	/** Path variable values that name nothing the user may touch. */
	static Map<String, String> ids() {
		Map<String, String> ids = new LinkedHashMap<>();
		ids.put("missing", "999999999");
		ids.put("negative", "-1");
		ids.put("zero", "0");
		ids.put("not a number", "abc");
		ids.put("1e999", "1e999");
		ids.put("long overflow", "99999999999999999999999");
		return ids;
	}

	/** An upload: file name, content type, bytes. */
	record Upload(String name, String contentType, byte[] bytes) {
	}

	static Map<String, Upload> uploads() throws IOException {
		Map<String, Upload> uploads = new LinkedHashMap<>();
		uploads.put("PNG named .docx", new Upload("bao-cao.docx",
				"application/vnd.openxmlformats-officedocument.wordprocessingml.document", png()));
		uploads.put("text named .pdf", new Upload("bao-cao.pdf", "application/pdf",
				"ỦY BAN NHÂN DÂN\nBÁO CÁO\nKhông phải PDF.".getBytes(StandardCharsets.UTF_8)));
		uploads.put("PNG named .txt", new Upload("bao-cao.txt", "text/plain", png()));
		uploads.put("DOCX zip bomb", new Upload("bom.docx",
				"application/vnd.openxmlformats-officedocument.wordprocessingml.document", zipBomb()));
		uploads.put("DOCX with XXE", new Upload("xxe.docx",
				"application/vnd.openxmlformats-officedocument.wordprocessingml.document", xxeDocx()));
		uploads.put("broken zip named .docx", new Upload("hong.docx",
				"application/vnd.openxmlformats-officedocument.wordprocessingml.document",
				"PK\u0003\u0004garbage".getBytes(StandardCharsets.ISO_8859_1)));
		uploads.put("empty file", new Upload("trong.docx",
				"application/vnd.openxmlformats-officedocument.wordprocessingml.document", new byte[0]));
		uploads.put("invalid UTF-8 text", new Upload("loi.txt", "text/plain",
				new byte[] { (byte) 0xC3, (byte) 0x28, (byte) 0xA0, (byte) 0xA1, (byte) 0xFF, 'a' }));
		uploads.put("script in text", new Upload("xss.txt", "text/plain",
				("ỦY BAN NHÂN DÂN\nBÁO CÁO\n" + SCRIPT + "\nI. " + IMG + "\n1. " + TEMPLATE + "\n")
					.getBytes(StandardCharsets.UTF_8)));
		uploads.put("no name", new Upload("", "application/octet-stream", "abc".getBytes(StandardCharsets.UTF_8)));
		uploads.put("path in name", new Upload("../../etc/passwd", "text/plain",
				"abc".getBytes(StandardCharsets.UTF_8)));
		return uploads;
	}

	static byte[] png() {
		return new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0,
				0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1f, 0x15, (byte) 0xc4, (byte) 0x89 };
	}

	/** A DOCX whose document.xml inflates from a few hundred kilobytes to 300 MB. */
	static byte[] zipBomb() throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			zip.setLevel(9);
			entry(zip, "[Content_Types].xml", contentTypes());
			entry(zip, "_rels/.rels", rels());
			zip.putNextEntry(new ZipEntry("word/document.xml"));
			zip.write("<?xml version=\"1.0\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>"
				.getBytes(StandardCharsets.UTF_8));
			byte[] block = new byte[1 << 20];
			java.util.Arrays.fill(block, (byte) 'a');
			for (int i = 0; i < 300; i++) {
				zip.write(block);
			}
			zip.write("</w:t></w:r></w:p></w:body></w:document>".getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
		}
		return bytes.toByteArray();
	}

	/** A DOCX whose document.xml declares an external entity on /etc/passwd. */
	static byte[] xxeDocx() throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			entry(zip, "[Content_Types].xml", contentTypes());
			entry(zip, "_rels/.rels", rels());
			entry(zip, "word/document.xml", "<?xml version=\"1.0\"?><!DOCTYPE w [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
					+ "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
					+ "<w:p><w:r><w:t>ỦY BAN NHÂN DÂN</w:t></w:r></w:p><w:p><w:r><w:t>BÁO CÁO &xxe;</w:t></w:r></w:p>"
					+ "</w:body></w:document>");
		}
		return bytes.toByteArray();
	}

	private static String contentTypes() {
		return "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
				+ "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
				+ "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
				+ "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>";
	}

	private static String rels() {
		return "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
				+ "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>";
	}

	private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
		zip.putNextEntry(new ZipEntry(name));
		zip.write(content.getBytes(StandardCharsets.UTF_8));
		zip.closeEntry();
	}

	/** The attributes a browser follows as a URL (a {@code javascript:} value there would run). */
	private static final java.util.Set<String> URL_ATTRIBUTES = java.util.Set.of("href", "src", "action",
			"formaction", "xlink:href", "data", "srcdoc", "poster", "background", "hx-get", "hx-post");

	/** Nothing in the page would run: no script, handler or javascript: link carrying a payload. */
	static void assertNoLiveMarkup(String html, String where) {
		Document document = Jsoup.parse(html);
		for (Element script : document.select("script")) {
			assertThat(script.data() + script.attr("src")).as("a script element in " + where).doesNotContain("xss");
		}
		for (Element element : document.getAllElements()) {
			for (Attribute attribute : element.attributes()) {
				String key = attribute.getKey().toLowerCase(java.util.Locale.ROOT);
				boolean url = URL_ATTRIBUTES.contains(key) && attribute.getValue()
					.strip()
					.toLowerCase(java.util.Locale.ROOT)
					.startsWith("javascript:");
				if (key.startsWith("on") || url) {
					assertThat(attribute.getValue()).as(key + " of <" + element.tagName() + "> in " + where)
						.doesNotContain("xss");
				}
			}
		}
		assertThat(document.select("img[src=x]")).as("an injected image in " + where).isEmpty();
		assertThat(html).as("a template expression evaluated in " + where).doesNotContain("xss49");
	}

	/** A refusal a person can read: Vietnamese, no stack trace, no framework's words. */
	static void assertReadableRefusal(int status, String contentType, String body, String where) {
		if (body == null || body.isBlank() || contentType == null || !contentType.startsWith("text/html")) {
			return;
		}
		assertThat(body).as("the answer " + status + " to " + where + " is in Vietnamese")
			.containsPattern("[ăâđêôơưĂÂĐÊÔƠƯàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ]");
		assertThat(body).as("the answer " + status + " to " + where)
			.doesNotContain("Exception")
			.doesNotContain("org.springframework")
			.doesNotContain("Whitelabel")
			.doesNotContain("at vn.ubnd");
	}

}
