package cn.dangjian.domain.recruitment;

import cn.dangjian.domain.shared.Violation;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * A branch general meeting's ballot on one person (art. 19-20, 32). Quorum and majority are
 * computed from the counts, never typed in: both compare with the voting members who should attend.
 * Written opinions of absent voting members count as votes, not as presence.
 */
@Embeddable
public class Vote implements Serializable {
  private static final long serialVersionUID = 1L;

  @Column(name = "should_attend")
  private Integer shouldAttend;

  @Column(name = "present_count")
  private Integer present;

  @Column(name = "votes_for")
  private Integer votesFor;

  @Column(name = "votes_against")
  private Integer votesAgainst;

  @Column(name = "abstentions")
  private Integer abstentions;

  @Column(name = "written_for")
  private Integer writtenFor;

  @Column(name = "written_against")
  private Integer writtenAgainst;

  protected Vote() {}

  public Vote(
      int shouldAttend,
      int present,
      int votesFor,
      int votesAgainst,
      int abstentions,
      int writtenFor,
      int writtenAgainst) {
    this.shouldAttend = shouldAttend;
    this.present = present;
    this.votesFor = votesFor;
    this.votesAgainst = votesAgainst;
    this.abstentions = abstentions;
    this.writtenFor = writtenFor;
    this.writtenAgainst = writtenAgainst;
  }

  public int shouldAttend() {
    return shouldAttend;
  }

  public int present() {
    return present;
  }

  public int votesFor() {
    return votesFor;
  }

  public int votesAgainst() {
    return votesAgainst;
  }

  public int abstentions() {
    return abstentions;
  }

  public int writtenFor() {
    return writtenFor;
  }

  public int writtenAgainst() {
    return writtenAgainst;
  }

  /** Art. 19: voting members present are more than half of those who should attend. */
  public boolean hasQuorum() {
    return 2 * present > shouldAttend;
  }

  /**
   * Art. 20: votes in favour, written ones included, are more than half of those who should attend.
   */
  public boolean carried() {
    return 2 * (votesFor + writtenFor) > shouldAttend;
  }

  /** The counts must add up; what is wrong is named field by field. */
  public List<Violation> check() {
    List<Violation> v = new ArrayList<>();
    int[] all = {
      shouldAttend, present, votesFor, votesAgainst, abstentions, writtenFor, writtenAgainst
    };
    for (int n : all) {
      if (n < 0) {
        v.add(new Violation("vote", "vote.negative"));
        return v;
      }
    }
    if (shouldAttend < 1) {
      v.add(new Violation("shouldAttend", "vote.shouldAttend.none"));
    }
    if (present > shouldAttend) {
      v.add(new Violation("present", "vote.present.tooMany", present, shouldAttend));
    }
    if (votesFor + votesAgainst + abstentions > present) {
      v.add(
          new Violation(
              "votesFor", "vote.ballots.tooMany", votesFor + votesAgainst + abstentions, present));
    }
    if (writtenFor + writtenAgainst > shouldAttend - present) {
      v.add(
          new Violation(
              "writtenFor",
              "vote.written.tooMany",
              writtenFor + writtenAgainst,
              shouldAttend - present));
    }
    return v;
  }
}
