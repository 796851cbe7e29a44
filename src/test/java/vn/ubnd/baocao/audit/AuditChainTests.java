package vn.ubnd.baocao.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.ubnd.baocao.AtOnce;
import vn.ubnd.baocao.BaoCaoApplication;
import vn.ubnd.baocao.PortalIntegrationTest;
import vn.ubnd.baocao.audit.internal.AuditChain;
import vn.ubnd.baocao.system.AuditRecord;
import vn.ubnd.baocao.system.PortalUser;
import vn.ubnd.baocao.workflow.WorkflowFixtures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static vn.ubnd.baocao.MvcForms.page;

/**
 * The chain holds: one line with no fork when many threads and two instances of the portal append at once; the
 * application's own connections cannot update, delete or truncate the trail, and a trigger refuses it even to the
 * owner; a row altered, replaced or removed with the owner's privileges is found by the check.
 */
@PortalIntegrationTest
class AuditChainTests {

	@Autowired
	AuditRows rows;

	@Autowired
	AuditTrail trail;

	@Autowired
	WorkflowFixtures fixtures;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	@Autowired
	MockMvc mvc;

	@Test
	void manyThreadsAndTwoInstancesAppendingAtOnceMakeOneUnbrokenChain() throws Exception {
		PortalUser clerk = this.fixtures.user("vanthu");
		long start = this.rows.lastId();
		HikariDataSource hikari = this.dataSource.unwrap(HikariDataSource.class);
		try (ConfigurableApplicationContext second = new SpringApplicationBuilder(BaoCaoApplication.class)
			.properties("spring.datasource.url=" + hikari.getJdbcUrl(),
					"spring.datasource.username=" + hikari.getUsername(),
					"spring.datasource.password=" + (hikari.getPassword() == null ? "" : hikari.getPassword()),
					"server.port=0", "portal.demo=false", "spring.main.banner-mode=off")
			.run()) {
			List<Appender> instances = List.of(new Appender(this.events, this.transactions),
					new Appender(second, new TransactionTemplate(second.getBean(PlatformTransactionManager.class))));
			AtomicInteger committed = new AtomicInteger();
			List<Callable<Void>> tasks = new ArrayList<>();
			for (int thread = 0; thread < 16; thread++) {
				Appender appender = instances.get(thread % 2);
				int t = thread;
				tasks.add(() -> {
					for (int i = 0; i < 12; i++) {
						committed.addAndGet(appender.append(clerk, t, i));
					}
					return null;
				});
			}
			AtOnce.run(tasks.size(), tasks);
			List<AuditEvent> written = this.rows.after(start);
			assertThat(written).hasSize(committed.get());
			assertThat(written).extracting(AuditEvent::id)
				.containsExactlyElementsOf(java.util.stream.LongStream.rangeClosed(start + 1, start + written.size())
					.boxed()
					.toList());
			Set<String> previous = new HashSet<>();
			assertThat(written).allSatisfy((event) -> assertThat(previous.add(event.prevHash())).isTrue());
			assertThat(written).noneSatisfy((event) -> assertThat(event.detail()).startsWith("bỏ"));
		}
		ChainVerification verification = this.trail.verify();
		assertThat(verification.intact()).as("%s", verification).isTrue();
		assertThat(verification.lastId()).isEqualTo(this.rows.lastId());
	}

	/** Appends through one instance of the portal: one, two or three records a transaction, every fifth rolled back. */
	record Appender(ApplicationEventPublisher events, TransactionTemplate transactions) {

		int append(PortalUser clerk, int thread, int i) {
			int records = 1 + (i % 3);
			boolean rollBack = i % 5 == 4;
			this.transactions.executeWithoutResult((status) -> {
				for (int r = 0; r < records; r++) {
					this.events.publishEvent(AuditRecord.of(clerk, "checklist.mark", clerk.unitId(), null, null,
							(rollBack ? "bỏ " : "") + thread + "/" + i + "/" + r));
				}
				if (rollBack) {
					status.setRollbackOnly();
				}
			});
			return rollBack ? 0 : records;
		}

	}

