package cn.dangjian.domain.care;

import cn.dangjian.domain.org.Organization;
import cn.dangjian.domain.shared.InOrganization;
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
import java.time.Instant;

/**
 * 一站四点: a party members' service station kept by a committee (or the group) for the members of its
 * subtree, with its points in the places where they live.
 */
@Entity
@Table(name = "care_station")
public class ServiceStation implements Serializable, InOrganization {
  private static final long serialVersionUID = 1L;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private int version;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "org_id")
  private Organization organization;

  @Column(name = "org_path", nullable = false, length = 400)
  private String orgPath;

  @Embedded private Place place;

  @Column(name = "made_by", nullable = false, length = 100)
  private String madeBy;

  @Column(name = "made_at", nullable = false)
  private Instant madeAt;

  protected ServiceStation() {}

  public ServiceStation(Organization owner, Place place, String user, Instant at) {
    this.organization = owner;
    this.orgPath = owner.getPath();
    this.place = place;
    this.madeBy = user;
    this.madeAt = at;
  }

  public Long getId() {
    return id;
  }

  public Organization getOrganization() {
    return organization;
  }

  @Override
  public String getOrgPath() {
    return orgPath;
  }

  public Place getPlace() {
    return place;
  }
}
