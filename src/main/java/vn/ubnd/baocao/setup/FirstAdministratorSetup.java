package vn.ubnd.baocao.setup;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.ubnd.baocao.account.AccountData;
import vn.ubnd.baocao.account.AccountService;
import vn.ubnd.baocao.system.Role;
import vn.ubnd.baocao.system.Texts;
import vn.ubnd.baocao.unit.Unit;
import vn.ubnd.baocao.unit.UnitData;
import vn.ubnd.baocao.unit.UnitService;

/**
 * Creates the top unit and its first administrator on an empty database, when asked to.
 */
@Component
@Order(-1)
@EnableConfigurationProperties(SetupProperties.class)
class FirstAdministratorSetup implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(FirstAdministratorSetup.class);

	private final SetupProperties properties;

	private final UnitService units;

	private final AccountService accounts;

	private final TransactionTemplate transaction;

	FirstAdministratorSetup(SetupProperties properties, UnitService units, AccountService accounts,
			TransactionTemplate transaction) {
		this.properties = properties;
		this.units = units;
		this.accounts = accounts;
		this.transaction = transaction;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!this.properties.requested()) {
			return;
		}
		if (Texts.clean(this.properties.unitName()) == null || Texts.clean(this.properties.placeName()) == null) {
			throw new IllegalStateException(
					"PORTAL_SETUP_ADMIN_PASSWORD is set: also set PORTAL_SETUP_UNIT_NAME and PORTAL_SETUP_PLACE_NAME");
		}
		this.transaction.executeWithoutResult((status) -> {
			if (!this.units.isEmpty()) {
				log.info("Units exist already: first-start setup skipped");
				return;
			}
			Unit unit = this.units.createAsSystem(new UnitData(this.properties.level(), null,
					Texts.clean(this.properties.unitName()), this.properties.printedName(),
					Texts.clean(this.properties.placeName()), "UBND", this.properties.councilName()));
			this.accounts.createAsSystem(this.properties.adminUsername(), this.properties.adminPassword(),
					new AccountData("Quản trị hệ thống", unit.getId(), Role.ADMIN, null));
			log.info("First start: created unit '{}' and administrator '{}'", unit.getName(),
					this.properties.adminUsername());
		});
	}

}
