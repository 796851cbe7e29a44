package vn.ubnd.baocao.importing;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

/**
 * Imports an uploaded report file into a draft. Plain text ({@code .txt}) and Markdown ({@code .md},
 * {@code .markdown}) in UTF-8 are read by {@link ReportTextParser}.
 */
@Component
public class ReportImporter {

	private static final List<String> TEXT_EXTENSIONS = List.of(".txt", ".md", ".markdown");

	private final ReportTextParser parser = new ReportTextParser();

	/** Whether a file of that name can be imported. */
	public boolean supports(String fileName) {
		String lower = (fileName != null) ? fileName.toLowerCase(Locale.ROOT) : "";
		return TEXT_EXTENSIONS.stream().anyMatch(lower::endsWith);
	}

	/** Imports text that has already been read. */
	public ImportedReport importText(String text) {
		return this.parser.parse(text);
	}

	/**
	 * Imports a file.
	 * @throws ImportRejectedException if the file is not of a supported kind or not valid UTF-8
	 */
	public ImportedReport importFile(String fileName, byte[] content) {
		if (!supports(fileName)) {
			throw new ImportRejectedException("importing.rejected.file-type", fileName);
		}
		try {
			String text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(content))
				.toString();
			return this.parser.parse(text);
		}
		catch (CharacterCodingException ex) {
			throw new ImportRejectedException("importing.rejected.encoding", fileName);
		}
	}

}
