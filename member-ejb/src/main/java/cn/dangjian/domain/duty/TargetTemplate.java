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

/**
 * A target the group or a committee proposes for the year to the organizations or the members of
 * its subtree (安全生产无事故, 全年学习不少于 32 学时); a branch or member sets it as theirs.
 */
@Entity
@Table(name = "duty_target_template")
public class TargetTemplate implements InOrganization, Serializable {
  private static final long serialVersionUID = 1L;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private int version;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "organization_id")
  private Organization organization;

  @Column(name = "org_path", nullable = false, length = 400)
  private String orgPath;

  @Column(name = "target_year", nullable = false)
  private int year;

  @Column(name = "for_members", nullable = false)
  private boolean forMembers;

  @Embedded private TargetText text;

  @Column(name = "written_by", nullable = false, length = 100)
  private String writtenBy;

  protected TargetTemplate() {}

  public TargetTemplate(
      Organization owner, int year, boolean forMembers, TargetText text, String by) {
    this.organization = owner;
    this.orgPath = owner.getPath();
    this.year = year;
    this.forMembers = forMembers;
    this.text = text;
    this.writtenBy = by;
  }

  /** Whether the template is offered to this organization (in the writer's subtree). */
  public boolean offeredTo(String path) {
    return path.startsWith(orgPath);
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

  public int getYear() {
    return year;
  }

  public boolean isForMembers() {
    return forMembers;
  }

  public TargetText text() {
    return text;
  }

  public String getWrittenBy() {
    return writtenBy;
  }
}
