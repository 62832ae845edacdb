package cn.dangjian.application.recruitment;

import cn.dangjian.domain.member.Sex;
import cn.dangjian.domain.recruitment.CaseStatus;
import cn.dangjian.domain.recruitment.Standing;
import java.io.Serializable;
import java.time.LocalDate;

/** One case on the pipeline board. */
public record CaseRow(
    Long id,
    String name,
    Sex sex,
    String organization,
    Standing standing,
    CaseStatus status,
    LocalDate applicationDate)
    implements Serializable {}
