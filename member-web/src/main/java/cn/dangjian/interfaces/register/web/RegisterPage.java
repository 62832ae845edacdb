package cn.dangjian.interfaces.register.web;

import cn.dangjian.application.register.RegisterService;
import cn.dangjian.application.register.RegisterView;
import cn.dangjian.interfaces.shared.web.FacesErrors;
import cn.dangjian.interfaces.shared.web.OrganizationPick;
import cn.dangjian.interfaces.shared.web.UiText;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

/** 党员管理台账: an organization's year of member events, to read, print and export. */
@Named
@ViewScoped
public class RegisterPage extends OrganizationPick {
  private static final long serialVersionUID = 1L;

  @EJB RegisterService registers;
  @Inject Clock clock;

  private Integer year;
  private RegisterView register;

  @Override
  public void show() {
    try {
      register = registers.register(pickedId(), getYear(), UiText.currentLocale());
    } catch (RuntimeException e) {
      register = null;
      FacesErrors.show(e, "pick", Map.of("organizationId", "organization", "year", "year"));
    }
  }

  public int getYear() {
    return year == null ? LocalDate.now(clock).getYear() : year;
  }

  public void setYear(int year) {
    this.year = year;
  }

  public RegisterView getRegister() {
    return register;
  }
}
