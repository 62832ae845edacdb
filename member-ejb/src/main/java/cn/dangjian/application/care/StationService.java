package cn.dangjian.application.care;

import jakarta.ejb.Local;
import java.util.List;

/**
 * 一站四点: a committee's service stations and their points in the places where members live; members
 * (the retired first) found by their residence and assigned to the point that serves it; each
 * point's members and their care, for the station (every such view audited).
 */
@Local
public interface StationService {
  /** The stations kept in the organization's subtree, with their points. */
  List<StationView> stations(Long organizationId);

  StationView addStation(StationData station);

  StationView addPoint(Long stationId, PointData point);

  /** The members of the station's subtree living where the point serves, assigned to no point. */
  List<PointMembers.Person> found(Long pointId, boolean retiredOnly);

  /** Assigns these members to the point (moving them from another point). */
  PointMembers assign(Long pointId, List<Long> memberIds);

  /** The point's members with their age and open needs for care. */
  PointMembers members(Long pointId);
}
