package vn.ubnd.baocao.workflow;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import vn.ubnd.baocao.AtOnce;
import vn.ubnd.baocao.BaoCaoApplication;
import vn.ubnd.baocao.PortalIntegrationTest;
import vn.ubnd.baocao.system.PortalUser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Register numbers are unique and gapless when many issue at once: from many threads of one instance, and from two
 * instances of the portal (two application contexts) on one database. A rolled-back issue gives its number back.
 */
@PortalIntegrationTest
class RegisterConcurrencyTests {

	@Autowired
	WorkflowFixtures fixtures;

	@Autowired
	ReportWorkflow workflow;

	@Autowired
	Register register;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	DataSource dataSource;

	@Test
	void manyThreadsIssueUniqueGaplessNumbers() throws Exception {
		List<Long> reports = IntStream.range(0, 12).mapToObj((i) -> this.fixtures.accepted()).toList();
		PortalUser chair = this.fixtures.user("chutich");
		List<Integer> numbers = issueAtOnce(reports.stream().map((id) -> issuing(this.workflow, chair, id)).toList());
		assertThat(numbers).doesNotHaveDuplicates().hasSize(12);
		assertRegisterIsGapless();
	}

	@Test
	void twoInstancesOnOneDatabaseIssueUniqueGaplessNumbers() throws Exception {
		HikariDataSource hikari = this.dataSource.unwrap(HikariDataSource.class);
		try (ConfigurableApplicationContext second = new SpringApplicationBuilder(BaoCaoApplication.class)
			.properties("spring.datasource.url=" + hikari.getJdbcUrl(),
					"spring.datasource.username=" + hikari.getUsername(),
					"spring.datasource.password=" + (hikari.getPassword() == null ? "" : hikari.getPassword()),
					"server.port=0", "portal.demo=false", "spring.main.banner-mode=off")
			.run()) {
			ReportWorkflow other = second.getBean(ReportWorkflow.class);
			PortalUser chair = this.fixtures.user("chutich");
			List<Long> reports = IntStream.range(0, 10).mapToObj((i) -> this.fixtures.accepted()).toList();
			List<Callable<Integer>> tasks = new ArrayList<>();
			for (int i = 0; i < reports.size(); i++) {
				tasks.add(issuing((i % 2 == 0) ? this.workflow : other, chair, reports.get(i)));
			}
			List<Integer> numbers = issueAtOnce(tasks);
			assertThat(numbers).doesNotHaveDuplicates().hasSize(10);
		}
		assertRegisterIsGapless();
	}

	@Test
	void aRolledBackIssueGivesItsNumberBack() {
		long unit = this.fixtures.user("vanthu").unitId();
		int year = 2077;
		int first = this.transactions.execute((status) -> this.register.next(unit, year, "TEST"));
		int taken = this.transactions.execute((status) -> {
			int number = this.register.next(unit, year, "TEST");
			status.setRollbackOnly();
			return number;
		});
		int next = this.transactions.execute((status) -> this.register.next(unit, year, "TEST"));
		assertThat(first).isEqualTo(1);
		assertThat(taken).isEqualTo(2);
		assertThat(next).isEqualTo(2);
	}

	private static Callable<Integer> issuing(ReportWorkflow workflow, PortalUser chair, long reportId) {
		return () -> workflow.approveAndIssue(chair, reportId).getNumber();
	}

	private static List<Integer> issueAtOnce(List<Callable<Integer>> tasks) throws Exception {
		return AtOnce.run(6, tasks);
	}

	/** The register of Phú Sơn's reports this year: 1, 2, … n, each once, and the counter at n. */
	private void assertRegisterIsGapless() {
		long unit = this.fixtures.user("vanthu").unitId();
		int year = LocalDate.now(ReportWorkflow.VIETNAM).getYear();
		List<Integer> numbers = this.jdbc
			.sql("select number from register_entry where unit_id = :unit and year = :year and type_code = 'BC' "
					+ "order by number")
			.param("unit", unit)
			.param("year", year)
			.query(Integer.class)
			.list();
		assertThat(numbers).isEqualTo(IntStream.rangeClosed(1, numbers.size()).boxed().toList());
		int counter = this.jdbc
			.sql("select last_number from register_counter where unit_id = :unit and year = :year and type_code = 'BC'")
			.param("unit", unit)
			.param("year", year)
			.query(Integer.class)
			.single();
		assertThat(counter).isEqualTo(numbers.size());
		List<Integer> onReports = this.jdbc
			.sql("select number from report where unit_id = :unit and number is not null "
					+ "and extract(year from issue_date) = :year and symbol like 'BC-%' order by number")
			.param("unit", unit)
			.param("year", year)
			.query(Integer.class)
			.list();
		assertThat(onReports).isEqualTo(numbers);
	}

}
