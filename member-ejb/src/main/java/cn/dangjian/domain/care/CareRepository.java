package cn.dangjian.domain.care;

import java.util.List;

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
}
