package vn.ubnd.baocao.report;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A public holiday: not a working day when counting to a deadline.
 */
@Entity
@Table(name = "holiday")
public class Holiday {

	@Id
	private LocalDate day;

	@Column(nullable = false)
	private String name;

	protected Holiday() {
	}

	public Holiday(LocalDate day, String name) {
		this.day = day;
		this.name = name;
	}

	public LocalDate getDay() {
		return this.day;
	}

	public String getName() {
		return this.name;
	}

}
