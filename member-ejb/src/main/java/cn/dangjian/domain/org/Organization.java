package cn.dangjian.domain.org;

import cn.dangjian.domain.shared.Flag;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A party organization in the group's tree. {@code path} is the materialized path of ids
 * ("/1/7/42/") so that "everything under X" is one indexed prefix predicate.
 */
@Entity
@Table(name = "organization")
public class Organization implements Serializable {
  public static final int NAME_LENGTH = 100;

  private static final long serialVersionUID = 1L;

  @Id
  @SequenceGenerator(name = "orgSeq", sequenceName = "org_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "orgSeq")
  private Long id;

  @Version private int version;

  @Column(nullable = false, length = 32, unique = true)
  private String code;

  @Column(nullable = false, length = NAME_LENGTH)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private OrgKind kind;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "parent_id")
  private Organization parent;

  @Column(nullable = false, length = 400)
  private String path;

  @Column(nullable = false)
  private int depth;

  @Column(name = "founded_on")
  private LocalDate foundedOn;

  @Column(name = "dissolved_on")
  private LocalDate dissolvedOn;

  /** An organization of the offices (机关), not of production: it holds 机关半小时积累学. */
  @Convert(converter = Flag.class)
  @Column(nullable = false)
  private boolean office;

  protected Organization() {}

  public Organization(
      String code, String name, OrgKind kind, Organization parent, LocalDate foundedOn) {
    this.code = code;
    this.name = name;
    this.kind = kind;
    this.parent = parent;
    this.foundedOn = foundedOn;
    this.path = "";
  }

  /** Called once the id is assigned, and again after a move. */
  public void placeUnder(Organization newParent) {
    this.parent = newParent;
    this.path = (newParent == null ? "/" : newParent.getPath()) + id + "/";
    this.depth = newParent == null ? 0 : newParent.getDepth() + 1;
  }

  /** The paths of the organization at {@code path} and of those above it, the root first. */
  public static List<String> pathsUpTo(String path) {
    List<String> paths = new ArrayList<>();
    for (int i = path.indexOf('/', 1); i > 0; i = path.indexOf('/', i + 1)) {
      paths.add(path.substring(0, i + 1));
    }
    return paths;
  }

  public boolean isWithin(String subtreePath) {
    return path.startsWith(subtreePath);
  }

  public boolean isOffice() {
    return office;
  }

  public void markOffice(boolean office) {
    this.office = office;
  }

  public boolean isActive() {
    return dissolvedOn == null;
  }

  public void dissolve(LocalDate on) {
    this.dissolvedOn = on;
  }

  public void rename(String code, String name, LocalDate foundedOn) {
    this.code = code;
    this.name = name;
    this.foundedOn = foundedOn;
  }

  public Long getId() {
    return id;
  }

  public int getVersion() {
    return version;
  }

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  /** The name people can tell apart: see {@link #displayName(String, int, String)}. */
  public String getDisplayName() {
    return displayName(name, depth, parent == null ? null : parent.getName());
  }

  /**
   * Branch names repeat across the group (every mine has its 综采一队党支部): below the companies an
   * organization is shown with its parent, "综采一队党支部（一矿党委）"; the group and its companies by name
   * alone.
   */
  public static String displayName(String name, int depth, String parentName) {
    return depth < 2 || parentName == null ? name : name + "（" + parentName + "）";
  }

  public OrgKind getKind() {
    return kind;
  }

  public Organization getParent() {
    return parent;
  }

  public String getPath() {
    return path;
  }

  public int getDepth() {
    return depth;
  }

  public LocalDate getFoundedOn() {
    return foundedOn;
  }

  public LocalDate getDissolvedOn() {
    return dissolvedOn;
  }
}
