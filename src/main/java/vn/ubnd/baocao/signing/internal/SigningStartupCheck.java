package vn.ubnd.baocao.signing.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.ubnd.baocao.system.NotFoundException;
import vn.ubnd.baocao.unit.Unit;
import vn.ubnd.baocao.unit.UnitService;

/**
 * Says at start-up, after the demo data, which units can sign and with what: each configured keystore's unit,
 * certificate and validity (an error when it has expired or is not valid yet, a warning 30 days before it expires,
 * a warning for a unit id that does not exist), and the demo certificates.
 */
@Component
@Order(100)
class SigningStartupCheck implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(SigningStartupCheck.class);

	static final Duration EXPIRY_WARNING = Duration.ofDays(30);

	private final UnitKeys keys;

	private final DemoKeys demo;

	private final UnitService units;

	private final Clock clock;

	SigningStartupCheck(UnitKeys keys, DemoKeys demo, UnitService units, ObjectProvider<Clock> clock) {
		this.keys = keys;
		this.demo = demo;
		this.units = units;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	@Override
	public void run(ApplicationArguments args) {
		Instant now = this.clock.instant();
		this.keys.configured().values().forEach((key) -> report(key, now));
		List<Long> demoUnits = this.demo.units();
		demoUnits.stream()
			.filter((unitId) -> !this.keys.configured().containsKey(unitId))
			.forEach((unitId) -> this.demo.find(unitId).ifPresent((key) -> report(key, now)));
		if (this.keys.configured().isEmpty() && demoUnits.isEmpty()) {
			log.warn("Signing: no unit has a keystore (portal.signing.units.<unit-id>.keystore and .password); "
					+ "no report can be issued until one is configured");
		}
	}

	private void report(SigningKey key, Instant now) {
		String unit;
		try {
			Unit found = this.units.get(key.unitId());
			unit = found.getName() + " (id " + found.getId() + ")";
		}
		catch (NotFoundException ex) {
			log.warn("Signing: portal.signing.units.{} names no unit of this portal; its keystore is never used",
					key.unitId());
			return;
		}
		var certificate = key.certificate();
		Instant notAfter = certificate.getNotAfter().toInstant();
		if (!key.validAt(now)) {
			log.error("Signing: the certificate of {} ({}) is valid from {} to {}, not now: the unit cannot issue "
					+ "until it has a valid one", unit, key.source(), certificate.getNotBefore().toInstant(), notAfter);
		}
		else if (notAfter.isBefore(now.plus(EXPIRY_WARNING))) {
			log.warn("Signing: the certificate of {} ({}) expires on {}", unit, key.source(), notAfter);
		}
		else {
			log.info("Signing: {} signs with '{}' (serial {}, SHA-256 {}), valid until {}, from {}", unit,
					certificate.getSubjectX500Principal().getName(), certificate.getSerialNumber().toString(16),
					key.fingerprint(), notAfter, key.source());
		}
	}

}
