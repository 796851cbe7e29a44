package vn.ubnd.baocao.indicator;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface IndicatorRepository extends JpaRepository<Indicator, Long> {

	List<Indicator> findByUnitIdAndKindIdOrderByPositionAscIdAsc(long unitId, long kindId);

	/** Adds an indicator unless the catalogue has its code (two first uses at once add it once). */
	@Modifying
	@Query(nativeQuery = true, value = """
			insert into indicator (unit_id, kind_id, code, name, unit_of_measure, decimals, sector, comparisons, position)
			values (:unitId, :kindId, :code, :name, :unitOfMeasure, :decimals, :sector, :comparisons, :position)
			on conflict (unit_id, kind_id, code) do nothing""")
	int insertIfMissing(long unitId, long kindId, String code, String name, String unitOfMeasure, int decimals,
			String sector, String comparisons, int position);

}
