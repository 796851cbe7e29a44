package vn.ubnd.baocao.report;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface HolidayRepository extends ListCrudRepository<Holiday, LocalDate> {

	List<Holiday> findByDayBetweenOrderByDay(LocalDate from, LocalDate to);

	List<Holiday> findAllByOrderByDayDesc();

}
