/**
 * The council's review of a submitted report: the standing committee (Thường trực HĐND) comments on a section,
 * optionally quoting the words it is about; each comment opens a thread that the report's clerk answers and the
 * reviewer resolves (or reopens).
 * <p>
 * Who may do what, checked on the server: a council reviewer who may read the report opens a thread while it is
 * submitted; the clerk of the report's unit and the reviewer reply while the thread is open and the report has not
 * been accepted; the reviewer resolves and reopens; everyone who may read the report reads its threads.
 * <p>
 * API: {@link vn.ubnd.baocao.review.ReviewComments} and its read model
 * ({@link vn.ubnd.baocao.review.CommentThread}, {@link vn.ubnd.baocao.review.Comment},
 * {@link vn.ubnd.baocao.review.SectionThreads}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Ý kiến thẩm tra")
package vn.ubnd.baocao.review;
