package vn.ubnd.baocao.workflow;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The outgoing register (sổ văn bản đi) of each unit: numbers per year and document type, from 01, never repeated,
 * never skipped. The number is taken inside the issuing transaction: the counter row stays locked until that
 * transaction commits (then the next issuer sees the new number) or rolls back (then the number was never used).
 */
@Service
public class Register {

	private final JdbcClient jdbc;

	Register(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The document type of a symbol: {@code BC} of {@code BC-UBND}. */
	static String typeCode(String symbol) {
		int dash = symbol.indexOf('-');
		return (dash > 0) ? symbol.substring(0, dash) : symbol;
	}

	/** Takes the next number of the unit's register for the year and type; must run in the issuing transaction. */
	@Transactional(propagation = Propagation.MANDATORY)
	int next(long unitId, int year, String typeCode) {
		return this.jdbc.sql("""
				insert into register_counter (unit_id, year, type_code, last_number) values (:unit, :year, :type, 1)
				on conflict (unit_id, year, type_code)
				do update set last_number = register_counter.last_number + 1
				returning last_number""")
			.param("unit", unitId)
			.param("year", year)
			.param("type", typeCode)
			.query(Integer.class)
			.single();
	}

	@Transactional(propagation = Propagation.MANDATORY)
	void enter(Entry entry, long issuedBy) {
		this.jdbc.sql("""
				insert into register_entry (unit_id, year, type_code, number, report_id, issue_date, signer_name,
				    signer_title, issued_by)
				values (:unit, :year, :type, :number, :report, :date, :signer, :title, :by)""")
			.param("unit", entry.unitId())
			.param("year", entry.year())
			.param("type", entry.typeCode())
			.param("number", entry.number())
			.param("report", entry.reportId())
			.param("date", entry.issueDate())
			.param("signer", entry.signerName())
			.param("title", entry.signerTitle())
			.param("by", issuedBy)
			.update();
	}

	/** The register of the unit for a year, in number order within each type. */
	@Transactional(readOnly = true)
	public List<Entry> entries(long unitId, int year) {
		return this.jdbc.sql("""
				select unit_id, year, type_code, number, report_id, issue_date, signer_name, signer_title
				from register_entry where unit_id = :unit and year = :year order by type_code, number""")
			.param("unit", unitId)
			.param("year", year)
			.query(Entry.class)
			.list();
	}

	/** The years in which the unit issued something, newest first. */
	@Transactional(readOnly = true)
	public List<Integer> years(long unitId) {
		return this.jdbc.sql("select distinct year from register_entry where unit_id = :unit order by year desc")
			.param("unit", unitId)
			.query(Integer.class)
			.list();
	}

	/**
	 * A line of the register.
	 * @param unitId the issuing unit
	 * @param year the year of the register
	 * @param typeCode the document type ({@code BC})
	 * @param number the number in that register
	 * @param reportId the report issued
	 * @param issueDate its issue date
	 * @param signerName who signed
	 * @param signerTitle as what ({@code KT. CHỦ TỊCH / PHÓ CHỦ TỊCH})
	 */
	public record Entry(long unitId, int year, String typeCode, int number, long reportId, LocalDate issueDate,
			String signerName, String signerTitle) {
	}

}
