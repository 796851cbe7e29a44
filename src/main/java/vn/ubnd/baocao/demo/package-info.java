/**
 * Demo mode: on an empty database, a fictional province with two districts and a commune, their leaders and one
 * account per role, so that a newcomer can sign in and look around. Active with the {@code demo} profile, which is
 * on by default for the embedded database and off when a server is configured.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Dữ liệu mẫu")
package vn.ubnd.baocao.demo;
