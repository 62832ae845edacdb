package cn.dangjian.domain.recruitment;

import static cn.dangjian.domain.recruitment.Actor.BRANCH;
import static cn.dangjian.domain.recruitment.Actor.COMMITTEE;

import java.util.List;

/**
 * The 25 steps of the central organization department's flowchart, in order, with the stage they
 * belong to, who records them and the steps that must come first. Assessments repeat; a pre-review
 * or the committee's talk may be done again. The talk (art. 23) is not a predecessor of the
 * approval on purpose: the five checks must be able to find it missing and say so.
 */
public enum Step {
  APPLICATION(1, Stage.APPLICATION, BRANCH),
  TALK(2, Stage.APPLICATION, BRANCH, APPLICATION),
  ACTIVIST_DECIDED(3, Stage.ACTIVIST, BRANCH, TALK),
  ACTIVIST_FILED(4, Stage.ACTIVIST, COMMITTEE, ACTIVIST_DECIDED),
  MENTORS_ASSIGNED(5, Stage.ACTIVIST, BRANCH, ACTIVIST_DECIDED),
  ACTIVIST_ASSESSMENT(6, Stage.ACTIVIST, BRANCH, MENTORS_ASSIGNED),
  CANDIDATE_DECIDED(7, Stage.CANDIDATE, BRANCH, ACTIVIST_FILED, MENTORS_ASSIGNED),
  CANDIDATE_FILED(8, Stage.CANDIDATE, COMMITTEE, CANDIDATE_DECIDED),
  SPONSORS_ASSIGNED(9, Stage.CANDIDATE, BRANCH, CANDIDATE_DECIDED),
  POLITICAL_REVIEW(10, Stage.CANDIDATE, COMMITTEE, CANDIDATE_DECIDED),
  CANDIDATE_TRAINING(11, Stage.CANDIDATE, COMMITTEE, CANDIDATE_DECIDED),
  BRANCH_COMMITTEE_REVIEW(
      12,
      Stage.ADMISSION,
      BRANCH,
      CANDIDATE_FILED,
      SPONSORS_ASSIGNED,
      POLITICAL_REVIEW,
      CANDIDATE_TRAINING),
  PRE_REVIEW(13, Stage.ADMISSION, COMMITTEE, BRANCH_COMMITTEE_REVIEW),
  APPLICATION_FORM(14, Stage.ADMISSION, BRANCH, PRE_REVIEW),
  ADMISSION_MEETING(15, Stage.ADMISSION, BRANCH, APPLICATION_FORM),
  COMMITTEE_TALK(16, Stage.ADMISSION, COMMITTEE, ADMISSION_MEETING),
  ADMISSION_APPROVAL(17, Stage.ADMISSION, COMMITTEE, ADMISSION_MEETING),
  ADMISSION_FILED(18, Stage.ADMISSION, COMMITTEE, ADMISSION_APPROVAL),
  PLACED_IN_BRANCH(19, Stage.PROBATION, BRANCH, ADMISSION_APPROVAL),
  OATH(20, Stage.PROBATION, BRANCH, ADMISSION_APPROVAL),
  PROBATION_ASSESSMENT(21, Stage.PROBATION, BRANCH, ADMISSION_APPROVAL),
  CONVERSION_APPLICATION(22, Stage.PROBATION, BRANCH, PLACED_IN_BRANCH, OATH),
  CONVERSION_MEETING(23, Stage.PROBATION, BRANCH, CONVERSION_APPLICATION),
  CONVERSION_APPROVAL(24, Stage.PROBATION, COMMITTEE, CONVERSION_MEETING),
  ARCHIVED(25, Stage.PROBATION, BRANCH, CONVERSION_APPROVAL);

  private final int number;
  private final Stage stage;
  private final Actor actor;
  private final List<Step> after;

  Step(int number, Stage stage, Actor actor, Step... after) {
    this.number = number;
    this.stage = stage;
    this.actor = actor;
    this.after = List.of(after);
  }

  public int number() {
    return number;
  }

  public Stage stage() {
    return stage;
  }

  public Actor actor() {
    return actor;
  }

  public List<Step> after() {
    return after;
  }

  public boolean repeatable() {
    return this == ACTIVIST_ASSESSMENT
        || this == PROBATION_ASSESSMENT
        || this == PRE_REVIEW
        || this == COMMITTEE_TALK;
  }

  /** Steps whose record is a vote of the branch general meeting (art. 19-20, 32). */
  public boolean isMeeting() {
    return this == ADMISSION_MEETING || this == CONVERSION_MEETING;
  }

  /**
   * Steps decided by a counted vote: the branch general meetings, and the committee's collective
   * vote on an admission, one candidate at a time (art. 24).
   */
  /**
   * Steps whose decision must weigh the opinions of party members and of people outside the party
   * (征求党内外群众意见: art. 8, 13, 18 and 32 of the rules).
   */
  public boolean considersOpinions() {
    return this == ACTIVIST_DECIDED
        || this == CANDIDATE_DECIDED
        || this == BRANCH_COMMITTEE_REVIEW
        || this == CONVERSION_MEETING;
  }

  public boolean isVote() {
    return isMeeting() || this == ADMISSION_APPROVAL;
  }

  /** Steps that end in a decision which may go either way. */
  public boolean hasOutcome() {
    return this == POLITICAL_REVIEW
        || this == PRE_REVIEW
        || isMeeting()
        || this == COMMITTEE_TALK
        || this == ADMISSION_APPROVAL
        || this == CONVERSION_APPROVAL;
  }
}
