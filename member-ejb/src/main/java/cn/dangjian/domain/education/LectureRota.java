package cn.dangjian.domain.education;

import cn.dangjian.domain.org.OrgKind;
import cn.dangjian.domain.org.Organization;
import cn.dangjian.domain.shared.DomainException;
import cn.dangjian.domain.shared.InOrganization;
import cn.dangjian.domain.shared.ValidationException;
import cn.dangjian.domain.shared.Violation;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * 党支部书记讲坛: a company committee's rota of its branch secretaries. Fair by construction: they lecture
 * in turn, no one twice before everyone has lectured once in the round; a secretary who leaves the
 * post leaves the rota and a new one joins at the end; two may swap places, with a reason (the
 * service writes it to the audit log).
 */
@Entity
@Table(name = "lecture_rota")
public class LectureRota implements Serializable, InOrganization {
  private static final long serialVersionUID = 1L;

  @Id
  @SequenceGenerator(name = "rotaSeq", sequenceName = "study_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "rotaSeq")
  private Long id;

  @Version private int version;

  @OneToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "org_id")
  private Organization committee;

  @Column(name = "org_path", nullable = false, length = 400)
  private String orgPath;

  /** The round under way: 1 until everyone has lectured once, then 2, and so on. */
  @Column(name = "rota_round", nullable = false)
  private int round = 1;

  @ElementCollection
  @CollectionTable(name = "lecture_rota_seat", joinColumns = @JoinColumn(name = "rota_id"))
  @OrderColumn(name = "seat_no")
  private List<RotaSeat> seats = new ArrayList<>();

  protected LectureRota() {}

  public LectureRota(Organization committee) {
    if (committee.getKind() != OrgKind.COMMITTEE) {
      throw new DomainException("rota.committee", committee.getName());
    }
    this.committee = committee;
    this.orgPath = committee.getPath();
  }

  /**
   * The rota follows the posts: who no longer is a branch secretary leaves it, keeping the others'
   * order; a new secretary joins at the end, not yet having lectured in this round.
   */
  public void follow(Collection<Long> secretaries) {
    Set<Long> now = new LinkedHashSet<>(secretaries);
    seats.removeIf(s -> !now.contains(s.getMemberId()));
    seats.forEach(s -> now.remove(s.getMemberId()));
    now.forEach(m -> seats.add(new RotaSeat(m)));
    closeRoundIfDone();
  }

  /** Who lectures next: the first, in rota order, who has not lectured in this round. */
  public Optional<Long> next() {
    return seats.stream().filter(s -> !s.hasLectured()).map(RotaSeat::getMemberId).findFirst();
  }

  /**
   * Records that the secretary lectured; refused for someone not on the rota, or who already
   * lectured in this round while others have not. The round closes when everyone has.
   */
  public void lectured(Long memberId) {
    RotaSeat seat = seat(memberId);
    if (seat.hasLectured()) {
      throw new DomainException("rota.alreadyLectured", round);
    }
    seat.lectured(true);
    closeRoundIfDone();
  }

  /** Two secretaries exchange their places, e.g. one is underground on the day. */
  public void swap(Long a, Long b, String reason) {
    if (reason == null || reason.isBlank()) {
      throw new ValidationException(List.of(new Violation("reason", "rota.swap.reason")));
    }
    int i = seats.indexOf(seat(a));
    int j = seats.indexOf(seat(b));
    if (i == j) {
      throw new ValidationException(List.of(new Violation("with", "rota.swap.same")));
    }
    RotaSeat first = seats.get(i);
    seats.set(i, seats.get(j));
    seats.set(j, first);
  }

  private RotaSeat seat(Long memberId) {
    return seats.stream()
        .filter(s -> s.getMemberId().equals(memberId))
        .findFirst()
        .orElseThrow(() -> new DomainException("rota.notOnRota"));
  }

  private void closeRoundIfDone() {
    if (!seats.isEmpty() && seats.stream().allMatch(RotaSeat::hasLectured)) {
      seats.forEach(s -> s.lectured(false));
      round++;
    }
  }

  public Long getId() {
    return id;
  }

  public int getVersion() {
    return version;
  }

  public Organization getCommittee() {
    return committee;
  }

  @Override
  public String getOrgPath() {
    return orgPath;
  }

  public int getRound() {
    return round;
  }

  public List<RotaSeat> getSeats() {
    return List.copyOf(seats);
  }
}
