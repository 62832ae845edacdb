package cn.dangjian.application.recruitment.training.internal;

import cn.dangjian.domain.education.StudyRepository;
import cn.dangjian.domain.education.StudySource;
import cn.dangjian.domain.recruitment.training.Enrolment;
import cn.dangjian.domain.recruitment.training.TrainingClass;
import cn.dangjian.domain.recruitment.training.TrainingRepository;
import cn.dangjian.domain.recruitment.training.TrainingSession;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Objects;

/**
 * A training class's sessions in the study ledger: each session credits the members among those
 * present (a probationary member in a class; an activist or candidate once admitted, for the
 * sessions attended before), from the attendance the class recorded, never typed again.
 */
@ApplicationScoped
public class TrainingHours {
  @Inject StudyRepository studies;
  @Inject TrainingRepository classes;

  /** After a session's attendance changed: its entries are exactly its present members'. */
  public void sessionRecorded(TrainingClass c, TrainingSession s) {
    List<Long> members =
        c.getEnrolments().stream()
            .filter(e -> e.getAttended().contains(s))
            .map(e -> e.getRecruitmentCase().getMemberId())
            .filter(Objects::nonNull)
            .toList();
    studies.credit(
        StudySource.TRAINING, s.getId(), members, s.getHeldOn(), s.getHours(), s.getTopic());
  }

  /** On admission: the sessions the person attended before become their entries. */
  public void admitted(Long caseId, Long memberId) {
    for (Enrolment e : classes.enrolmentsOf(caseId)) {
      for (TrainingSession s : e.getAttended()) {
        studies.creditOnce(
            StudySource.TRAINING, s.getId(), memberId, s.getHeldOn(), s.getHours(), s.getTopic());
      }
    }
  }
}
