package cn.dangjian.domain.appraisal;

/**
 * Where a branch's appraisal stands: open for self-assessments, peer reviews and the poll; the poll
 * counted (its figures shown to the branch committee); the branch's decision recorded.
 */
public enum AppraisalStage {
  OPEN,
  COUNTED,
  DECIDED
}
