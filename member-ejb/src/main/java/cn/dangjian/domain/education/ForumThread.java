package cn.dangjian.domain.education;

import cn.dangjian.domain.org.Organization;
import cn.dangjian.domain.shared.DomainException;
import cn.dangjian.domain.shared.InOrganization;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;

/** A discussion on a board of 党员论坛: its title, who opened it, when it last had a post. */
@Entity
@Table(name = "forum_thread")
public class ForumThread implements Serializable, InOrganization {
  private static final long serialVersionUID = 1L;
  public static final int TITLE_LENGTH = 100;

  @Id
  @SequenceGenerator(name = "forumSeq", sequenceName = "forum_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "forumSeq")
  private Long id;

  @Version private int version;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "org_id")
  private Organization organization;

  @Column(name = "org_path", nullable = false, length = 400)
  private String orgPath;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private BoardKind board;

  @Column(nullable = false, length = TITLE_LENGTH)
  private String title;

  @Column(name = "author_id", nullable = false)
  private Long authorId;

  @Column(name = "opened_at", nullable = false)
  private Instant openedAt;

  @Column(name = "last_post_at", nullable = false)
  private Instant lastPostAt;

  protected ForumThread() {}

  public ForumThread(
      Organization organization, BoardKind board, String title, Long authorId, Instant at) {
    if (organization.getKind() != board.keptBy()) {
      throw new DomainException("forum.board.kind", organization.getName());
    }
    this.organization = organization;
    this.orgPath = organization.getPath();
    this.board = board;
    this.title = title.strip();
    this.authorId = authorId;
    this.openedAt = at;
    this.lastPostAt = at;
  }

  /** A reply: the thread rises to the top of its board. */
  public void postedAt(Instant at) {
    this.lastPostAt = at;
  }

  public Long getId() {
    return id;
  }

  public Organization getOrganization() {
    return organization;
  }

  @Override
  public String getOrgPath() {
    return orgPath;
  }

  public BoardKind getBoard() {
    return board;
  }

  public String getTitle() {
    return title;
  }

  public Long getAuthorId() {
    return authorId;
  }

  public Instant getOpenedAt() {
    return openedAt;
  }

  public Instant getLastPostAt() {
    return lastPostAt;
  }
}
