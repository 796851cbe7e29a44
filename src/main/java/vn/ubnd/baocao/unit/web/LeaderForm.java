package vn.ubnd.baocao.unit.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import vn.ubnd.baocao.unit.Leader;
import vn.ubnd.baocao.unit.LeaderData;
import vn.ubnd.baocao.unit.LeaderPosition;

/**
 * The leader form.
 */
class LeaderForm {

	@NotBlank(message = "{leader.fullName.required}")
	@Size(max = 120, message = "{validation.too-long}")
	private String fullName;

	@NotNull(message = "{leader.position.required}")
	private LeaderPosition position;

	@NotBlank(message = "{leader.title.required}")
	@Size(max = 120, message = "{validation.too-long}")
	private String title;

	@Min(value = 0, message = "{leader.sortOrder.range}")
	@Max(value = 999, message = "{leader.sortOrder.range}")
	private int sortOrder;

	private long version;

	static LeaderForm of(Leader leader) {
		LeaderForm form = new LeaderForm();
		form.fullName = leader.getFullName();
		form.position = leader.getPosition();
		form.title = leader.getTitle();
		form.sortOrder = leader.getSortOrder();
		form.version = leader.getVersion();
		return form;
	}

	LeaderData toData() {
		return new LeaderData(this.fullName, this.position, this.title, this.sortOrder);
	}

	public String getFullName() {
		return this.fullName;
	}

	public void setFullName(String fullName) {
		this.fullName = fullName;
	}

	public LeaderPosition getPosition() {
		return this.position;
	}

	public void setPosition(LeaderPosition position) {
		this.position = position;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public int getSortOrder() {
		return this.sortOrder;
	}

	public void setSortOrder(int sortOrder) {
		this.sortOrder = sortOrder;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
