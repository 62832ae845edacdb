package cn.dangjian.interfaces.care.web;

import cn.dangjian.application.care.CareService;
import cn.dangjian.application.care.MemberCare;
import cn.dangjian.interfaces.shared.web.FacesErrors;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;

/**
 * A member's needs for care and pairs on their record, shown only when asked for: each view of
 * hardship is audited, so a record opened for something else reads none of it.
 */
@Named
@ViewScoped
public class MemberCareView implements Serializable {
  private static final long serialVersionUID = 1L;

  @EJB CareService care;

  private MemberCare shown;

  public void show(Long memberId) {
    try {
      shown = care.ofMember(memberId);
    } catch (RuntimeException e) {
      FacesErrors.show(e, "memberCare", Map.of());
    }
  }

  public MemberCare getCare() {
    return shown;
  }
}
