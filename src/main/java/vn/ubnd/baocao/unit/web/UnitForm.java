package vn.ubnd.baocao.unit.web;

import java.util.Arrays;
import java.util.stream.Collectors;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import vn.ubnd.baocao.unit.Unit;
import vn.ubnd.baocao.unit.UnitData;
import vn.ubnd.baocao.unit.UnitLevel;

/**
 * The unit form, for creating and editing; entities are never bound from a request.
 */
class UnitForm {

	@NotNull(message = "{unit.level.required}")
	private UnitLevel level;

	private Long parentId;

	@NotBlank(message = "{unit.name.required}")
	@Size(max = 200, message = "{validation.too-long}")
	private String name;

	@NotBlank(message = "{unit.printedName.required}")
	@Size(max = 400, message = "{validation.too-long}")
	private String printedName;

	@NotBlank(message = "{unit.placeName.required}")
	@Size(max = 100, message = "{validation.too-long}")
	private String placeName;

	@NotBlank(message = "{unit.symbol.required}")
	@Pattern(regexp = "[A-ZĐ0-9]+(-[A-ZĐ0-9]+)*", message = "{unit.symbol.pattern}")
	@Size(max = 20, message = "{validation.too-long}")
	private String symbol;

	@NotBlank(message = "{unit.councilName.required}")
	@Size(max = 200, message = "{validation.too-long}")
	private String councilName;

	private long version;

	static UnitForm of(Unit unit) {
		UnitForm form = new UnitForm();
		form.level = unit.getLevel();
		form.parentId = unit.getParentId();
		form.name = unit.getName();
		form.printedName = unit.getPrintedName();
		form.placeName = unit.getPlaceName();
		form.symbol = unit.getSymbol();
		form.councilName = unit.getCouncilName();
		form.version = unit.getVersion();
		return form;
	}

	UnitData toData() {
		String lines = Arrays.stream(this.printedName.split("\n"))
			.map(String::strip)
			.filter((line) -> !line.isEmpty())
			.collect(Collectors.joining("\n"));
		return new UnitData(this.level, this.parentId, this.name, lines, this.placeName, this.symbol,
				this.councilName);
	}

	public UnitLevel getLevel() {
		return this.level;
	}

	public void setLevel(UnitLevel level) {
		this.level = level;
	}

	public Long getParentId() {
		return this.parentId;
	}

	public void setParentId(Long parentId) {
		this.parentId = parentId;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getPrintedName() {
		return this.printedName;
	}

	public void setPrintedName(String printedName) {
		this.printedName = printedName;
	}

	public String getPlaceName() {
		return this.placeName;
	}

	public void setPlaceName(String placeName) {
		this.placeName = placeName;
	}

	public String getSymbol() {
		return this.symbol;
	}

	public void setSymbol(String symbol) {
		this.symbol = symbol;
	}

	public String getCouncilName() {
		return this.councilName;
	}

	public void setCouncilName(String councilName) {
		this.councilName = councilName;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
