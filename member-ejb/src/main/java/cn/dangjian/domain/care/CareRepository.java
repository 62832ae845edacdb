package cn.dangjian.domain.care;

import cn.dangjian.domain.member.Member;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

public interface CareRepository {
  void store(CareNeed need);

  void store(HelpPair pair);

  /** The needs of the members now in the subtree of the path: the open ones, or all. */
  List<CareNeed> needsUnder(String path, boolean openOnly, int max);

  List<CareNeed> needsOf(Long memberId);

  /** The pairs whose helped member is now in the subtree of the path: the open ones, or all. */
  List<HelpPair> pairsUnder(String path, boolean openOnly, int max);

  /** The pairs the member is in, as helper or helped. */
  List<HelpPair> pairsOf(Long memberId);

  /** The open pairs the member helps in. */
  List<HelpPair> helping(Long memberId);

  /**
   * The members now in the subtree with an open hardship and no open pair in which they are helped
   * (ids, in name order).
   */
  List<Long> uncovered(String path, int max);

  void store(ServiceStation station);

  void store(ServicePoint point);

  void store(PointMember assignment);

  /** The stations kept by organizations in the subtree of the path, with their points. */
  List<ServiceStation> stationsUnder(String path);

  List<ServicePoint> pointsOf(Collection<Long> stationIds);

  /** How many members each of these points serves. */
  Map<Long, Long> memberCounts(Collection<Long> pointIds);

  /**
   * The members in the subtree (retired ones only, if asked) assigned to no point whose residence
   * may name one of the places (to be checked by the point: a place may hold LIKE's wildcards).
   */
  List<Member> unassignedLivingIn(String path, List<String> places, boolean retiredOnly, int max);

  Optional<PointMember> assignment(Long memberId);

  List<PointMember> assignedTo(Long pointId);

  /** These members with their organizations, by id, read in one query. */
  Map<Long, Member> members(Collection<Long> ids);

  /** The open needs of these members. */
  List<CareNeed> openNeedsOf(Collection<Long> memberIds);
}
