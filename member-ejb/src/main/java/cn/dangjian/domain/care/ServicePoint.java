package cn.dangjian.domain.care;

import cn.dangjian.domain.shared.InOrganization;
import cn.dangjian.domain.shared.ValidationException;
import cn.dangjian.domain.shared.Violation;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * A service point of a station (四点): where it is, whom to call, and the places it serves (a
 * district, a residential area), by which members are assigned to it from where they live.
 */
@Entity
@Table(name = "care_point")
public class ServicePoint implements Serializable, InOrganization {
  private static final long serialVersionUID = 1L;

  public static final int MAX_PLACES = 200;

  /** Separators of the places as people write them: the enumeration comma, commas, semicolons. */
  private static final String SEPARATORS = "[\u3001,\uff0c;\uff1b]+";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private int version;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "station_id")
  private ServiceStation station;

  @Embedded private Place place;

  @Column(nullable = false, length = MAX_PLACES)
  private String places;

  protected ServicePoint() {}

  public ServicePoint(ServiceStation station, Place place, String places) {
    List<String> served = split(places);
    if (served.isEmpty() || places.strip().length() > MAX_PLACES) {
      throw new ValidationException(
          List.of(new Violation("places", "care.point.places", MAX_PLACES)));
    }
    this.station = station;
    this.place = place;
    this.places = String.join("\u3001", served);
  }

  private static List<String> split(String places) {
    return places == null
        ? List.of()
        : Arrays.stream(places.strip().split(SEPARATORS))
            .map(String::strip)
            .filter(p -> !p.isEmpty())
            .toList();
  }

  /** The places it serves, as written once: separated by the enumeration comma. */
  public String getPlaces() {
    return places;
  }

  /** The places it serves. */
  public List<String> served() {
    return split(places);
  }

  /** Whether someone living there is served here: the residence names one of the places. */
  public boolean serves(String residence) {
    return residence != null && served().stream().anyMatch(residence::contains);
  }

  public Long getId() {
    return id;
  }

  public ServiceStation getStation() {
    return station;
  }

  public Place getPlace() {
    return place;
  }

  @Override
  public String getOrgPath() {
    return station.getOrgPath();
  }
}
