package cn.dangjian.application.appraisal;

import cn.dangjian.domain.appraisal.FollowUp;
import cn.dangjian.domain.appraisal.Grade;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** The branch's decision: a grade for every appraised member. */
public record DecisionData(List<Line> grades) implements Serializable {
  public record Line(
      Long memberId, Grade grade, FollowUp followUp, LocalDate followUpBy, String note)
      implements Serializable {}
}