	@Test
	void theApplicationsConnectionsMayReadAndInsertButNotUpdateDeleteOrTruncate() throws Exception {
		appendSome(1);
		assertThat(this.jdbc.sql("select current_user").query(String.class).single()).isEqualTo("baocao_app");
		for (String sql : List.of("update audit_event set detail = 'đã sửa'", "delete from audit_event",
				"truncate audit_event")) {
			assertThatThrownBy(() -> this.jdbc.sql(sql).update()).as(sql)
				.rootCause()
				.isInstanceOf(SQLException.class)
				.hasMessageContaining("permission denied for table audit_event")
				.satisfies((ex) -> assertThat(((SQLException) ex).getSQLState()).isEqualTo("42501"));
		}
		try (Connection connection = this.dataSource.getConnection(); Statement statement = connection.createStatement()) {
			assertThatThrownBy(() -> statement.executeUpdate("delete from audit_event where id = 1"))
				.hasMessageContaining("permission denied");
		}
		// the application's role has the usual rights on the other tables
		assertThat(this.jdbc.sql("update unit set version = version where false").update()).isZero();
		assertThat(this.trail.verify().intact()).isTrue();
	}

	@Test
	void theTriggerRefusesToChangeTheTrailEvenToItsOwner() throws Exception {
		appendSome(1);
		try (Connection owner = this.rows.privileged(); Statement statement = owner.createStatement()) {
			for (String sql : List.of("update audit_event set detail = 'đã sửa'", "delete from audit_event",
					"truncate audit_event")) {
				assertThatThrownBy(() -> statement.executeUpdate(sql)).as(sql)
					.hasMessageContaining("audit_event is append-only");
			}
		}
		assertThat(this.trail.verify().intact()).isTrue();
	}

	@Test
	void aRowAlteredWithTheOwnersPrivilegesIsFound() throws Exception {
		appendSome(3);
		AuditEvent victim = this.rows.after(this.rows.lastId() - 2).get(0);
		try (Connection owner = this.rows.privileged()) {
			withoutTrigger(owner, "update audit_event set detail = 'Không có gì' where id = " + victim.id());
			ChainVerification verification = this.trail.verify();
			assertThat(verification.intact()).isFalse();
			assertThat(verification.problem()).isEqualTo(ChainVerification.Problem.ALTERED);
			assertThat(verification.brokenId()).isEqualTo(victim.id());
			assertThat(verification.brokenAt()).isEqualTo(victim.occurredAt());
			Document page = page(this.mvc, get("/admin/audit/verify").with(user(this.fixtures.user("quantri"))));
			assertThat(page.select("#audit-verification").text()).startsWith(
					"Chuỗi nhật ký bị phá vỡ tại bản ghi #" + victim.id() + " (")
				.contains("Nội dung bản ghi này đã bị sửa");
			assertThat(page.select("#audit-verification.alert-danger")).hasSize(1);
			// put it back as it was
			try (PreparedStatement restore = owner.prepareStatement("update audit_event set detail = ? where id = ?")) {
				restore.setString(1, victim.detail());
				restore.setLong(2, victim.id());
				withoutTrigger(owner, restore);
			}
		}
		assertThat(this.trail.verify().intact()).isTrue();
	}

	@Test
	void aRowReplacedWithAHashComputedAnewIsFoundByTheNextOne() throws Exception {
		appendSome(3);
		AuditEvent victim = this.rows.after(this.rows.lastId() - 2).get(0);
		AuditEvent forged = new AuditEvent(victim.id(), victim.occurredAt(), victim.actorAccountId(),
				victim.actorName(), victim.action(), victim.unitId(), victim.reportId(), victim.sectionId(),
				"Không có gì", victim.prevHash(), null);
		String forgedHash = AuditChain.hash(forged);
		try (Connection owner = this.rows.privileged()) {
			setDetailAndHash(owner, victim.id(), forged.detail(), forgedHash);
			ChainVerification verification = this.trail.verify();
			assertThat(verification.problem()).isEqualTo(ChainVerification.Problem.PREVIOUS_REPLACED);
			assertThat(verification.brokenId()).isEqualTo(victim.id() + 1);
			setDetailAndHash(owner, victim.id(), victim.detail(), victim.hash());
		}
		assertThat(this.trail.verify().intact()).isTrue();
	}

