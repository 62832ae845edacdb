package cn.dangjian.domain.recruitment.training;

import java.util.List;
import java.util.Optional;

public interface TrainingRepository {
  Optional<TrainingClass> find(Long id);

  /**
   * Every class of the year, with its organizer; few enough per year to filter by scope in memory.
   */
  List<TrainingClass> classes(int year);

  /** The certificates of a case's candidate classes, earliest first. */
  List<Enrolment> certificates(Long caseId, Audience audience);

  /** Every class a case was enrolled in. */
  List<Enrolment> enrolmentsOf(Long caseId);

  void store(TrainingClass c);
}
