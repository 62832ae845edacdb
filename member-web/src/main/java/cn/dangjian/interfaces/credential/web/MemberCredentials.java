package cn.dangjian.interfaces.credential.web;

import cn.dangjian.application.credential.CertificateRequest;
import cn.dangjian.application.credential.CredentialService;
import cn.dangjian.application.credential.CredentialView;
import cn.dangjian.domain.credential.Revocation;
import cn.dangjian.interfaces.shared.web.CurrentUser;
import cn.dangjian.interfaces.shared.web.FacesErrors;
import cn.dangjian.interfaces.shared.web.UiText;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A member's card and certificates on their record: issued, printed and made void by those who keep
 * the record; seen and printed by the member.
 */
@Named
@ViewScoped
public class MemberCredentials implements Serializable {
  private static final long serialVersionUID = 1L;

  @EJB CredentialService credentials;
  @Inject UiText ui;
  @Inject CurrentUser user;

  private Long memberId;
  private List<CredentialView> list;
  private String purpose;
  private Integer months = CertificateRequest.USUAL_MONTHS;
  private Long revokeId;
  private Revocation reason;
  private String note;

  /** The member's cards and certificates, read once the record page knows whose it is. */
  public List<CredentialView> of(Long member) {
    if (list == null || !member.equals(memberId)) {
      memberId = member;
      list = credentials.ofMember(member);
    }
    return list;
  }

  private void reload() {
    list = credentials.ofMember(memberId);
  }

  public void issueCard() {
    try {
      CredentialView card = credentials.issueCard(memberId, user.getSite());
      FacesErrors.info(ui.format("credential.card.done", card.number()));
      reload();
    } catch (RuntimeException e) {
      FacesErrors.show(e, "credentials", Map.of());
    }
  }

  public void issueCertificate() {
    try {
      CredentialView c =
          credentials.issueCertificate(
              new CertificateRequest(memberId, purpose, months, null), user.getSite());
      FacesErrors.info(ui.format("credential.certificate.done", c.number()));
      purpose = null;
      months = CertificateRequest.USUAL_MONTHS;
      reload();
    } catch (RuntimeException e) {
      FacesErrors.show(e, "certificateForm", Map.of("purpose", "purpose", "months", "months"));
    }
  }

  public void revoke() {
    try {
      CredentialView c = credentials.revoke(revokeId, reason, note);
      FacesErrors.info(ui.format("credential.revoke.done", c.number()));
      revokeId = null;
      reason = null;
      note = null;
      reload();
    } catch (RuntimeException e) {
      FacesErrors.show(e, "revokeForm", Map.of("reason", "reason", "note", "note"));
    }
  }

  /** The reasons a person gives; a reissue voids the old card by itself. */
  public List<Revocation> getReasons() {
    return Arrays.stream(Revocation.values()).filter(r -> r != Revocation.REISSUED).toList();
  }

  /** The cards and certificates still to be made void. */
  public List<CredentialView> getRevocable() {
    return list == null ? List.of() : list.stream().filter(c -> c.revocation() == null).toList();
  }

  public String getPurpose() {
    return purpose;
  }

  public void setPurpose(String purpose) {
    this.purpose = purpose;
  }

  public Integer getMonths() {
    return months;
  }

  public void setMonths(Integer months) {
    this.months = months;
  }

  public Long getRevokeId() {
    return revokeId;
  }

  public void setRevokeId(Long revokeId) {
    this.revokeId = revokeId;
  }

  public Revocation getReason() {
    return reason;
  }

  public void setReason(Revocation reason) {
    this.reason = reason;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }
}
