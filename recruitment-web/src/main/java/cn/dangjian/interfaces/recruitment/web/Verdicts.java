package cn.dangjian.interfaces.recruitment.web;

import cn.dangjian.domain.recruitment.Verdict;
import cn.dangjian.interfaces.shared.web.UiText;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** A verdict's sentence and citation in the user's language, for every page that lists them. */
@Named
@RequestScoped
public class Verdicts {
  @Inject UiText ui;

  public String citation(Verdict v) {
    return ui.messages().text("citation." + v.citation().edition().name(), v.citation().article());
  }

  public String text(Verdict v) {
    return ui.messages().text(v.key(), v.evidence().toArray());
  }
}
