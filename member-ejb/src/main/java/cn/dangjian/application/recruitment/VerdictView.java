package cn.dangjian.application.recruitment;

import cn.dangjian.application.shared.Messages;
import cn.dangjian.domain.recruitment.Citation;
import cn.dangjian.domain.recruitment.Verdict;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * A rule's verdict as pages and the API show it everywhere (the case's next steps, the dry run, a
 * refused step): the rule and its message key, the citation, the outcome, the evidence, the
 * earliest day as a field of its own, and the sentence in the reader's language with the citation's
 * name.
 */
public record VerdictView(
    String rule,
    String key,
    Citation citation,
    String cites,
    Verdict.Status status,
    List<Object> evidence,
    LocalDate earliest,
    String text)
    implements Serializable {

  public static VerdictView of(Verdict v, Messages m) {
    return new VerdictView(
        v.rule(),
        v.key(),
        v.citation(),
        m.text("citation." + v.citation().edition().name(), v.citation().article()),
        v.status(),
        v.evidence(),
        v.earliest(),
        m.text(v.key(), v.evidence().toArray()));
  }

  public static List<VerdictView> of(List<Verdict> verdicts, Messages m) {
    return verdicts.stream().map(v -> of(v, m)).toList();
  }

  public boolean passed() {
    return status == Verdict.Status.PASSED;
  }
}
