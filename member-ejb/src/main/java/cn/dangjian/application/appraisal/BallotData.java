package cn.dangjian.application.appraisal;

import cn.dangjian.domain.appraisal.Grade;
import java.io.Serializable;
import java.util.List;

/** One ballot of the poll: a grade for each member voted on (a member left out is abstained on). */
public record BallotData(List<Vote> grades) implements Serializable {
  public record Vote(Long memberId, Grade grade) implements Serializable {}
}
