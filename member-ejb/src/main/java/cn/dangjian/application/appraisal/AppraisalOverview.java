package cn.dangjian.application.appraisal;

import cn.dangjian.domain.appraisal.AppraisalStage;
import cn.dangjian.domain.appraisal.Grade;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * The year's appraisals under an organization, each with how many of each grade (no names, nothing
 * compared across branches), and the branches that have not opened theirs.
 */
public record AppraisalOverview(
    Long organizationId,
    String organizationName,
    int year,
    boolean opens,
    List<Summary> appraisals,
    List<Branch> without)
    implements Serializable {

  public record Summary(
      Long id,
      Long organizationId,
      String organizationName,
      AppraisalStage stage,
      int members,
      int ballots,
      Map<Grade, Long> grades)
      implements Serializable {}

  public record Branch(Long id, String name) implements Serializable {}
}
