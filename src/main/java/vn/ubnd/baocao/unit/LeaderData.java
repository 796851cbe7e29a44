package vn.ubnd.baocao.unit;

/**
 * What an administrator enters for a leader.
 */
public record LeaderData(String fullName, LeaderPosition position, String title, int sortOrder) {
}
