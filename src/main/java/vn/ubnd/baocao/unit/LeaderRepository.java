package vn.ubnd.baocao.unit;

import java.util.Collection;
import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface LeaderRepository extends ListCrudRepository<Leader, Long> {

	List<Leader> findByUnitIdOrderBySortOrderAscIdAsc(long unitId);

	List<Leader> findByUnitIdInAndActiveTrueOrderByUnitIdAscSortOrderAscIdAsc(Collection<Long> unitIds);

}
