/**
 * The shared kernel of the portal: the signed-in user ({@link vn.ubnd.baocao.system.PortalUser}) and the roles,
 * the exceptions that map to the Vietnamese error pages, text normalisation (NFC) for everything that comes in,
 * and the infrastructure every module relies on (the embedded PostgreSQL when no server is configured).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Hệ thống", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package vn.ubnd.baocao.system;
