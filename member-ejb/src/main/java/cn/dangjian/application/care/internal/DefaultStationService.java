package cn.dangjian.application.care.internal;

import static cn.dangjian.application.shared.Roles.COMMITTEE_ADMIN;
import static cn.dangjian.application.shared.Roles.GROUP_ADMIN;

import cn.dangjian.application.care.PointData;
import cn.dangjian.application.care.PointMembers;
import cn.dangjian.application.care.StationData;
import cn.dangjian.application.care.StationService;
import cn.dangjian.application.care.StationView;
import cn.dangjian.application.shared.internal.AuditLog;
import cn.dangjian.application.shared.internal.CurrentCaller;
import cn.dangjian.application.shared.internal.Flush;
import cn.dangjian.application.shared.internal.ScopeGuard;
import cn.dangjian.domain.audit.AuditAction;
import cn.dangjian.domain.care.CareNeed;
import cn.dangjian.domain.care.CareRepository;
import cn.dangjian.domain.care.Place;
import cn.dangjian.domain.care.PointMember;
import cn.dangjian.domain.care.ServicePoint;
import cn.dangjian.domain.care.ServiceStation;
import cn.dangjian.domain.member.Employment;
import cn.dangjian.domain.member.Member;
import cn.dangjian.domain.org.Organization;
import cn.dangjian.domain.shared.ValidationException;
import cn.dangjian.domain.shared.Violation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

@Stateless
@RolesAllowed({GROUP_ADMIN, COMMITTEE_ADMIN})
public class DefaultStationService implements StationService {
  /** Found at once at most: a point serves a district, a few hundred members. */
  private static final int MAX_FOUND = 1000;

  private static final String TYPE = "ServiceStation";

