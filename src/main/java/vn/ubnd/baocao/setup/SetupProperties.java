package vn.ubnd.baocao.setup;

import java.util.Locale;

import org.springframework.boot.context.properties.ConfigurationProperties;

import vn.ubnd.baocao.unit.UnitLevel;

/**
 * The top unit and the first administrator created on an empty database.
 *
 * @param unitName the unit's name, e.g. "Tỉnh Bình Nguyên"
 * @param placeName the place name used in dates, e.g. "Bình Nguyên"
 * @param level the unit's level (a top unit is a province unless stated otherwise)
 * @param adminUsername the administrator's user name
 * @param adminPassword the administrator's first password; nothing is created while it is empty
 */
@ConfigurationProperties("portal.setup")
record SetupProperties(String unitName, String placeName, UnitLevel level, String adminUsername,
		String adminPassword) {

	SetupProperties {
		if (level == null) {
			level = UnitLevel.PROVINCE;
		}
		if (adminUsername == null || adminUsername.isBlank()) {
			adminUsername = "quantri";
		}
	}

	boolean requested() {
		return this.adminPassword != null && !this.adminPassword.isBlank();
	}

	String printedName() {
		return "ỦY BAN NHÂN DÂN\n" + this.unitName.toUpperCase(new Locale("vi"));
	}

	String councilName() {
		String name = this.unitName;
		return "Hội đồng nhân dân " + vn.ubnd.baocao.system.Texts.lowerFirst(name);
	}

}
