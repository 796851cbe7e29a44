package vn.ubnd.baocao.review;

import java.time.Instant;

import vn.ubnd.baocao.system.Role;

/**
 * A comment of a thread: the opening remark or a reply.
 * @param id the comment
 * @param authorAccountId who wrote it
 * @param authorName their full name at the time
 * @param authorRole their role at the time
 * @param text what they wrote (plain text, never markup)
 * @param writtenAt when
 */
public record Comment(long id, long authorAccountId, String authorName, Role authorRole, String text,
		Instant writtenAt) {
}
