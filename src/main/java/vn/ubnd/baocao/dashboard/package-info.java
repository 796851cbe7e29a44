/**
 * What each role sees first: the home page per role, and (as the report modules land) status per period,
 * deadlines, trends and search.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Tổng quan")
package vn.ubnd.baocao.dashboard;
