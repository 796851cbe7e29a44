package vn.ubnd.baocao.account;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.JpaRepository;

interface AccountRepository extends JpaRepository<Account, Long> {

	@Query("select a from Account a where lower(a.username) = lower(:username)")
	Optional<Account> findByUsernameIgnoreCase(String username);

	@Query("select count(a) > 0 from Account a where lower(a.username) = lower(:username)")
	boolean existsByUsernameIgnoreCase(String username);

	List<Account> findByUnitIdInOrderByUsernameAsc(Collection<Long> unitIds);

}
