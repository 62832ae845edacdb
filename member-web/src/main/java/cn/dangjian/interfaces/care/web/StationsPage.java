package cn.dangjian.interfaces.care.web;

import cn.dangjian.application.care.PointData;
import cn.dangjian.application.care.PointMembers;
import cn.dangjian.application.care.StationData;
import cn.dangjian.application.care.StationService;
import cn.dangjian.application.care.StationView;
import cn.dangjian.interfaces.shared.web.FacesErrors;
import cn.dangjian.interfaces.shared.web.OrganizationPick;
import cn.dangjian.interfaces.shared.web.UiText;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;

/**
 * 一站四点: an organization's service stations and points; the retired members living where a point
 * serves found and assigned to it; a point's members with their age and needs for care.
 */
@Named
@ViewScoped
public class StationsPage extends OrganizationPick {
  private static final long serialVersionUID = 1L;

  @EJB StationService stations;
  @Inject UiText ui;

  private List<StationView> list;
  private String stationName;
  private String stationAddress;
  private String stationContact;
  private String stationPhone;
  private Long pointStation;
  private String pointName;
  private String pointAddress;
  private String pointContact;
  private String pointPhone;
  private String pointPlaces;
  private StationView.Point point;
  private List<PointMembers.Person> found;
  private PointMembers members;

  @Override
  public void show() {
    try {
      list = stations.stations(pickedId());
    } catch (RuntimeException e) {
      list = null;
      FacesErrors.show(e, "pick", Map.of("organizationId", "organization"));
    }
  }

  public void addStation() {
    try {
      stations.addStation(
          new StationData(pickedId(), stationName, stationAddress, stationContact, stationPhone));
      FacesErrors.info(ui.get("station.done"));
      stationName = null;
      stationAddress = null;
      stationContact = null;
      stationPhone = null;
      show();
    } catch (RuntimeException e) {
      FacesErrors.show(
          e,
          "stationForm",
          Map.of(
              "name", "stationName",
              "address", "stationAddress",
              "contact", "stationContact",
              "phone", "stationPhone"));
    }
  }

  public void addPoint() {
    try {
      stations.addPoint(
          pointStation,
          new PointData(pointName, pointAddress, pointContact, pointPhone, pointPlaces));
      FacesErrors.info(ui.get("station.point.done"));
      pointName = null;
      pointAddress = null;
      pointContact = null;
      pointPhone = null;
      pointPlaces = null;
      show();
    } catch (RuntimeException e) {
      FacesErrors.show(
          e,
          "pointForm",
          Map.of(
              "name", "pointName",
              "address", "pointAddress",
              "contact", "pointContact",
              "phone", "pointPhone",
              "places", "pointPlaces"));
    }
  }

  /** The retired members living where the point serves, not yet at any point. */
  public void find(StationView.Point p) {
    point = p;
    members = null;
    try {
      found = stations.found(p.id(), true);
    } catch (RuntimeException e) {
      FacesErrors.show(e, "stationList", Map.of());
    }
  }

  public void assignFound() {
    try {
      members =
          stations.assign(point.id(), found.stream().map(PointMembers.Person::memberId).toList());
      FacesErrors.info(ui.format("station.assigned", found.size(), point.name()));
      found = null;
      show();
    } catch (RuntimeException e) {
      FacesErrors.show(e, "foundForm", Map.of());
    }
  }

  public void showMembers(StationView.Point p) {
    point = p;
    found = null;
    try {
      members = stations.members(p.id());
    } catch (RuntimeException e) {
      FacesErrors.show(e, "stationList", Map.of());
    }
  }

  public List<StationView> getList() {
    return list;
  }

  public StationView.Point getPoint() {
    return point;
  }

  public List<PointMembers.Person> getFound() {
    return found;
  }

  public PointMembers getMembers() {
    return members;
  }

  public String getStationName() {
    return stationName;
  }

  public void setStationName(String stationName) {
    this.stationName = stationName;
  }

  public String getStationAddress() {
    return stationAddress;
  }

  public void setStationAddress(String stationAddress) {
    this.stationAddress = stationAddress;
  }

  public String getStationContact() {
    return stationContact;
  }

  public void setStationContact(String stationContact) {
    this.stationContact = stationContact;
  }

  public String getStationPhone() {
    return stationPhone;
  }

  public void setStationPhone(String stationPhone) {
    this.stationPhone = stationPhone;
  }

  public Long getPointStation() {
    return pointStation;
  }

  public void setPointStation(Long pointStation) {
    this.pointStation = pointStation;
  }

  public String getPointName() {
    return pointName;
  }

  public void setPointName(String pointName) {
    this.pointName = pointName;
  }

  public String getPointAddress() {
    return pointAddress;
  }

  public void setPointAddress(String pointAddress) {
    this.pointAddress = pointAddress;
  }

  public String getPointContact() {
    return pointContact;
  }

  public void setPointContact(String pointContact) {
    this.pointContact = pointContact;
  }

  public String getPointPhone() {
    return pointPhone;
  }

  public void setPointPhone(String pointPhone) {
    this.pointPhone = pointPhone;
  }

  public String getPointPlaces() {
    return pointPlaces;
  }

  public void setPointPlaces(String pointPlaces) {
    this.pointPlaces = pointPlaces;
  }
}
