package cn.dangjian.interfaces.care.web;

import cn.dangjian.application.care.CareOverview;
import cn.dangjian.application.care.CareService;
import cn.dangjian.application.care.EndData;
import cn.dangjian.application.care.NeedData;
import cn.dangjian.application.care.NeedView;
import cn.dangjian.application.care.PairData;
import cn.dangjian.domain.care.NeedKind;
import cn.dangjian.interfaces.member.web.MemberPicker;
import cn.dangjian.interfaces.shared.web.FacesErrors;
import cn.dangjian.interfaces.shared.web.OrganizationPick;
import cn.dangjian.interfaces.shared.web.UiText;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * 真情式 for an organization: its members in need of care, the 一助一 pairs, and those in hardship still
 * without a helper; needs recorded and ended, pairs made and ended.
 */
@Named
@ViewScoped
public class CarePage extends OrganizationPick {
  private static final long serialVersionUID = 1L;

  @EJB CareService care;
  @Inject UiText ui;
  @Inject Clock clock;

  private CareOverview overview;
  private MemberPicker.Pick needMember;
  private NeedKind needKind;
  private LocalDate needSince;
  private String needNote;
  private MemberPicker.Pick helper;
  private MemberPicker.Pick helped;
  private NeedKind area;
  private LocalDate pairSince;
  private Long endPairId;
  private String endReason;

  @Override
  public void show() {
    try {
      overview = care.overview(pickedId());
    } catch (RuntimeException e) {
      overview = null;
      FacesErrors.show(e, "pick", Map.of("organizationId", "organization"));
    }
  }

  public void recordNeed() {
    try {
      care.recordNeed(
          new NeedData(needMember == null ? null : needMember.id(), needKind, needSince, needNote));
      FacesErrors.info(ui.get("care.need.done"));
      needMember = null;
      needKind = null;
      needSince = null;
      needNote = null;
      show();
    } catch (RuntimeException e) {
      FacesErrors.show(
          e,
          "needForm",
          Map.of(
              "memberId",
              "needMember",
              "kind",
              "needKind",
              "since",
              "needSince",
              "note",
              "needNote"));
    }
  }

  /** The need is over as of today. */
  public void endNeed(NeedView need) {
    try {
      care.endNeed(need.id(), new EndData(LocalDate.now(clock), null));
      FacesErrors.info(ui.get("care.need.endDone"));
      show();
    } catch (RuntimeException e) {
      FacesErrors.show(e, "needs", Map.of());
    }
  }

  public void pair() {
    try {
      care.pair(
          new PairData(
              helper == null ? null : helper.id(),
              helped == null ? null : helped.id(),
              area,
              pairSince));
      FacesErrors.info(ui.get("care.pair.done"));
      helper = null;
      helped = null;
      area = null;
      pairSince = null;
      show();
    } catch (RuntimeException e) {
      FacesErrors.show(
          e,
          "pairForm",
          Map.of("helperId", "helper", "helpedId", "helped", "area", "area", "since", "pairSince"));
    }
  }

  /** The pair ends today, for the reason given. */
  public void endPair() {
    try {
      care.endPair(endPairId, new EndData(LocalDate.now(clock), endReason));
      FacesErrors.info(ui.get("care.pair.endDone"));
      endPairId = null;
      endReason = null;
      show();
    } catch (RuntimeException e) {
      FacesErrors.show(e, "endPairForm", Map.of("reason", "endReason", "on", "endReason"));
    }
  }

  public List<NeedKind> getNeedKinds() {
    return Arrays.asList(NeedKind.values());
  }

  public List<NeedKind> getHardships() {
    return Arrays.stream(NeedKind.values()).filter(NeedKind::isHardship).toList();
  }

  public CareOverview getOverview() {
    return overview;
  }

  public MemberPicker.Pick getNeedMember() {
    return needMember;
  }

  public void setNeedMember(MemberPicker.Pick needMember) {
    this.needMember = needMember;
  }

  public NeedKind getNeedKind() {
    return needKind;
  }

  public void setNeedKind(NeedKind needKind) {
    this.needKind = needKind;
  }

  public LocalDate getNeedSince() {
    return needSince;
  }

  public void setNeedSince(LocalDate needSince) {
    this.needSince = needSince;
  }

  public String getNeedNote() {
    return needNote;
  }

  public void setNeedNote(String needNote) {
    this.needNote = needNote;
  }

  public MemberPicker.Pick getHelper() {
    return helper;
  }

  public void setHelper(MemberPicker.Pick helper) {
    this.helper = helper;
  }

  public MemberPicker.Pick getHelped() {
    return helped;
  }

  public void setHelped(MemberPicker.Pick helped) {
    this.helped = helped;
  }

  public NeedKind getArea() {
    return area;
  }

  public void setArea(NeedKind area) {
    this.area = area;
  }

  public LocalDate getPairSince() {
    return pairSince;
  }

  public void setPairSince(LocalDate pairSince) {
    this.pairSince = pairSince;
  }

  public Long getEndPairId() {
    return endPairId;
  }

  public void setEndPairId(Long endPairId) {
    this.endPairId = endPairId;
  }

  public String getEndReason() {
    return endReason;
  }

  public void setEndReason(String endReason) {
    this.endReason = endReason;
  }
}
