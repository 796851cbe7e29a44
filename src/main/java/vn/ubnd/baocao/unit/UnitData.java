package vn.ubnd.baocao.unit;

/**
 * What an administrator enters for a unit.
 */
public record UnitData(UnitLevel level, Long parentId, String name, String printedName, String placeName,
		String symbol, String councilName) {
}
