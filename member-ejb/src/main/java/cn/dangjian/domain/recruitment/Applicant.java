package cn.dangjian.domain.recruitment;

import cn.dangjian.domain.member.Education;
import cn.dangjian.domain.member.Sex;
import java.io.Serializable;
import java.time.LocalDate;

/** The particulars of a person handing in an application (step 1). */
public record Applicant(
    String name,
    Sex sex,
    String citizenId,
    String ethnicity,
    LocalDate birthDate,
    Education education,
    String phone,
    String jobPost,
    boolean frontline,
    boolean technician,
    boolean teamLeader,
    LocalDate applicationDate)
    implements Serializable {}
