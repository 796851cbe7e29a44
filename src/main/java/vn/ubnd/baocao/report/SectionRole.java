package vn.ubnd.baocao.report;

/**
 * What a section is for, where it matters to the portal: the tasks for the next period become the next report's
 * checklist; achievements, limitations and causes are the assessment.
 */
public enum SectionRole {

	ACHIEVEMENTS, LIMITATIONS, CAUSES, NEXT_TASKS

}
