package cn.dangjian.domain.duty;

/** One organization's targets of a year, counted: its own, its members', agreed and assessed. */
public record TargetCount(
    Long organizationId, int organizationTargets, int memberTargets, int agreed, int assessed) {

  /** The counts of the same organization's other targets added. */
  public TargetCount plus(TargetCount other) {
    return new TargetCount(
        organizationId,
        organizationTargets + other.organizationTargets,
        memberTargets + other.memberTargets,
        agreed + other.agreed,
        assessed + other.assessed);
  }
}
