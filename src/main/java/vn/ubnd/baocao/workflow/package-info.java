/**
 * Review, approval and issuing: the clerk submits (the checker's errors resolved or justified), the council's
 * standing committee returns with reasons or accepts, the chair or a deputy approves and signs, and the report
 * takes the next number of its unit's register and is issued. Each transition is a method of the report aggregate
 * that refuses what its state does not allow; {@link vn.ubnd.baocao.workflow.ReportWorkflow} checks the role and
 * the unit first, records the transition and publishes it.
 * <p>
 * API: {@link vn.ubnd.baocao.workflow.ReportWorkflow}, {@link vn.ubnd.baocao.workflow.Register},
 * {@link vn.ubnd.baocao.workflow.WorkQueue}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Quy trình duyệt và ban hành")
package vn.ubnd.baocao.workflow;
