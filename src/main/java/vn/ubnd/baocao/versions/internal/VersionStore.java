package vn.ubnd.baocao.versions.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The table {@code report_version}: rows are added and read, never changed or removed (there is no method for it,
 * and a trigger refuses it whatever writes to the database). The database computes each row's SHA-256 from the
 * canonical text of the stored JSON, and tells on reading whether the content still matches it.
 */
@Repository
public class VersionStore {

	private static final String COLUMNS = """
			number, submitted_at, submitted_by_name, content_sha256,
			content_sha256 = encode(sha256(convert_to(content::text, 'UTF8')), 'hex') as intact""";

	private final JdbcClient jdbc;

	VersionStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A stored version without its content.
	 * @param number 1, 2, … per report
	 * @param submittedAt when
	 * @param submittedBy the submitter's user name
	 * @param sha256 the SHA-256 of the content, in hex
	 * @param intact whether the content still has that hash
	 */
	public record Row(int number, Instant submittedAt, String submittedBy, String sha256, boolean intact) {
	}

	/**
	 * Adds the next version of the report, in the submitting transaction; the report's row stays locked until it
	 * ends, so two submissions of one report cannot take the same number.
	 * @return the version's number
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public int append(long reportId, Instant submittedAt, long accountId, String userName, String json) {
		this.jdbc.sql("select id from report where id = :report for update")
			.param("report", reportId)
			.query(Long.class)
			.single();
		return this.jdbc.sql("""
				insert into report_version (report_id, number, submitted_at, submitted_by, submitted_by_name, content,
				    content_sha256)
				select :report, coalesce(max(number), 0) + 1, :at, :by, :name, cast(:content as jsonb),
				    encode(sha256(convert_to(cast(:content as jsonb)::text, 'UTF8')), 'hex')
				from report_version where report_id = :report
				returning number""")
			.param("report", reportId)
			.param("at", Timestamp.from(submittedAt))
			.param("by", accountId)
			.param("name", userName)
			.param("content", json)
			.query(Integer.class)
			.single();
	}

	/** The report's versions, oldest first. */
	public List<Row> rows(long reportId) {
		return this.jdbc.sql("select " + COLUMNS + " from report_version where report_id = :report order by number")
			.param("report", reportId)
			.query(VersionStore::row)
			.list();
	}

	/** One version with its content (JSON). */
	public Optional<Stored> find(long reportId, int number) {
		return this.jdbc.sql("select " + COLUMNS + ", content::text from report_version "
				+ "where report_id = :report and number = :number")
			.param("report", reportId)
			.param("number", number)
			.query((rs, n) -> new Stored(row(rs, n), rs.getString(6)))
			.optional();
	}

	/**
	 * A version and its content.
	 * @param row the version
	 * @param json its content
	 */
	public record Stored(Row row, String json) {
	}

	private static Row row(ResultSet rs, int n) throws SQLException {
		return new Row(rs.getInt(1), rs.getTimestamp(2).toInstant(), rs.getString(3), rs.getString(4),
				rs.getBoolean(5));
	}

}
