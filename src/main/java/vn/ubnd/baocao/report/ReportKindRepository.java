package vn.ubnd.baocao.report;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface ReportKindRepository extends ListCrudRepository<ReportKind, Long> {

	Optional<ReportKind> findByCode(String code);

	List<ReportKind> findAllByOrderByName();

	List<ReportKind> findByActiveTrueOrderByName();

}
