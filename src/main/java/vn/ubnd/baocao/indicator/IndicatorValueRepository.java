package vn.ubnd.baocao.indicator;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface IndicatorValueRepository extends JpaRepository<IndicatorValue, Long> {

	List<IndicatorValue> findByReportId(long reportId);

	List<IndicatorValue> findByReportIdIn(Collection<Long> reportIds);

	Optional<IndicatorValue> findByReportIdAndIndicatorId(long reportId, long indicatorId);

}
