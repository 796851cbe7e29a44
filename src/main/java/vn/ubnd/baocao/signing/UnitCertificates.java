package vn.ubnd.baocao.signing;

import java.time.Instant;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ubnd.baocao.signing.internal.SigningKey;
import vn.ubnd.baocao.signing.internal.UnitKeys;
import vn.ubnd.baocao.system.AuditRecord;
import vn.ubnd.baocao.system.NotFoundException;
import vn.ubnd.baocao.system.PortalUser;
import vn.ubnd.baocao.unit.Unit;
import vn.ubnd.baocao.unit.UnitService;

/**
 * What an administrator sees of a unit's signing certificate, and, in demo mode, the demo certificate made on
 * request for a unit created after the demo was seeded (so that every unit of a demo can issue). Outside demo mode
 * a certificate comes only from the unit's PKCS#12 keystore in the configuration.
 */
@Service
public class UnitCertificates {

	/** Where a unit's certificate comes from. */
	public enum Source {

		/** A PKCS#12 keystore configured for the unit. */
		KEYSTORE,
		/** A self-signed certificate the portal made in demo mode. */
		DEMO,
		/** None: the unit cannot sign. */
		NONE

	}

	/**
	 * The unit's certificate as shown to an administrator.
	 * @param unit the unit
	 * @param subject the certificate's subject name, {@code null} when there is none
	 */
	public record Status(Unit unit, Source source, String subject, String issuer, Instant notBefore, Instant notAfter,
			String fingerprint, boolean validNow) {
	}

	private final UnitKeys keys;

	private final DemoSigningKeys demoKeys;

	private final UnitService units;

	private final ApplicationEventPublisher events;

	private final boolean demo;

	UnitCertificates(UnitKeys keys, DemoSigningKeys demoKeys, UnitService units, ApplicationEventPublisher events,
			Environment environment) {
		this.keys = keys;
		this.demoKeys = demoKeys;
		this.units = units;
		this.events = events;
		this.demo = environment.acceptsProfiles(Profiles.of("demo"));
	}

	/** Whether the portal runs in demo mode, where an administrator may make a demo certificate. */
	public boolean demoMode() {
		return this.demo;
	}

	/** The unit's certificate; not found if the administrator may not see the unit. */
	@Transactional(readOnly = true)
	public Status status(PortalUser admin, long unitId) {
		Unit unit = this.units.visibleTo(admin, unitId);
		Optional<SigningKey> key = this.keys.forUnit(unitId);
		if (key.isEmpty()) {
			return new Status(unit, Source.NONE, null, null, null, null, null, false);
		}
		SigningKey k = key.get();
		return new Status(unit, k.demo() ? Source.DEMO : Source.KEYSTORE, k.certificate().getSubjectX500Principal().getName(),
				k.certificate().getIssuerX500Principal().getName(), k.certificate().getNotBefore().toInstant(),
				k.certificate().getNotAfter().toInstant(), k.fingerprint(), k.validAt(Instant.now()));
	}

	/**
	 * Demo mode only: makes the unit's demo certificate unless it has a certificate already, and records it in the
	 * audit trail. Not found outside demo mode or for a unit the administrator may not see.
	 * @return whether a certificate was made
	 */
	@Transactional
	public boolean makeDemoCertificate(PortalUser admin, long unitId) {
		if (!this.demo) {
			throw new NotFoundException("demo certificates exist in demo mode only");
		}
		this.units.visibleTo(admin, unitId);
		if (this.keys.forUnit(unitId).isPresent()) {
			return false;
		}
		String fingerprint = this.demoKeys.provide(unitId);
		this.events.publishEvent(AuditRecord.of(admin, "signing.demo-certificate", unitId, null, null,
				"SHA-256 " + fingerprint));
		return true;
	}

}
