package vn.ubnd.baocao.unit;

/**
 * The level of local government a unit belongs to. Districts stopped operating on 1 July 2025; they stay for the
 * archives.
 */
public enum UnitLevel {

	PROVINCE, DISTRICT, COMMUNE;

	/** Whether a unit of this level may sit directly under a unit of the given level. */
	public boolean mayBeUnder(UnitLevel parent) {
		return switch (this) {
			case PROVINCE -> false;
			case DISTRICT -> parent == PROVINCE;
			case COMMUNE -> parent == PROVINCE || parent == DISTRICT;
		};
	}

	public String messageKey() {
		return "unit.level." + name();
	}

}
