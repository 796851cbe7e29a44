package vn.ubnd.baocao.unit;

import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;

interface UnitRepository extends ListCrudRepository<Unit, Long> {

	/** The unit and every unit below it. */
	@Query(value = """
			with recursive sub(id) as (
			    select id from unit where id = :root
			    union all
			    select u.id from unit u join sub on u.parent_id = sub.id
			)
			select id from sub""", nativeQuery = true)
	List<Long> subtreeIds(long root);

	boolean existsByParentIdAndActiveTrue(long parentId);


}
