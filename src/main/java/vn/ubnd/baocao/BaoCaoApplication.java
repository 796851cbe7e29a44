package vn.ubnd.baocao;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The report portal of a People's Committee (UBND): clerks write periodic reports, the People's Council's
 * standing committee reviews them, the chairperson signs, and the portal issues them in the official format.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class BaoCaoApplication {

	public static void main(String[] args) {
		SpringApplication.run(BaoCaoApplication.class, args);
	}

}
