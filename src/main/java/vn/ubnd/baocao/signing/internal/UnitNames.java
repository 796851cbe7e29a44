package vn.ubnd.baocao.signing.internal;

import vn.ubnd.baocao.unit.Unit;

/** How a unit is named in a signature and a certificate. */
public final class UnitNames {

	private UnitNames() {
	}

	/**
	 * The agency's full name: "Ủy ban nhân dân huyện Phú Sơn" for the UBND of "Huyện Phú Sơn"; the unit's name for
	 * any other body.
	 */
	public static String agency(Unit unit) {
		String name = unit.getName();
		if (!"UBND".equals(unit.getSymbol()) || name.isEmpty()) {
			return name;
		}
		return "Ủy ban nhân dân " + Character.toLowerCase(name.charAt(0)) + name.substring(1);
	}

}
