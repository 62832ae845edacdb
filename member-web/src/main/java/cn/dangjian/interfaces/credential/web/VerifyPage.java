package cn.dangjian.interfaces.credential.web;

import cn.dangjian.application.credential.CredentialCheck;
import cn.dangjian.application.credential.CredentialService;
import cn.dangjian.interfaces.shared.web.UiText;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** What a scanned card or certificate code opens, for anyone: valid or not, and whose. */
@Named
@RequestScoped
public class VerifyPage {
  @EJB CredentialService credentials;
  @Inject UiText ui;

  private String code;
  private CredentialCheck check;

  public void load() {
    check = credentials.verify(code);
  }

  /** What the verdict means for whoever holds the paper. */
  public String getHint() {
    return switch (check.state()) {
      case VALID -> ui.get("verify.hint.valid");
      case REVOKED -> ui.get("verify.hint.revoked");
      case EXPIRED -> ui.get("verify.hint.expired");
      case UNKNOWN -> ui.get("verify.hint.unknown");
    };
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public CredentialCheck getCheck() {
    return check;
  }
}
