package vn.ubnd.baocao.indicator.web;

import java.util.EnumSet;
import java.util.Set;

import vn.ubnd.baocao.indicator.Comparison;
import vn.ubnd.baocao.indicator.Indicator;
import vn.ubnd.baocao.indicator.IndicatorCatalogue;

/**
 * An indicator of the catalogue as typed, for adding and editing; the numbers are kept as typed so that a word is
 * refused with a message by {@link IndicatorCatalogue}, not by the binder.
 */
public class IndicatorForm {

	private String code;

	private String name;

	private String unitOfMeasure;

	private String decimals = "0";

	private String ratioDecimals = "2";

	private String sector;

	private Set<Comparison> comparisons = EnumSet.noneOf(Comparison.class);

	private long version;

	static IndicatorForm of(Indicator indicator) {
		IndicatorForm form = new IndicatorForm();
		form.code = indicator.getCode();
		form.name = indicator.getName();
		form.unitOfMeasure = indicator.getUnitOfMeasure();
		form.decimals = String.valueOf(indicator.getDecimals());
		form.ratioDecimals = String.valueOf(indicator.getRatioDecimals());
		form.sector = indicator.getSector();
		form.comparisons = indicator.getComparisons();
		form.version = indicator.getVersion();
		return form;
	}

	IndicatorCatalogue.Input toInput() {
		return new IndicatorCatalogue.Input(this.code, this.name, this.unitOfMeasure, this.decimals,
				this.ratioDecimals, this.sector, this.comparisons);
	}

	public String getCode() {
		return this.code;
	}

	public void setCode(String code) {
		this.code = code;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getUnitOfMeasure() {
		return this.unitOfMeasure;
	}

	public void setUnitOfMeasure(String unitOfMeasure) {
		this.unitOfMeasure = unitOfMeasure;
	}

	public String getDecimals() {
		return this.decimals;
	}

	public void setDecimals(String decimals) {
		this.decimals = decimals;
	}

	public String getRatioDecimals() {
		return this.ratioDecimals;
	}

	public void setRatioDecimals(String ratioDecimals) {
		this.ratioDecimals = ratioDecimals;
	}

	public String getSector() {
		return this.sector;
	}

	public void setSector(String sector) {
		this.sector = sector;
	}

	public Set<Comparison> getComparisons() {
		return this.comparisons;
	}

	public void setComparisons(Set<Comparison> comparisons) {
		this.comparisons = (comparisons == null) ? EnumSet.noneOf(Comparison.class) : comparisons;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
