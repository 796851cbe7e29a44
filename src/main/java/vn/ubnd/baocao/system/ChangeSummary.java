package vn.ubnd.baocao.system;

/**
 * What an edit changed, in a few words for the audit trail ({@link AuditRecord#detail()}): the part between the
 * common beginning and the common end of the old and the new text, each shortened to {@value #MAX} characters.
 */
public final class ChangeSummary {

	public static final int MAX = 120;

	private ChangeSummary() {
	}

	/** {@code null} when nothing changed; otherwise {@code «removed» → «inserted»}. */
	public static String of(String before, String after) {
		String old = (before == null) ? "" : before;
		String now = (after == null) ? "" : after;
		if (old.equals(now)) {
			return null;
		}
		int prefix = 0;
		int limit = Math.min(old.length(), now.length());
		while (prefix < limit && old.charAt(prefix) == now.charAt(prefix)) {
			prefix++;
		}
		int suffix = 0;
		while (suffix < limit - prefix
				&& old.charAt(old.length() - 1 - suffix) == now.charAt(now.length() - 1 - suffix)) {
			suffix++;
		}
		return "«" + shorten(old.substring(prefix, old.length() - suffix)) + "» → «"
				+ shorten(now.substring(prefix, now.length() - suffix)) + "»";
	}

	/** The changes of several named fields, those that changed, separated by "; ". */
	public static String fields(String... namesBeforeAfter) {
		StringBuilder detail = new StringBuilder();
		for (int i = 0; i + 2 < namesBeforeAfter.length; i += 3) {
			String change = of(namesBeforeAfter[i + 1], namesBeforeAfter[i + 2]);
			if (change != null) {
				if (!detail.isEmpty()) {
					detail.append("; ");
				}
				detail.append(namesBeforeAfter[i]).append(": ").append(change);
			}
		}
		return detail.isEmpty() ? null : detail.toString();
	}

	/**
	 * The changes of several named values that are best shown whole (codes, numbers, dates), those that changed,
	 * as {@code name: before → after} separated by "; "; {@code null} when none changed.
	 */
	public static String values(Object... namesBeforeAfter) {
		StringBuilder detail = new StringBuilder();
		for (int i = 0; i + 2 < namesBeforeAfter.length; i += 3) {
			String before = (namesBeforeAfter[i + 1] == null) ? "" : String.valueOf(namesBeforeAfter[i + 1]);
			String after = (namesBeforeAfter[i + 2] == null) ? "" : String.valueOf(namesBeforeAfter[i + 2]);
			if (!before.equals(after)) {
				if (!detail.isEmpty()) {
					detail.append("; ");
				}
				detail.append(namesBeforeAfter[i]).append(": ").append(shorten(before)).append(" → ")
					.append(shorten(after));
			}
		}
		return detail.isEmpty() ? null : detail.toString();
	}

	/** What changed in something named: {@code subject: changes…}, or just the subject when nothing changed. */
	public static String about(String subject, String... changes) {
		StringBuilder detail = new StringBuilder(subject);
		String separator = ": ";
		for (String change : changes) {
			if (change != null) {
				detail.append(separator).append(change);
				separator = "; ";
			}
		}
		return detail.toString();
	}

	private static String shorten(String text) {
		return (text.length() <= MAX) ? text : text.substring(0, MAX - 1) + "…";
	}

}
