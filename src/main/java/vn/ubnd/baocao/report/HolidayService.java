package vn.ubnd.baocao.report;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public holidays that deadlines skip, set by an administrator year by year.
 */
@Service
@Transactional(readOnly = true)
public class HolidayService {

	private final HolidayRepository holidays;

	HolidayService(HolidayRepository holidays) {
		this.holidays = holidays;
	}

	public List<Holiday> all() {
		return this.holidays.findAllByOrderByDayDesc();
	}

	@Transactional
	public void add(LocalDate day, String name) {
		this.holidays.save(new Holiday(day, name));
	}

	@Transactional
	public void remove(LocalDate day) {
		this.holidays.deleteById(day);
	}

}
