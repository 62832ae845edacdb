package cn.dangjian.domain.education;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The tallied figures of the members of an organization and of every organization under it for a
 * year, with how many had no hours in each quarter: derived from the ledger by {@link StudyTally},
 * never written by hand.
 */
@Entity
@Table(name = "study_figures")
@IdClass(SubtreeFigures.Key.class)
public class SubtreeFigures implements Serializable {
  private static final long serialVersionUID = 1L;

  @Id
  @Column(name = "org_id")
  private Long organizationId;

  @Id
  @Column(name = "yr")
  private int year;

  private long members;

  @Column(nullable = false, precision = 12, scale = 1)
  private BigDecimal hours = BigDecimal.ZERO;

  private long reached;

  @Column(name = "without_hours")
  private long withoutHours;

  private long quiet1;
  private long quiet2;
  private long quiet3;
  private long quiet4;

  protected SubtreeFigures() {}

  /** The figures of the members who belong to one organization itself. */
  public SubtreeFigures(Long organizationId, int year, YearFigures own, long[] quietByQuarter) {
    this.organizationId = organizationId;
    this.year = year;
    this.members = own.members();
    this.hours = own.hours();
    this.reached = own.reached();
    this.withoutHours = own.none();
    this.quiet1 = quietByQuarter[0];
    this.quiet2 = quietByQuarter[1];
    this.quiet3 = quietByQuarter[2];
    this.quiet4 = quietByQuarter[3];
  }

  /**
   * Every subtree's figures from those of each organization's own members, keyed by the
   * organization's path of ids ("/1/5/23/"): each counts in its own subtree and in those above it.
   */
  public static Collection<SubtreeFigures> rollUp(int year, Map<String, SubtreeFigures> ownByPath) {
    Map<Long, SubtreeFigures> subtrees = new HashMap<>();
    ownByPath.forEach(
        (path, own) -> {
          for (String id : path.substring(1).split("/")) {
            subtrees
                .computeIfAbsent(Long.valueOf(id), o -> new SubtreeFigures(o, year))
                .include(own);
          }
        });
    return subtrees.values();
  }

  private SubtreeFigures(Long organizationId, int year) {
    this.organizationId = organizationId;
    this.year = year;
  }

  private void include(SubtreeFigures f) {
    members += f.members;
    hours = hours.add(f.hours);
    reached += f.reached;
    withoutHours += f.withoutHours;
    quiet1 += f.quiet1;
    quiet2 += f.quiet2;
    quiet3 += f.quiet3;
    quiet4 += f.quiet4;
  }

  public Long getOrganizationId() {
    return organizationId;
  }

  public YearFigures figures() {
    return new YearFigures(members, hours, reached, withoutHours);
  }

  /** How many had no hours in the quarter (1 to 4). */
  public long quietIn(int quarter) {
    return switch (quarter) {
      case 1 -> quiet1;
      case 2 -> quiet2;
      case 3 -> quiet3;
      case 4 -> quiet4;
      default -> throw new IllegalArgumentException("quarter " + quarter);
    };
  }

  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;
    private Long organizationId;
    private int year;

    public Key() {}

    public Key(Long organizationId, int year) {
      this.organizationId = organizationId;
      this.year = year;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k
          && Objects.equals(organizationId, k.organizationId)
          && year == k.year;
    }

    @Override
    public int hashCode() {
      return Objects.hash(organizationId, year);
    }
  }
}
