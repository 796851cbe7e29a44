package vn.ubnd.baocao.versions.internal;

import java.math.BigDecimal;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import vn.ubnd.baocao.report.Report;
import vn.ubnd.baocao.report.ReportFigures;
import vn.ubnd.baocao.report.ReportSection;
import vn.ubnd.baocao.report.SectionNumbering;
import vn.ubnd.baocao.report.SignatureLines;
import vn.ubnd.baocao.versions.Snapshot;

/**
 * Takes a report's snapshot (its header, numbered sections, closing, and its indicator figures from whoever provides
 * them, as the official document takes them) and writes and reads it as JSON. The JSON has the snapshot's field
 * names in their declared order; an unknown field (from a later format) is ignored when reading.
 */
@Component
public class Snapshots {

	private final ObjectProvider<ReportFigures.Source> figures;

	private final JsonMapper json = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	Snapshots(ObjectProvider<ReportFigures.Source> figures) {
		this.figures = figures;
	}

	/** The report as it stands, in the caller's transaction. */
	public Snapshot of(Report report) {
		Snapshot.Header header = new Snapshot.Header(report.getDocumentType(), report.getSummary(),
				report.getAddresseeList(), report.getOpening(), report.getPlaceName(), report.getDataFrom(),
				report.getDataTo(), report.getDeadline());
		List<Snapshot.Section> sections = report.numberedSections().stream().map(Snapshots::section).toList();
		Snapshot.Closing closing = new Snapshot.Closing(report.getRecipientList(),
				SignatureLines.lines(report.getSignatureForm(), report.getSignatureAuthority(),
						report.getSignatureTitle()),
				report.getSignerName());
		List<Snapshot.Indicator> indicators = this.figures.orderedStream()
			.findFirst()
			.map((source) -> source.indicators(report))
			.orElse(List.of())
			.stream()
			.map(Snapshots::indicator)
			.toList();
		return new Snapshot(Snapshot.FORMAT, header, sections, closing, indicators);
	}

	private static Snapshot.Section section(SectionNumbering.NumberedSection numbered) {
		ReportSection section = numbered.section();
		return new Snapshot.Section(section.getId(), section.getParentId(), section.getPosition(), numbered.depth(),
				numbered.label(), section.getTitle(), section.getBody());
	}

	private static Snapshot.Indicator indicator(ReportFigures.Indicator indicator) {
		return new Snapshot.Indicator(indicator.code(), indicator.name(), indicator.unitOfMeasure(),
				indicator.estimated(), figure(indicator.actual()), figure(indicator.targetCouncil()),
				figure(indicator.targetProvince()), figure(indicator.plan()), figure(indicator.samePeriod()),
				figure(indicator.percentOfCouncil()), figure(indicator.percentOfProvince()),
				figure(indicator.percentOfPlan()), figure(indicator.percentOfSamePeriod()));
	}

	private static Snapshot.Figure figure(ReportFigures.Figure figure) {
		if (figure == null || figure.value() == null) {
			return null;
		}
		BigDecimal value = figure.value();
		return new Snapshot.Figure(value.toPlainString(), figure.printed());
	}

	public String toJson(Snapshot snapshot) {
		return this.json.writeValueAsString(snapshot);
	}

	public Snapshot fromJson(String text) {
		return this.json.readValue(text, Snapshot.class);
	}

}
