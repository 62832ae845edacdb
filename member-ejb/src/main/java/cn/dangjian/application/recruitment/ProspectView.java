package cn.dangjian.application.recruitment;

import cn.dangjian.domain.member.Education;
import cn.dangjian.domain.member.Sex;
import cn.dangjian.domain.recruitment.ContactKind;
import cn.dangjian.domain.recruitment.ProspectState;
import cn.dangjian.domain.recruitment.Source;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** A person in a branch's sight, their guide, what was done with them and what was said of them. */
public record ProspectView(
    Long id,
    String name,
    Sex sex,
    String maskedCitizenId,
    LocalDate birthDate,
    Education education,
    String jobPost,
    List<Source> sources,
    Long organizationId,
    String organization,
    Long guideId,
    String guideName,
    LocalDate since,
    ProspectState state,
    Long caseId,
    LocalDate closedOn,
    String dropReason,
    List<Contact> contacts,
    List<OpinionView> opinions)
    implements Serializable {
  public record Contact(LocalDate on, ContactKind kind, String note, String recordedBy)
      implements Serializable {}
}
