/**
 * The shared kernel of the portal: the signed-in user ({@link vn.ubnd.baocao.system.PortalUser}) and the roles,
 * the exceptions that map to the Vietnamese error pages, text normalisation (NFC) for everything that comes in,
 * and the infrastructure every module relies on (the embedded PostgreSQL when no server is configured; the restricted
 * database role the portal's connections switch to). Any module records what a user did by publishing an
 * {@link vn.ubnd.baocao.system.AuditRecord}, described with {@link vn.ubnd.baocao.system.ChangeSummary}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Hệ thống", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package vn.ubnd.baocao.system;
