package cn.dangjian.domain.education;

import java.io.Serializable;
import java.util.List;

/**
 * How one attempt at a quiz went: which answers were right, and whether the attempt reaches the
 * lesson's pass mark. Shown to the member alone; it feeds no score and no comparison.
 */
public record QuizResult(List<Boolean> right, int passPercent) implements Serializable {
  public int correct() {
    return (int) right.stream().filter(Boolean::booleanValue).count();
  }

  public int total() {
    return right.size();
  }

  /** Exact: 3 of 5 reaches 60 %, 2 of 3 does not reach 67 %. */
  public boolean passed() {
    return correct() * 100 >= passPercent * total();
  }
}
