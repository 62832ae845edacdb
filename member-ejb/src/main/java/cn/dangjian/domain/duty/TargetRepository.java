package cn.dangjian.domain.duty;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

public interface TargetRepository {
  void store(TargetTemplate t);

  void store(Target t);

  void store(SupervisionOrder o);

  /** The year's templates written by the organizations of these paths (one and those above). */
  List<TargetTemplate> templates(Collection<String> paths, int year);

  /** The year's targets in the subtree of the path counted by organization (those with any). */
  List<TargetCount> countsUnder(String path, int year);

  /** The year's targets of one organization, its own and its members'. */
  List<Target> of(Long organizationId, int year);

  /** The year's targets of one member. */
  List<Target> ofMember(Long memberId, int year);

  /** The orders on these targets, the latest first. */
  List<SupervisionOrder> orders(Collection<Long> targetIds);

  /** The orders of the subtree of the path, open only or all, by deadline. */
  List<SupervisionOrder> ordersUnder(String path, boolean openOnly);

  /** The open orders whose deadline was before {@code today} and that were not reminded. */
  List<SupervisionOrder> overdueUnreminded(LocalDate today);
}
