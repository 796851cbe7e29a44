package vn.ubnd.baocao;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Every direct sub-package is a module; modules reach each other only through their API, without cycles.
 */
class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(BaoCaoApplication.class);

	@Test
	void modulesRespectTheirBoundaries() {
		this.modules.verify();
	}

	@Test
	void writesModuleDocumentation() {
		new Documenter(this.modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
	}

}
