package vn.ubnd.baocao.unit;

import java.text.Normalizer;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.ubnd.baocao.MvcForms;
import vn.ubnd.baocao.PortalIntegrationTest;
import vn.ubnd.baocao.account.AccountData;
import vn.ubnd.baocao.account.AccountLookup;
import vn.ubnd.baocao.account.AccountService;
import vn.ubnd.baocao.system.PortalUser;
import vn.ubnd.baocao.system.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ubnd.baocao.MvcForms.form;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Administering units through the pages, as an administrator of a district and of the province.
 */
@PortalIntegrationTest
class UnitAdministrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AccountLookup lookup;

	@Autowired
	AccountService accounts;

	@Autowired
	UnitService units;

	PortalUser districtAdmin;

	long province;

	long phuSon;

	long hoaAn;

	@BeforeEach
	void setUp() {
		this.districtAdmin = this.lookup.findPortalUser("quantri", (id) -> true).orElseThrow();
		this.province = unitId("Tỉnh Bình Nguyên");
		this.phuSon = unitId("Huyện Phú Sơn");
		this.hoaAn = unitId("Xã Hòa An");
	}

	@Test
	void anAdministratorCreatesACommuneAndItIsStoredInNfc() throws Exception {
		String decomposed = Normalizer.normalize("Xã Tân Lập", Normalizer.Form.NFD);
		MvcResult result = this.mvc.perform(form(post("/admin/units"), this.districtAdmin, "level", "COMMUNE",
				"parentId", String.valueOf(this.phuSon), "name", "  " + decomposed + " ", "printedName",
				"ỦY BAN NHÂN DÂN\r\nXÃ TÂN LẬP\r\n", "placeName", "Tân Lập", "symbol", "UBND", "councilName",
				"Hội đồng nhân dân xã Tân Lập"))
			.andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(302);
		Unit created = this.units.get(unitId("Xã Tân Lập"));
		assertThat(created.getName()).isEqualTo("Xã Tân Lập");
		assertThat(created.getPrintedLines()).containsExactly("ỦY BAN NHÂN DÂN", "XÃ TÂN LẬP");
		assertThat(created.getParentId()).isEqualTo(this.phuSon);
	}

	@Test
	void emptyFieldsGetVietnameseMessagesAndNothingIsSaved() throws Exception {
		long before = count();
		Document page = page(form(post("/admin/units"), this.districtAdmin, "level", "COMMUNE", "parentId",
				String.valueOf(this.phuSon), "name", "   ", "printedName", "", "placeName", "", "symbol", "ubnd x",
				"councilName", ""));
		assertThat(page.select(".invalid-feedback").eachText()).contains("Vui lòng nhập tên đơn vị.",
				"Vui lòng nhập địa danh.", "Vui lòng nhập tên Hội đồng nhân dân của đơn vị.",
				"Ký hiệu chỉ gồm chữ in hoa và số, nối bằng dấu gạch ngang, không có khoảng trắng (ví dụ UBND).");
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void aUnitCannotBecomeItsOwnAncestor() throws Exception {
		PortalUser provinceAdmin = provinceAdmin();
		Unit phuSonUnit = this.units.get(this.phuSon);
		Document page = page(form(post("/admin/units/" + this.phuSon), provinceAdmin, "level", "DISTRICT",
				"parentId", String.valueOf(this.hoaAn), "name", phuSonUnit.getName(), "printedName",
				phuSonUnit.getPrintedName(), "placeName", phuSonUnit.getPlaceName(), "symbol", "UBND", "councilName",
				phuSonUnit.getCouncilName(), "version", String.valueOf(phuSonUnit.getVersion())));
		assertThat(page.select(".invalid-feedback").eachText()).contains(
				"Không thể chọn đơn vị này làm cấp trên: đơn vị sẽ trở thành cấp trên của chính nó.");
		assertThat(this.units.get(this.phuSon).getParentId()).isEqualTo(this.province);
	}

	@Test
	void aLevelThatDoesNotFitTheParentIsRefused() throws Exception {
		Document page = page(form(post("/admin/units"), this.districtAdmin, "level", "DISTRICT", "parentId",
				String.valueOf(this.phuSon), "name", "Huyện Con", "printedName", "ỦY BAN NHÂN DÂN\nHUYỆN CON",
				"placeName", "Con", "symbol", "UBND", "councilName", "Hội đồng nhân dân huyện Con"));
		assertThat(page.select(".invalid-feedback").text()).startsWith("Cấp của đơn vị không phù hợp");
		assertThat(this.jdbc.sql("select count(*) from unit where name = 'Huyện Con'").query(Long.class).single())
			.isZero();
	}

	@Test
	void aDistrictAdministratorCannotPlaceAUnitUnderAnotherDistrict() throws Exception {
		long tanHa = unitId("Huyện Tân Hà");
		Document page = page(form(post("/admin/units"), this.districtAdmin, "level", "COMMUNE", "parentId",
				String.valueOf(tanHa), "name", "Xã Lạ", "printedName", "ỦY BAN NHÂN DÂN\nXÃ LẠ", "placeName", "Lạ",
				"symbol", "UBND", "councilName", "Hội đồng nhân dân xã Lạ"));
		assertThat(page.select(".invalid-feedback").text()).isEqualTo("Đơn vị cấp trên phải là đơn vị bạn quản lý.");
	}

	@Test
	void anOutdatedCopyIsRefusedWithTheConflictPage() throws Exception {
		Unit hoaAnUnit = this.units.get(this.hoaAn);
		MvcResult result = this.mvc.perform(form(post("/admin/units/" + this.hoaAn), this.districtAdmin, "level",
				"COMMUNE", "parentId", String.valueOf(this.phuSon), "name", "Xã Hòa An", "printedName",
				hoaAnUnit.getPrintedName(), "placeName", "Hòa An", "symbol", "UBND", "councilName",
				hoaAnUnit.getCouncilName(), "version", String.valueOf(hoaAnUnit.getVersion() + 5)))
			.andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(409);
		assertThat(Jsoup.parse(result.getResponse().getContentAsString()).select("h1").text())
			.isEqualTo("Dữ liệu đã bị thay đổi");
	}

	@Test
	void scriptInANameIsStoredAsTextAndRenderedEscaped() throws Exception {
		this.mvc.perform(form(post("/admin/units/" + this.hoaAn + "/leaders"), this.districtAdmin, "fullName",
				"<script>alert('x')</script>", "position", "DEPUTY_CHAIR", "title", "Phó Chủ tịch", "sortOrder", "5"));
		String html = this.mvc.perform(get("/units/" + this.hoaAn).with(user(this.districtAdmin)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).doesNotContain("<script>alert").contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
	}

	@Test
	void aNonNumericIdIsABadRequestNotAServerError() throws Exception {
		int status = this.mvc.perform(get("/admin/units/abc/edit").with(user(this.districtAdmin)))
			.andReturn()
			.getResponse()
			.getStatus();
		assertThat(status).isEqualTo(400);
	}

	private PortalUser provinceAdmin() {
		String username = "quantri-tinh-" + System.nanoTime() % 100000;
		this.accounts.createAsSystem(username, "Mat-khau-123",
				new AccountData("Quản trị tỉnh", this.province, Role.ADMIN, null));
		return this.lookup.findPortalUser(username, (id) -> true).orElseThrow();
	}

	private Document page(MockHttpServletRequestBuilder request) throws Exception {
		return MvcForms.page(this.mvc, request);
	}


	private long unitId(String name) {
		return this.jdbc.sql("select id from unit where name = ?").param(name).query(Long.class).single();
	}

	private long count() {
		return this.jdbc.sql("select count(*) from unit").query(Long.class).single();
	}

}
