package vn.ubnd.baocao.report.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

import vn.ubnd.baocao.report.KindDefinition;
import vn.ubnd.baocao.report.KindYaml;
import vn.ubnd.baocao.report.ReportKindService;

/**
 * Reads the report kinds in {@code templates-seed/*.yaml} at start-up and adds those the database does not have
 * yet. A file that cannot be read stops the start, with the file and the problem in the message.
 */
@Component
@Order(-10)
class TemplatesSeedLoader implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(TemplatesSeedLoader.class);

	private final ReportKindService kinds;

	TemplatesSeedLoader(ReportKindService kinds) {
		this.kinds = kinds;
	}

	@Override
	public void run(ApplicationArguments args) {
		Resource[] files;
		try {
			files = new PathMatchingResourcePatternResolver().getResources("classpath*:templates-seed/*.yaml");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		Arrays.sort(files, Comparator.comparing(Resource::getFilename));
		int added = 0;
		for (Resource file : files) {
			KindDefinition definition;
			try {
				definition = KindYaml.readKind(file.getContentAsString(StandardCharsets.UTF_8));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			catch (KindYaml.InvalidKindException ex) {
				throw new IllegalStateException("templates-seed/" + file.getFilename() + ": " + ex.getMessage(), ex);
			}
			if (this.kinds.addIfMissing(definition)) {
				added++;
			}
		}
		log.info("Report kinds: {} file(s) in templates-seed, {} added", files.length, added);
	}

}
