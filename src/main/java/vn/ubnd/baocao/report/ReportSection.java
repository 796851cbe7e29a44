package vn.ubnd.baocao.report;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.OptimisticLock;

/**
 * A section of a report: a heading and its content. Its place in the tree (parent, position) is the report's
 * business and does not count as a change of the section: two people may move sections while a third writes in
 * one. Its title and content are guarded by the version, so a save made on an outdated copy is refused.
 */
@Entity
@Table(name = "report_section")
public class ReportSection {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "report_id", nullable = false, updatable = false)
	private Report report;

	@OptimisticLock(excluded = true)
	@Column(name = "parent_id")
	private Long parentId;

	@OptimisticLock(excluded = true)
	@Column(nullable = false)
	private int position;

	@Column(nullable = false)
	private String title = "";

	@Column(nullable = false)
	private String body = "";

	@Enumerated(EnumType.STRING)
	private SectionRole role;

	@Column(nullable = false)
	private boolean numbered = true;

	@Column(name = "updated_by")
	private Long updatedBy;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt = Instant.now();

	@Version
	private long version;

	protected ReportSection() {
	}

	ReportSection(Report report, Long parentId, int position, String title, String body, SectionRole role) {
		this.report = report;
		this.parentId = parentId;
		this.position = position;
		this.title = title == null ? "" : title;
		this.body = body == null ? "" : body;
		this.role = role;
	}

	void edit(String title, String body, long accountId) {
		this.title = title == null ? "" : title;
		this.body = body == null ? "" : body;
		this.updatedBy = accountId;
		this.updatedAt = Instant.now();
	}

	void place(Long parentId, int position) {
		this.parentId = parentId;
		this.position = position;
	}

	public Long getId() {
		return this.id;
	}

	Report getReport() {
		return this.report;
	}

	public Long getParentId() {
		return this.parentId;
	}

	public int getPosition() {
		return this.position;
	}

	public String getTitle() {
		return this.title;
	}

	public String getBody() {
		return this.body;
	}

	public SectionRole getRole() {
		return this.role;
	}

	public boolean isNumbered() {
		return this.numbered;
	}

	public Long getUpdatedBy() {
		return this.updatedBy;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

	public long getVersion() {
		return this.version;
	}

}
