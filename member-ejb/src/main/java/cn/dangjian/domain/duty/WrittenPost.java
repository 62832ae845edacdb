package cn.dangjian.domain.duty;

import cn.dangjian.domain.member.PositionRole;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;

/** A post and its written duties and rights, as a template or a member's own text keeps them. */
@Embeddable
public class WrittenPost implements Serializable {
  private static final long serialVersionUID = 1L;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 12)
  private PostKind kind;

  @Enumerated(EnumType.STRING)
  @Column(length = 40)
  private PositionRole role;

  @Column(name = "work_post", length = Post.MAX_WORK_POST)
  private String workPost;

  @Column(name = "post_key", nullable = false, length = Post.KEY_LENGTH)
  private String postKey;

  @Column(nullable = false, length = DutyText.MAX_LENGTH)
  private String duties;

  @Column(length = DutyText.MAX_LENGTH)
  private String rights;

  protected WrittenPost() {}

  WrittenPost(Post post, DutyText text) {
    this.kind = post.kind();
    this.role = post.role();
    this.workPost = post.workPost();
    this.postKey = post.key();
    rewrite(text);
  }

  void rewrite(DutyText text) {
    this.duties = text.duties();
    this.rights = text.rights();
  }

  Post post() {
    return new Post(kind, role, workPost);
  }

  DutyText text() {
    return new DutyText(duties, rights);
  }
}
