package cn.dangjian.application.education;

import java.io.Serializable;
import java.util.List;
import java.util.Set;

/**
 * What one attempt at a quiz gave: right or not per question, with the right choices and the
 * explanation; {@code finishedNow} when this attempt finished the lesson and credited its hours.
 */
public record QuizOutcome(
    int correct, int total, boolean passed, boolean finishedNow, List<Answered> questions)
    implements Serializable {

  public record Answered(boolean right, Set<Integer> rightChoices, String explanation)
      implements Serializable {}
}
