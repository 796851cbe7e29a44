/**
 * Indicators (chỉ tiêu) of a periodic report: the catalogue of indicators with their units of measure, the values a
 * unit reports for a period, and the ratios a report quotes: percentage of the plan target, percentage of the same
 * period last year, absolute and relative change.
 * <p>
 * Numbers are written the Vietnamese way (official format §9): "." groups thousands and "," marks decimals
 * ({@code 1.234.567,89}), percentages carry no space ({@code 100,3%}), years and document numbers are not grouped.
 * Numbers in words (§10) follow the read-vietnamese-number style: {@code linh}, {@code tỷ}, {@code phẩy}, all-zero
 * groups skipped, {@code không trăm} inside a group that is not all zeros.
 * <p>
 * Each unit keeps a catalogue of indicators per report kind, started from the kind's defaults and managed by its
 * administrator ({@link vn.ubnd.baocao.indicator.IndicatorCatalogue}): an indicator's ratios are rounded half up to
 * its own number of decimals (2 unless set otherwise), and a deactivated indicator stays only in the reports that
 * have figures for it.
 * <p>
 * API: {@link vn.ubnd.baocao.indicator.VietnameseNumbers}, {@link vn.ubnd.baocao.indicator.VietnameseNumberWords},
 * {@link vn.ubnd.baocao.indicator.Ratios}, {@link vn.ubnd.baocao.indicator.IndicatorService},
 * {@link vn.ubnd.baocao.indicator.IndicatorCatalogue}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Chỉ tiêu")
package vn.ubnd.baocao.indicator;