	@Test
	void aRemovedRowIsFoundAsAGap() throws Exception {
		appendSome(3);
		AuditEvent victim = this.rows.after(this.rows.lastId() - 2).get(0);
		try (Connection owner = this.rows.privileged()) {
			withoutTrigger(owner, "delete from audit_event where id = " + victim.id());
			ChainVerification verification = this.trail.verify();
			assertThat(verification.problem()).isEqualTo(ChainVerification.Problem.REMOVED);
			assertThat(verification.brokenId()).isEqualTo(victim.id() + 1);
			assertThat(verification.missingFrom()).isEqualTo(victim.id());
			assertThat(verification.missingTo()).isEqualTo(victim.id());
			Document page = page(this.mvc, get("/admin/audit/verify").with(user(this.fixtures.user("quantri"))));
			assertThat(page.select("#audit-verification").text())
				.contains("bản ghi #" + (victim.id() + 1))
				.contains("thiếu từ bản ghi #" + victim.id() + " đến #" + victim.id());
			// put it back (inserting is allowed)
			try (PreparedStatement restore = owner.prepareStatement(
					"insert into audit_event values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
				restore.setLong(1, victim.id());
				restore.setObject(2, victim.occurredAt().atOffset(ZoneOffset.UTC));
				restore.setObject(3, victim.actorAccountId());
				restore.setString(4, victim.actorName());
				restore.setString(5, victim.action());
				restore.setObject(6, victim.unitId());
				restore.setObject(7, victim.reportId());
				restore.setObject(8, victim.sectionId());
				restore.setString(9, victim.detail());
				restore.setString(10, victim.prevHash());
				restore.setString(11, victim.hash());
				restore.executeUpdate();
			}
		}
		assertThat(this.trail.verify().intact()).isTrue();
	}

	@Test
	void theFirstRowStartsTheChain() {
		appendSome(1);
		AuditEvent first = this.rows.after(0).get(0);
		assertThat(first.id()).isEqualTo(1);
		assertThat(first.prevHash()).isEqualTo(AuditChain.GENESIS);
		assertThat(first.hash()).isEqualTo(AuditChain.hash(first)).matches("[0-9a-f]{64}");
	}

	private void appendSome(int count) {
		PortalUser clerk = this.fixtures.user("vanthu");
		for (int i = 0; i < count; i++) {
			this.transactions.executeWithoutResult((status) -> this.events
				.publishEvent(AuditRecord.of(clerk, "checklist.mark", clerk.unitId(), null, null, "mẫu")));
		}
	}

	private static void setDetailAndHash(Connection owner, long id, String detail, String hash) throws SQLException {
		try (PreparedStatement update = owner
			.prepareStatement("update audit_event set detail = ?, hash = ? where id = ?")) {
			update.setString(1, detail);
			update.setString(2, hash);
			update.setLong(3, id);
			withoutTrigger(owner, update);
		}
	}

	/** Runs the change with the append-only trigger switched off, as only the table's owner can. */
	private static void withoutTrigger(Connection owner, String sql) throws SQLException {
		try (PreparedStatement statement = owner.prepareStatement(sql)) {
			withoutTrigger(owner, statement);
		}
	}

	private static void withoutTrigger(Connection owner, PreparedStatement change) throws SQLException {
		owner.setAutoCommit(false);
		try (Statement statement = owner.createStatement()) {
			statement.execute("alter table audit_event disable trigger audit_event_no_change");
			change.executeUpdate();
			statement.execute("alter table audit_event enable always trigger audit_event_no_change");
			owner.commit();
		}
		catch (SQLException ex) {
			owner.rollback();
			throw ex;
		}
		finally {
			owner.setAutoCommit(true);
		}
	}

}
