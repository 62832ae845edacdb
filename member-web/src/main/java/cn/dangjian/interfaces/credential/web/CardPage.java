package cn.dangjian.interfaces.credential.web;

import cn.dangjian.application.credential.CredentialService;
import cn.dangjian.application.credential.CredentialView;
import cn.dangjian.application.member.MemberDetail;
import cn.dangjian.application.member.MemberService;
import cn.dangjian.interfaces.shared.web.CurrentUser;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** 我的党员卡: the member's valid card on their phone, with the code anyone may scan. */
@Named
@RequestScoped
public class CardPage {
  @EJB CredentialService credentials;
  @EJB MemberService members;
  @Inject CurrentUser user;

  private CredentialView card;
  private MemberDetail me;

  public void load() {
    card = credentials.myCard(user.getSite()).orElse(null);
    if (card != null) {
      me = members.me();
    }
  }

  public CredentialView getCard() {
    return card;
  }

  public MemberDetail getMe() {
    return me;
  }
}
