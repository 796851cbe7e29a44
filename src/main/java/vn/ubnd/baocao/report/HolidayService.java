package vn.ubnd.baocao.report;

import java.time.LocalDate;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ubnd.baocao.system.AuditRecord;
import vn.ubnd.baocao.system.ChangeSummary;
import vn.ubnd.baocao.system.PortalUser;

/**
 * The public holidays that deadlines skip, set by an administrator year by year; each change goes into the audit
 * trail, under the administrator's unit.
 */
@Service
@Transactional(readOnly = true)
public class HolidayService {

	private final HolidayRepository holidays;

	private final ApplicationEventPublisher events;

	HolidayService(HolidayRepository holidays, ApplicationEventPublisher events) {
		this.holidays = holidays;
		this.events = events;
	}

	public List<Holiday> all() {
		return this.holidays.findAllByOrderByDayDesc();
	}

	/** Adds the holiday, or renames the one on that day. */
	@Transactional
	public void add(PortalUser admin, LocalDate day, String name) {
		String before = this.holidays.findById(day).map(Holiday::getName).orElse(null);
		if (name.equals(before)) {
			return;
		}
		this.holidays.save(new Holiday(day, name));
		this.events.publishEvent(AuditRecord.of(admin, (before != null) ? "holiday.update" : "holiday.add",
				admin.unitId(), null, null, (before != null)
						? ChangeSummary.about(day.toString(), ChangeSummary.of(before, name)) : day + " " + name));
	}

	@Transactional
	public void remove(PortalUser admin, LocalDate day) {
		this.holidays.findById(day).ifPresent((holiday) -> {
			this.holidays.delete(holiday);
			this.events.publishEvent(AuditRecord.of(admin, "holiday.remove", admin.unitId(), null, null,
					day + " " + holiday.getName()));
		});
	}

}
