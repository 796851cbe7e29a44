package vn.ubnd.baocao.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.ubnd.baocao.account.AccountData;
import vn.ubnd.baocao.account.AccountService;
import vn.ubnd.baocao.system.Role;
import vn.ubnd.baocao.unit.Leader;
import vn.ubnd.baocao.unit.LeaderData;
import vn.ubnd.baocao.unit.LeaderPosition;
import vn.ubnd.baocao.unit.Unit;
import vn.ubnd.baocao.unit.UnitData;
import vn.ubnd.baocao.unit.UnitLevel;
import vn.ubnd.baocao.unit.UnitService;

/**
 * Seeds the demo units and accounts through the same services the administration pages use. The names are
 * fictional.
 */
@Component
@Profile("demo")
@Order(0)
class DemoDataSeeder implements ApplicationRunner {

	/** The password of every demo account, shown on the login page in demo mode. */
	static final String PASSWORD = "Demo@2026";

	private static final Logger log = LoggerFactory.getLogger(DemoDataSeeder.class);

	private final UnitService units;

	private final AccountService accounts;

	private final TransactionTemplate transaction;

	DemoDataSeeder(UnitService units, AccountService accounts, TransactionTemplate transaction) {
		this.units = units;
		this.accounts = accounts;
		this.transaction = transaction;
	}

	@Override
	public void run(ApplicationArguments args) {
		this.transaction.executeWithoutResult((status) -> {
			if (this.units.isEmpty()) {
				seed();
				log.info("Demo data seeded: sign in as vanthu / {}", PASSWORD);
			}
		});
	}

	private void seed() {
		Unit province = unit(UnitLevel.PROVINCE, null, "Tỉnh Bình Nguyên", "TỈNH BÌNH NGUYÊN", "Bình Nguyên", "tỉnh");
		leader(province, "Trịnh Hoàng Nam", LeaderPosition.CHAIR, 0);

		Unit phuSon = unit(UnitLevel.DISTRICT, province, "Huyện Phú Sơn", "HUYỆN PHÚ SƠN", "Phú Sơn", "huyện");
		Leader chair = leader(phuSon, "Lê Minh Khang", LeaderPosition.CHAIR, 0);
		Leader deputy = leader(phuSon, "Phạm Thị Thu Hà", LeaderPosition.DEPUTY_CHAIR, 1);
		leader(phuSon, "Ngô Văn Tài", LeaderPosition.DEPUTY_CHAIR, 2);

		Unit tanHa = unit(UnitLevel.DISTRICT, province, "Huyện Tân Hà", "HUYỆN TÂN HÀ", "Tân Hà", "huyện");
		Leader tanHaChair = leader(tanHa, "Võ Quốc Bảo", LeaderPosition.CHAIR, 0);

		Unit hoaAn = unit(UnitLevel.COMMUNE, phuSon, "Xã Hòa An", "XÃ HÒA AN", "Hòa An", "xã");
		leader(hoaAn, "Đặng Văn Lợi", LeaderPosition.CHAIR, 0);

		account("vanthu", "Nguyễn Thị Lan", phuSon, Role.CLERK, null);
		account("hdnd", "Trần Văn Hùng", phuSon, Role.COUNCIL_REVIEWER, null);
		account("chutich", chair.getFullName(), phuSon, Role.CHAIR, chair);
		account("phochutich", deputy.getFullName(), phuSon, Role.CHAIR, deputy);
		account("quantri", "Hoàng Đức Tâm", phuSon, Role.ADMIN, null);
		account("vanthu2", "Bùi Thị Mai", tanHa, Role.CLERK, null);
		account("chutich2", tanHaChair.getFullName(), tanHa, Role.CHAIR, tanHaChair);
	}

	private Unit unit(UnitLevel level, Unit parent, String name, String printedArea, String place, String area) {
		return this.units.createAsSystem(new UnitData(level, parent == null ? null : parent.getId(), name,
				"ỦY BAN NHÂN DÂN\n" + printedArea, place, "UBND", "Hội đồng nhân dân " + area + " " + place));
	}

	private Leader leader(Unit unit, String name, LeaderPosition position, int order) {
		String title = position == LeaderPosition.CHAIR ? "Chủ tịch" : "Phó Chủ tịch";
		return this.units.addLeaderAsSystem(unit.getId(), new LeaderData(name, position, title, order));
	}

	private void account(String username, String fullName, Unit unit, Role role, Leader leader) {
		this.accounts.createAsSystem(username, PASSWORD,
				new AccountData(fullName, unit.getId(), role, leader == null ? null : leader.getId()));
	}

}
