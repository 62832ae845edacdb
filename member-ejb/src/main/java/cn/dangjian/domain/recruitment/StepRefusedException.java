package cn.dangjian.domain.recruitment;

import cn.dangjian.domain.shared.DomainException;
import jakarta.ejb.ApplicationException;
import java.util.List;

/** The rules refuse a step: every verdict is kept so that the page can list the failing ones. */
@ApplicationException(rollback = true)
public class StepRefusedException extends DomainException {
  private static final long serialVersionUID = 1L;
  private final transient List<Verdict> verdicts;

  public StepRefusedException(Step step, List<Verdict> verdicts) {
    super("recruitment.step.refused", step);
    this.verdicts = List.copyOf(verdicts);
  }

  public List<Verdict> verdicts() {
    return verdicts;
  }

  public List<Verdict> failures() {
    return verdicts.stream().filter(v -> !v.passed()).toList();
  }
}
