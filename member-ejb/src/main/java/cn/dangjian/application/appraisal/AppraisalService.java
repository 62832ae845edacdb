package cn.dangjian.application.appraisal;

import java.util.List;

/**
 * 年末评优劣: the democratic appraisal of a branch's members. The branch (or the committee above it)
 * opens it, records self-assessments from paper, enters paper ballots, counts the poll and decides
 * the grades; members assess themselves, review each other and vote online, once and anonymously.
 * The decision goes into each member's history and the branch register.
 */
public interface AppraisalService {
  AppraisalOverview overview(Long organizationId, Integer year);

  AppraisalView open(OpenData open);

  AppraisalView get(Long appraisalId);

  /** The appraisals of this year and the last the caller is appraised in. */
  List<AppraisalView> mine();

  AppraisalView assess(Long appraisalId, TextData self);

  AppraisalView review(Long appraisalId, TextData review);

  /** The caller's own ballot, online: once; what they chose is kept only in the counts. */
  AppraisalView vote(Long appraisalId, BallotData ballot);

  /** A paper ballot of the meeting, entered by the branch. */
  AppraisalView paperBallot(Long appraisalId, BallotData ballot);

  AppraisalView count(Long appraisalId);

  AppraisalView decide(Long appraisalId, DecisionData decision);
}
