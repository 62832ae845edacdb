package cn.dangjian.application.education;

import cn.dangjian.domain.education.BoardKind;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** 党员论坛 as readers see it: the boards they may open, a board's threads, a thread's posts. */
public final class ForumViews {
  private ForumViews() {}

  /** A board: the organization that keeps it and for whom. */
  public record BoardRef(Long organizationId, String organization, BoardKind kind)
      implements Serializable {}

  public record Board(BoardRef board, boolean moderator, List<ThreadRow> threads)
      implements Serializable {}

  public record ThreadRow(Long id, String title, String author, Instant lastPostAt)
      implements Serializable {}

  /**
   * A thread with the posts this reader sees; a hidden post carries its reason for its author and
   * the moderators, the only ones who see it.
   */
  public record Thread(Long id, BoardRef board, String title, boolean moderator, List<Post> posts)
      implements Serializable {}

  public record Post(
      Long id,
      String author,
      Instant postedAt,
      String text,
      String hiddenReason,
      boolean mine,
      List<Material> attachments)
      implements Serializable {}
}
