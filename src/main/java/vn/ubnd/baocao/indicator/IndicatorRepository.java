package vn.ubnd.baocao.indicator;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
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

	Optional<Indicator> findByUnitIdAndKindIdAndCode(long unitId, long kindId, String code);

	/** The catalogue in order, locked until the end of the transaction (two reorderings happen one after the other). */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select i from Indicator i where i.unitId = ?1 and i.kindId = ?2 order by i.position, i.id")
	List<Indicator> lockCatalogue(long unitId, long kindId);

	/** Adds an indicator unless the catalogue has its code; how many were added (0 or 1). */
	@Modifying
	@Query(nativeQuery = true, value = """
			insert into indicator (unit_id, kind_id, code, name, unit_of_measure, decimals, ratio_decimals, sector,
			    comparisons, position)
			values (:unitId, :kindId, :code, :name, :unitOfMeasure, :decimals, :ratioDecimals, :sector, :comparisons,
			    :position)
			on conflict (unit_id, kind_id, code) do nothing""")
	int insert(long unitId, long kindId, String code, String name, String unitOfMeasure, int decimals,
			int ratioDecimals, String sector, String comparisons, int position);

}
