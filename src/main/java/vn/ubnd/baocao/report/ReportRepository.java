package vn.ubnd.baocao.report;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ReportRepository extends JpaRepository<Report, Long> {

	/** Reports of the given units that the user may see: all of their own unit, the others once submitted. */
	@Query("""
			select r from Report r
			where r.unitId = :ownUnit
			   or (r.unitId in :below and r.status not in (vn.ubnd.baocao.report.ReportStatus.DRAFT,
			                                                vn.ubnd.baocao.report.ReportStatus.RETURNED))
			order by r.periodStart desc, r.id desc""")
	List<Report> findVisible(long ownUnit, Collection<Long> below);

	/** The latest report of the same unit and kind whose period starts before {@code before}. */
	Optional<Report> findFirstByUnitIdAndKindIdAndPeriodStartBeforeOrderByPeriodStartDescIdDesc(long unitId,
			long kindId, LocalDate before);

}
