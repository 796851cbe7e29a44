package vn.ubnd.baocao.unit;

/**
 * The position of a unit's leader, which decides the signature form: the chair signs {@code TM. ỦY BAN NHÂN DÂN /
 * CHỦ TỊCH}, a deputy {@code KT. CHỦ TỊCH / PHÓ CHỦ TỊCH}.
 */
public enum LeaderPosition {

	CHAIR, DEPUTY_CHAIR;

	public String messageKey() {
		return "leader.position." + name();
	}

}