  @Inject CareRepository care;
  @Inject ScopeGuard guard;
  @Inject CurrentCaller caller;
  @Inject AuditLog audit;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "dangjian.care.elderlyAge", defaultValue = "70")
  int elderlyAge;

  @PersistenceContext(unitName = "dangjian")
  EntityManager em;

  @Override
  public List<StationView> stations(Long organizationId) {
    Organization org = guard.organization(organizationId);
    List<ServiceStation> stations = care.stationsUnder(org.getPath());
    List<ServicePoint> points =
        care.pointsOf(stations.stream().map(ServiceStation::getId).toList());
    Map<Long, Long> counts = care.memberCounts(points.stream().map(ServicePoint::getId).toList());
    Map<Long, List<ServicePoint>> byStation =
        points.stream().collect(Collectors.groupingBy(p -> p.getStation().getId()));
    return stations.stream()
        .map(s -> view(s, byStation.getOrDefault(s.getId(), List.of()), counts))
        .toList();
  }

  @Override
  public StationView addStation(StationData d) {
    if (d == null) {
      throw new ValidationException(List.of(new Violation("name", "error.request")));
    }
    Place place = new Place(d.name(), d.address(), d.contact(), d.phone());
    Organization owner = guard.organization(d.organizationId());
    ServiceStation s = new ServiceStation(owner, place, caller.get().user(), clock.instant());
    care.store(s);
    Flush.now(em);
    audit.record(
        AuditAction.CREATE,
        TYPE,
        s.getId(),
        place.getName(),
        "audit.care.station",
        owner.getName());
    return view(s, List.of(), Map.of());
  }

  @Override
  public StationView addPoint(Long stationId, PointData d) {
    ServiceStation s = guard.load(ServiceStation.class, stationId, "entity.serviceStation");
    if (d == null) {
      throw new ValidationException(List.of(new Violation("name", "error.request")));
    }
    ServicePoint p =
        new ServicePoint(s, new Place(d.name(), d.address(), d.contact(), d.phone()), d.places());
    care.store(p);
    Flush.now(em);
    audit.record(
        AuditAction.UPDATE,
        TYPE,
        s.getId(),
        s.getPlace().getName(),
        "audit.care.point",
        p.getPlace().getName());
    List<ServicePoint> points = care.pointsOf(List.of(s.getId()));
    return view(s, points, care.memberCounts(points.stream().map(ServicePoint::getId).toList()));
  }

  @Override
  public List<PointMembers.Person> found(Long pointId, boolean retiredOnly) {
    ServicePoint p = guard.load(ServicePoint.class, pointId, "entity.servicePoint");
    List<Member> living =
        care.unassignedLivingIn(p.getOrgPath(), p.served(), retiredOnly, MAX_FOUND).stream()
            .filter(m -> p.serves(m.getResidence()))
            .toList();
    return people(living, Map.of());
  }

  @Override
  public PointMembers assign(Long pointId, List<Long> memberIds) {
    ServicePoint p = guard.load(ServicePoint.class, pointId, "entity.servicePoint");
    if (memberIds == null || memberIds.isEmpty()) {
      throw new ValidationException(List.of(new Violation("memberIds", "care.member.required")));
    }
    LocalDate today = LocalDate.now(clock);
    String user = caller.get().user();
    for (Long id : memberIds) {
      Member m = guard.memberToChange(id);
      if (!m.getOrgPath().startsWith(p.getOrgPath())) {
        throw new ValidationException(
            List.of(new Violation("memberIds", "care.point.outside", m.getName())));
      }
      care.assignment(m.getId())
          .ifPresentOrElse(
              a -> a.moveTo(p.getId(), today, user),
              () -> care.store(new PointMember(m.getId(), p.getId(), today, user)));
    }
    Flush.now(em);
    audit.record(
        AuditAction.UPDATE,
        TYPE,
        p.getStation().getId(),
        p.getStation().getPlace().getName(),
        "audit.care.assigned",
        p.getPlace().getName(),
        memberIds.size());
    return members(p);
  }

  @Override
  public PointMembers members(Long pointId) {
    ServicePoint p = guard.load(ServicePoint.class, pointId, "entity.servicePoint");
    audit.record(
        AuditAction.VIEW,
        TYPE,
        p.getStation().getId(),
        p.getStation().getPlace().getName(),
        "audit.care.pointViewed",
        p.getPlace().getName());
    return members(p);
  }

  private PointMembers members(ServicePoint p) {
    List<Long> ids = care.assignedTo(p.getId()).stream().map(PointMember::getMemberId).toList();
    Map<Long, Member> found = care.members(ids);
    List<Member> people =
        ids.stream().map(found::get).filter(m -> m != null && !m.hasLeft()).toList();
    Map<Long, List<CareNeed>> needs =
        care.openNeedsOf(people.stream().map(Member::getId).toList()).stream()
            .collect(Collectors.groupingBy(CareNeed::getMemberId));
    return new PointMembers(p.getId(), p.getPlace().getName(), people(people, needs));
  }

  private List<PointMembers.Person> people(List<Member> members, Map<Long, List<CareNeed>> needs) {
    LocalDate today = LocalDate.now(clock);
    List<PointMembers.Person> people = new ArrayList<>();
    for (Member m : members) {
      Integer age =
          m.getBirthDate() == null ? null : Period.between(m.getBirthDate(), today).getYears();
      people.add(
          new PointMembers.Person(
              m.getId(),
              m.getName(),
              m.getOrganization().getName(),
              m.getResidence(),
              m.getEmployment() == Employment.RETIRED,
              age,
              age != null && age >= elderlyAge,
              needs.getOrDefault(m.getId(), List.of()).stream().map(CareNeed::getKind).toList()));
    }
    return people;
  }

  private static StationView view(
      ServiceStation s, List<ServicePoint> points, Map<Long, Long> counts) {
    Place place = s.getPlace();
    return new StationView(
        s.getId(),
        s.getOrganization().getId(),
        s.getOrganization().getName(),
        place.getName(),
        place.getAddress(),
        place.getContact(),
        place.getPhone(),
        points.stream()
            .map(
                p ->
                    new StationView.Point(
                        p.getId(),
                        p.getPlace().getName(),
                        p.getPlace().getAddress(),
                        p.getPlace().getContact(),
                        p.getPlace().getPhone(),
                        p.getPlaces(),
                        counts.getOrDefault(p.getId(), 0L)))
            .toList());
  }
}
