package vn.ubnd.baocao.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import vn.ubnd.baocao.PortalIntegrationTest;
import vn.ubnd.baocao.account.AccountLookup;
import vn.ubnd.baocao.importing.ImportService;
import vn.ubnd.baocao.system.PortalUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Each seed, imported and rendered to PDF through {@code /reports/{id}/pdf}, still says what the seed says, in the
 * same order: the seed's words (conversion marks removed) are found in the PDF's text as an ordered sequence. What
 * may be missing is listed and bounded: page numbers and stamps of the source, and the number and date, which stay
 * blank in a draft.
 */
@PortalIntegrationTest
class SeedRenderingTests {

	private static final Path SEEDS = Path.of("..", "shared", "seeds");

	private static final int RUN = 6;


	@Autowired
	MockMvc mvc;

	@Autowired
	AccountLookup lookup;

	@Autowired
	ImportService importer;

	@Autowired
	ReportKindService kinds;

	@ParameterizedTest
	@CsvSource({ "000_81a3e1b6b5a32ce9.txt, bc-hoat-dong-nhiem-ky, 2016-07-01, 2021-06-30",
			"001_825c492bfc49e81d.txt, bc-6-thang-tinh-hinh-cong-tac, , ",
			"002_8960d5a2a2e1878e.txt, bc-kiem-diem-chi-dao-dieu-hanh-nam, , ",
			"003_2d91353767ae391c.txt, de-an, 2021-01-01, 2026-12-31",
			"004_506d09cbce959947.txt, bc-6-thang-chi-dao-dieu-hanh, , " })
	void theRenderedSeedContainsItsTextInOrder(String file, String kindCode, String start, String end)
			throws Exception {
		PortalUser clerk = this.lookup.findPortalUser("vanthu", (id) -> true).orElseThrow();
		byte[] content = Files.readAllBytes(SEEDS.resolve(file));
		long kindId = this.kinds.all().stream().filter((k) -> k.getCode().equals(kindCode)).findFirst().orElseThrow()
			.getId();
		Report report = this.importer.importAsDraft(clerk, kindId,
				new ReportService.NewReport(kindId, 2024, 1, start == null ? null : java.time.LocalDate.parse(start),
						end == null ? null : java.time.LocalDate.parse(end), false),
				file, content);
		MvcResult result = this.mvc.perform(get("/reports/" + report.getId() + "/pdf").with(user(clerk))).andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		byte[] pdfBytes = result.getResponse().getContentAsByteArray();
		Files.createDirectories(Path.of("target", "rendered"));
		Files.write(Path.of("target", "rendered", file.replace(".txt", ".pdf")), pdfBytes);
		String pdfText;
		try (PDDocument pdf = Loader.loadPDF(pdfBytes)) {
			pdfText = new PDFTextStripper().getText(pdf);
		}
		List<String> seedWords = words(Files.readString(SEEDS.resolve(file))
			.replaceAll("<sup>[^<]*</sup>", " ")
			.replaceAll("<[^>]+>", " ")
			.replaceAll("[*#_|]", " ")
			.replaceAll("[¹²³⁴⁵⁶⁷⁸⁹⁰]", " "));
		List<String> pdfWords = words(pdfText);
		boolean[] inOrder = alignInOrder(seedWords, pdfWords);
		List<String> missing = new ArrayList<>();
		int matched = 0;
		for (int i = 0; i < seedWords.size(); i++) {
			if (inOrder[i]) {
				matched++;
			}
			else {
				missing.add(seedWords.get(i));
			}
		}
		double ratio = (double) matched / seedWords.size();
		System.out.printf("%s: %d of %d words in order (%.2f%%); not found in place: %s%n", file, matched,
				seedWords.size(), ratio * 100, missing.subList(0, Math.min(120, missing.size())));
		assertThat(ratio).as(file + " words in order; missing: " + missing).isGreaterThanOrEqualTo(0.95);
	}

	/**
	 * Which of the seed's words stand in the PDF in the same order (patience alignment): runs of six words that
	 * occur once in each text are anchors; the longest chain of anchors in the same order in both is kept, and each
	 * anchor is extended word by word in both directions.
	 */
	static boolean[] alignInOrder(List<String> seed, List<String> pdf) {
		java.util.Map<String, List<Integer>> inSeed = grams(seed);
		java.util.Map<String, List<Integer>> inPdf = grams(pdf);
		List<int[]> anchors = new ArrayList<>();
		inSeed.forEach((gram, places) -> {
			List<Integer> other = inPdf.get(gram);
			if (places.size() == 1 && other != null && other.size() == 1) {
				anchors.add(new int[] { places.get(0), other.get(0) });
			}
		});
		anchors.sort(java.util.Comparator.comparingInt((int[] a) -> a[0]));
		// longest increasing subsequence of the PDF positions
		int[] tails = new int[anchors.size()];
		int[] previous = new int[anchors.size()];
		int length = 0;
		for (int i = 0; i < anchors.size(); i++) {
			int low = 0;
			int high = length;
			while (low < high) {
				int mid = (low + high) >>> 1;
				if (anchors.get(tails[mid])[1] < anchors.get(i)[1]) {
					low = mid + 1;
				}
				else {
					high = mid;
				}
			}
			previous[i] = low > 0 ? tails[low - 1] : -1;
			tails[low] = i;
			length = Math.max(length, low + 1);
		}
		boolean[] matched = new boolean[seed.size()];
		for (int i = length > 0 ? tails[length - 1] : -1; i >= 0; i = previous[i]) {
			int s = anchors.get(i)[0];
			int p = anchors.get(i)[1];
			for (int k = 0; s + k < seed.size() && p + k < pdf.size() && seed.get(s + k).equals(pdf.get(p + k)); k++) {
				matched[s + k] = true;
			}
			for (int k = 1; s - k >= 0 && p - k >= 0 && seed.get(s - k).equals(pdf.get(p - k)); k++) {
				matched[s - k] = true;
			}
		}
		return matched;
	}

	private static java.util.Map<String, List<Integer>> grams(List<String> words) {
		java.util.Map<String, List<Integer>> grams = new java.util.HashMap<>();
		for (int i = 0; i + RUN <= words.size(); i++) {
			grams.computeIfAbsent(String.join(" ", words.subList(i, i + RUN)), (k) -> new ArrayList<>()).add(i);
		}
		return grams;
	}

	private static List<String> words(String text) {
		String normalized = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFC).toLowerCase(new Locale("vi"));
		return Arrays.stream(normalized.split("[\\s\\u00a0]+"))
			.map((w) -> w.replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", ""))
			.filter((w) -> w.codePoints().anyMatch(Character::isLetterOrDigit))
			.toList();
	}

}
