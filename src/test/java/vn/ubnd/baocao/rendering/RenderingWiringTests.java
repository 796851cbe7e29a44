package vn.ubnd.baocao.rendering;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.context.MessageSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.thymeleaf.autoconfigure.ThymeleafAutoConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The renderers as Spring wires them: Boot's own Thymeleaf engine and message source, no database.
 */
class RenderingWiringTests {

	private final ApplicationContextRunner context = new ApplicationContextRunner()
		.withConfiguration(
				AutoConfigurations.of(ThymeleafAutoConfiguration.class, MessageSourceAutoConfiguration.class))
		.withPropertyValues("spring.messages.basename=messages", "spring.messages.encoding=UTF-8",
				"spring.messages.fallback-to-system-locale=false")
		.withUserConfiguration(HtmlRenderer.class, PdfRenderer.class, DocxRenderer.class);

	@Test
	void renderersRunOnTheAutoConfiguredTemplateEngine() {
		this.context.run(context -> {
			assertThat(context).hasNotFailed();
			String html = context.getBean(HtmlRenderer.class).render(Fixtures.report());
			assertThat(html).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM").contains("Kính gửi:").contains("Nơi nhận:");
			byte[] pdf = context.getBean(PdfRenderer.class).render(Fixtures.report());
			assertThat(new String(pdf, 0, 8, java.nio.charset.StandardCharsets.ISO_8859_1)).startsWith("%PDF-");
			byte[] docx = context.getBean(DocxRenderer.class).render(Fixtures.report());
			assertThat(docx).startsWith('P', 'K');
		});
	}

	@Test
	void thePdfCacheTakesItsSizeFromTheProperty() {
		this.context.run((context) -> {
			PdfRenderer renderer = context.getBean(PdfRenderer.class);
			renderer.render(Fixtures.report());
			renderer.render(Fixtures.report());
			assertThat(renderer.rendered().hits()).isEqualTo(1);
		});
		this.context.withPropertyValues("portal.rendering.pdf-cache=0B").run((context) -> {
			PdfRenderer renderer = context.getBean(PdfRenderer.class);
			renderer.render(Fixtures.report());
			renderer.render(Fixtures.report());
			assertThat(renderer.rendered().hits()).isZero();
			assertThat(renderer.rendered().misses()).isEqualTo(2);
		});
	}

}
