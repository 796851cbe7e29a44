package vn.ubnd.baocao.report;

/**
 * The prefix of the signature block (Nghị định 30/2020, Điều 13).
 */
public enum SignatureForm {

	/** Thay mặt: on behalf of a collective ("TM. ỦY BAN NHÂN DÂN"). */
	TM,
	/** Ký thay: a deputy signing for the head. */
	KT,
	/** Quyền: an acting head. */
	Q,
	/** Thừa lệnh: by order. */
	TL

}
