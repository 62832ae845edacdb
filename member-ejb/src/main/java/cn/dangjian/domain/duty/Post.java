package cn.dangjian.domain.duty;

import cn.dangjian.domain.member.PositionRole;
import java.io.Serializable;

/**
 * A post that carries duties and rights: every member's membership, a party post by its role, or a
 * work post by its name (matched as written, without surrounding spaces).
 */
public record Post(PostKind kind, PositionRole role, String workPost) implements Serializable {
  public static final int MAX_WORK_POST = 60;
  public static final int KEY_LENGTH = 80;

  public Post {
    if (kind == null
        || (kind == PostKind.PARTY_POST) != (role != null)
        || (kind == PostKind.WORK_POST) != (workPost != null && !workPost.isBlank())) {
      throw new IllegalArgumentException("not a post: " + kind + " " + role + " " + workPost);
    }
    workPost = workPost == null ? null : workPost.strip();
  }

  /** The post as one value, unique per owner: the kind, then the role or the work post. */
  public String key() {
    return switch (kind) {
      case MEMBER -> kind.name();
      case PARTY_POST -> kind.name() + ":" + role.name();
      case WORK_POST -> kind.name() + ":" + workPost;
    };
  }

  public static Post membership() {
    return new Post(PostKind.MEMBER, null, null);
  }

  public static Post party(PositionRole role) {
    return new Post(PostKind.PARTY_POST, role, null);
  }

  public static Post work(String name) {
    return new Post(PostKind.WORK_POST, null, name);
  }

  /** Whether these make a post: the kind, with a role only for a party post, a name for work. */
  public static boolean valid(PostKind kind, PositionRole role, String workPost) {
    return kind != null
        && (kind == PostKind.PARTY_POST) == (role != null)
        && (kind == PostKind.WORK_POST) == (workPost != null && !workPost.isBlank())
        && (workPost == null || workPost.strip().length() <= MAX_WORK_POST);
  }
}
