package vn.ubnd.baocao.audit;

import java.time.Instant;

/**
 * What checking the whole chain found: either it is intact, or the first row where it breaks and why.
 * @param rows how many rows were read (up to and including the broken one)
 * @param problem {@code null} when intact
 * @param brokenId the first broken row's id
 * @param brokenAt that row's time
 * @param missingFrom with {@link Problem#REMOVED}: the first missing id
 * @param missingTo with {@link Problem#REMOVED}: the last missing id
 * @param lastId the last row's id when intact (to be noted elsewhere: rows removed from the end leave no gap)
 * @param lastHash the last row's hash when intact
 */
public record ChainVerification(long rows, Problem problem, Long brokenId, Instant brokenAt, Long missingFrom,
		Long missingTo, Long lastId, String lastHash) {

	/** How the chain breaks. */
	public enum Problem {

		/** The row's fields no longer give its hash: it was altered. */
		ALTERED,

		/** Ids are missing before the row: rows were removed. */
		REMOVED,

		/**
		 * The row does not name the previous row's hash: the previous row was removed or replaced (with a hash
		 * computed anew).
		 */
		PREVIOUS_REPLACED;

		public String messageKey() {
			return "audit.verify." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
		}

	}

	public boolean intact() {
		return this.problem == null;
	}

}
