package cn.dangjian.interfaces.care.web;

import cn.dangjian.application.care.CampaignData;
import cn.dangjian.application.care.CampaignView;
import cn.dangjian.application.care.VisitService;
import cn.dangjian.domain.care.Holiday;
import cn.dangjian.domain.care.VisitReason;
import cn.dangjian.interfaces.shared.web.FacesErrors;
import cn.dangjian.interfaces.shared.web.OrganizationPick;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** 走访慰问 for an organization: its campaigns and those above it; a new campaign started. */
@Named
@ViewScoped
public class VisitsPage extends OrganizationPick {
  private static final long serialVersionUID = 1L;

  @EJB VisitService visits;

  private List<CampaignView.Summary> campaigns;
  private Holiday holiday;
  private String name;
  private LocalDate holidayOn;
  private List<VisitReason> rules =
      new ArrayList<>(List.of(VisitReason.HARDSHIP, VisitReason.ELDERLY, VisitReason.ILL));

  @Override
  public void show() {
    try {
      campaigns = visits.campaigns(pickedId());
    } catch (RuntimeException e) {
      campaigns = null;
      FacesErrors.show(e, "pick", Map.of("organizationId", "organization"));
    }
  }

  /** Starts the campaign and goes to its list. */
  public void create() {
    try {
      CampaignView c = visits.create(new CampaignData(pickedId(), holiday, name, holidayOn, rules));
      FacesContext.getCurrentInstance()
          .getExternalContext()
          .redirect("/members/campaign.xhtml?id=" + c.id());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (RuntimeException e) {
      FacesErrors.show(
          e,
          "campaignForm",
          Map.of(
              "holiday", "holiday",
              "name", "name",
              "holidayOn", "holidayOn",
              "rules", "rules",
              "organizationId", "holiday"));
    }
  }

  public List<Holiday> getHolidays() {
    return Arrays.asList(Holiday.values());
  }

  public List<VisitReason> getRuleChoices() {
    return Arrays.stream(VisitReason.values()).filter(VisitReason::isRule).toList();
  }

  public List<CampaignView.Summary> getCampaigns() {
    return campaigns;
  }

  public Holiday getHoliday() {
    return holiday;
  }

  public void setHoliday(Holiday holiday) {
    this.holiday = holiday;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public LocalDate getHolidayOn() {
    return holidayOn;
  }

  public void setHolidayOn(LocalDate holidayOn) {
    this.holidayOn = holidayOn;
  }

  public List<VisitReason> getRules() {
    return rules;
  }

  public void setRules(List<VisitReason> rules) {
    this.rules = rules;
  }
}
