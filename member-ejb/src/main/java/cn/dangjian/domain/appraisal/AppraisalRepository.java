package cn.dangjian.domain.appraisal;

import java.util.List;
import java.util.Map;
import java.util.Optional;

public interface AppraisalRepository {
  void store(Appraisal a);

  Optional<Appraisal> of(Long organizationId, int year);

  /** The year's appraisals of the organizations in the subtree of the path. */
  List<Appraisal> under(String path, int year);

  /** The appraisals in which the member is appraised, the latest first. */
  List<Appraisal> takingPart(Long memberId);

  /** The full members now in the subtree of the path, in name order. */
  List<Appraised> fullMembers(String path);

  boolean voted(Long appraisalId, Long voterId);

  void store(Ballot b);

  /**
   * Adds one ballot's grades to the counts and one to the ballots cast (online or on paper), if the
   * poll is still open and not full; false otherwise.
   */
  boolean count(Long appraisalId, Map<Long, Grade> grades, boolean online);

  Optional<PeerReview> review(Long entryId, Long reviewerId);

  void store(PeerReview r);

  /** The reviews of the entries, by entry id. */
  Map<Long, List<PeerReview>> reviews(List<Long> entryIds);
}
