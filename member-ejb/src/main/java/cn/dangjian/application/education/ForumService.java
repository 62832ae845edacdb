package cn.dangjian.application.education;

import cn.dangjian.application.document.DocumentFile;
import cn.dangjian.domain.education.BoardKind;
import jakarta.ejb.Local;
import java.util.List;

/**
 * 党员论坛: members discuss on their branch's board, branch secretaries on their company's; the branch
 * secretary (and those above) moderates by hiding a post with a reason. Nobody sees a board of an
 * organization they do not belong to or look after.
 */
@Local
public interface ForumService {
  /** The boards the caller belongs to. */
  List<ForumViews.BoardRef> myBoards();

  ForumViews.Board board(Long organizationId, BoardKind kind);

  ForumViews.Thread open(Long organizationId, BoardKind kind, String title, String text);

  ForumViews.Thread thread(Long id);

  ForumViews.Thread reply(Long threadId, String text);

  /** A reply with a file (a PDF or a picture), filed together or not at all. */
  ForumViews.Thread reply(Long threadId, String text, String fileName, byte[] file);

  /** Files an attachment to one's own post; answers the document's id. */
  Long attach(Long postId, String fileName, byte[] file);

  /** An attachment of a post the caller can read. */
  DocumentFile attachment(Long postId, Long documentId);

  /** Hides a post with the reason (audited); its author still sees it, with the reason. */
  ForumViews.Thread hide(Long postId, String reason);

  /** Shows a hidden post again (audited). */
  ForumViews.Thread show(Long postId);
}
