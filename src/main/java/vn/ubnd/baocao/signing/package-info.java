/**
 * The signed document: when a report is issued, its PDF/A is signed with the unit's certificate as a PAdES
 * baseline B-B signature ({@code ETSI.CAdES.detached}, SHA-256, ESS signing-certificate-v2, the chain included, the
 * time in the signature dictionary) with a visible appearance in the signature block (Nghị định 30/2020, Phụ lục I
 * §II.7–8: the signer's image, the seal over its left third, and the signer, the unit and the time in ISO 8601),
 * and stored with its SHA-256 in the issuing transaction, never to change again. The verification page tells
 * whether an uploaded PDF is one of them, signed by one of the portal's certificates and intact, or altered.
 * <p>
 * Keys: a PKCS#12 keystore per unit ({@code portal.signing.units.<unit-id>.*}), checked at start-up; in demo mode a
 * self-signed certificate for each demo unit, made once and kept in the database. A unit without either cannot
 * issue ({@link vn.ubnd.baocao.signing.SigningUnavailableException}); the issuing transaction then rolls back and
 * the register number is given back.
 * <p>
 * API: {@link vn.ubnd.baocao.signing.IssuedDocuments} (sign and store, read; it serves
 * {@link vn.ubnd.baocao.report.IssuedPdfSource}), {@link vn.ubnd.baocao.signing.DocumentVerification},
 * {@link vn.ubnd.baocao.signing.DemoSigningKeys}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Ký số và văn bản đã ban hành")
package vn.ubnd.baocao.signing;
