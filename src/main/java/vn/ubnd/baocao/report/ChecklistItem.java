package vn.ubnd.baocao.report;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One of the tasks that the previous report set for this period: the clerk ticks it off and notes what was done.
 */
@Entity
@Table(name = "report_checklist_item")
public class ChecklistItem {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "report_id", nullable = false, updatable = false)
	private Report report;

	@Column(nullable = false)
	private int position;

	@Column(nullable = false)
	private String text;

	@Column(nullable = false)
	private boolean done;

	private String note;

	@Version
	private long version;

	protected ChecklistItem() {
	}

	ChecklistItem(Report report, int position, String text) {
		this.report = report;
		this.position = position;
		this.text = text;
	}

	void mark(boolean done, String note) {
		this.done = done;
		this.note = note;
	}

	public Long getId() {
		return this.id;
	}

	public int getPosition() {
		return this.position;
	}

	public String getText() {
		return this.text;
	}

	public boolean isDone() {
		return this.done;
	}

	public String getNote() {
		return this.note;
	}

	public long getVersion() {
		return this.version;
	}

}
