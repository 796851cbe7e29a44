package vn.ubnd.baocao.signing;

import java.time.Clock;
import java.time.Instant;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import vn.ubnd.baocao.signing.internal.DemoKeys;
import vn.ubnd.baocao.signing.internal.UnitNames;
import vn.ubnd.baocao.unit.Unit;
import vn.ubnd.baocao.unit.UnitService;

/**
 * Demo mode only: gives a demo unit a self-signed certificate (EC P-256, five years, naming the unit) and demo
 * images, so that the demo can issue and show a signed document. Made once, in the seeding transaction, and kept in
 * the database: every restart signs with the same certificate.
 */
@Service
public class DemoSigningKeys {

	private final DemoKeys keys;

	private final UnitService units;

	private final Environment environment;

	private final Clock clock;

	DemoSigningKeys(DemoKeys keys, UnitService units, Environment environment, ObjectProvider<Clock> clock) {
		this.keys = keys;
		this.units = units;
		this.environment = environment;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	/**
	 * Makes the unit's demo certificate unless it has one.
	 * @return the certificate's SHA-256 fingerprint, hex
	 * @throws IllegalStateException outside demo mode
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public String provide(long unitId) {
		if (!this.environment.acceptsProfiles(Profiles.of("demo"))) {
			throw new IllegalStateException("demo certificates are made in demo mode only");
		}
		Unit unit = this.units.get(unitId);
		Unit top = unit;
		while (top.getParentId() != null) {
			top = this.units.get(top.getParentId());
		}
		String province = (top == unit) ? null : top.getName();
		Instant now = this.clock.instant();
		return this.keys.create(unitId, UnitNames.agency(unit), province, now).fingerprint();
	}

}
