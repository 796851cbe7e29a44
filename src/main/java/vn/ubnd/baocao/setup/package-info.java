/**
 * First start on a database server: when there are no units yet and an administrator password is configured
 * ({@code PORTAL_SETUP_ADMIN_PASSWORD}), creates the top unit and its first administrator, who then sets up the
 * rest in the administration pages.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Khởi tạo")
package vn.ubnd.baocao.setup;
