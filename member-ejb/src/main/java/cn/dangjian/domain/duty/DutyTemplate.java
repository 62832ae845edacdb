package cn.dangjian.domain.duty;

import cn.dangjian.domain.org.Organization;
import cn.dangjian.domain.shared.InOrganization;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/**
 * 岗位职责: the duties and rights of a kind of post, written once by an organization for its subtree;
 * an organization below may write its own for the same post, which then applies there instead.
 */
@Entity
@Table(name = "duty_template")
public class DutyTemplate implements Serializable, InOrganization {
  private static final long serialVersionUID = 1L;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private int version;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "org_id")
  private Organization organization;

  @Column(name = "org_path", nullable = false, length = 400)
  private String orgPath;

  @Embedded private WrittenPost written;

  @Column(name = "updated_by", nullable = false, length = 100)
  private String updatedBy;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected DutyTemplate() {}

  public DutyTemplate(Organization owner, Post post, DutyText text, String user, Instant at) {
    this.organization = owner;
    this.orgPath = owner.getPath();
    this.written = new WrittenPost(post, text);
    this.updatedBy = user;
    this.updatedAt = at;
  }

  public void rewrite(DutyText text, String user, Instant at) {
    written.rewrite(text);
    this.updatedBy = user;
    this.updatedAt = at;
  }

  public Post post() {
    return written.post();
  }

  public DutyText text() {
    return written.text();
  }

  /**
   * The template a post carries in the organization of this path: the one written nearest up its
   * tree (a branch's own before its committee's, a committee's before the group's).
   */
  public static Optional<DutyTemplate> nearest(
      Post post, String orgPath, Collection<DutyTemplate> templates) {
    return templates.stream()
        .filter(t -> t.post().equals(post) && t.appliesTo(orgPath))
        .max(Comparator.comparingInt(t -> t.orgPath.length()));
  }

  /** Whether it applies in the organization of this path: its own or one below it. */
  public boolean appliesTo(String path) {
    return path.startsWith(orgPath);
  }

  public Long getId() {
    return id;
  }

  public int getVersion() {
    return version;
  }

  public Organization getOrganization() {
    return organization;
  }

  @Override
  public String getOrgPath() {
    return orgPath;
  }

  public String getUpdatedBy() {
    return updatedBy;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }
}
