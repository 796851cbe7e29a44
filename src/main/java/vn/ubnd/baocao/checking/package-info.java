/**
 * The consistency checker: reads a whole report, its structured parts and its prose, and reports what does not add
 * up or is not written by the rules: totals and their parts, ratios and shares stated in prose, amounts in figures
 * against the same amounts in words, the numbering of sections and of numbered lists, the unit's place name, and the
 * form of the number and symbol, the date, the signature block and the recipients.
 * <p>
 * The checker itself ({@link vn.ubnd.baocao.checking.ConsistencyChecker}) is pure and works on a
 * {@link vn.ubnd.baocao.checking.CheckedDocument}, built from a report's read model or from an imported document
 * with its labels as written. {@link vn.ubnd.baocao.checking.ConsistencyChecks} is the Spring facade that also
 * resolves the messages.
 * <p>
 * {@link vn.ubnd.baocao.checking.ReportChecks} gives the findings on a report of the portal as the editor, the report
 * page, the workflow and the API see them (each with its section and a fingerprint), and keeps the clerk's
 * justifications of errors: a justified error no longer blocks submission, until the text changes so that the
 * finding changes.
 * <p>
 * API: {@link vn.ubnd.baocao.checking.ReportChecks}, {@link vn.ubnd.baocao.checking.ConsistencyChecks},
 * {@link vn.ubnd.baocao.checking.ConsistencyChecker}, {@link vn.ubnd.baocao.checking.CheckedDocument},
 * {@link vn.ubnd.baocao.checking.Finding}, {@link vn.ubnd.baocao.checking.CheckedFinding},
 * {@link vn.ubnd.baocao.checking.Justification}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Kiểm tra")
package vn.ubnd.baocao.checking;
