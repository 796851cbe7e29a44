/**
 * Issuing bodies: a province, district or commune People's Committee (UBND) with its place name, symbol code, its
 * People's Council (HĐND) and its leaders. Units form a tree; a user sees their own unit and the units below it.
 * <p>
 * API: {@link vn.ubnd.baocao.unit.UnitService}, {@link vn.ubnd.baocao.unit.Unit},
 * {@link vn.ubnd.baocao.unit.Leader}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Đơn vị")
package vn.ubnd.baocao.unit;
