package cn.dangjian.domain.member;

import java.io.Serializable;
import java.time.LocalDate;

/** One roster line: what the 花名册 shows, with the citizen id already masked. */
public record MemberRow(
    Long id,
    String name,
    Sex sex,
    String maskedCitizenId,
    LocalDate birthDate,
    Education education,
    Category category,
    Long organizationId,
    String organizationName,
    LocalDate joinDate,
    String jobPost,
    String phone,
    boolean frontline,
    Employment employment,
    boolean mobile,
    boolean lostContact)
    implements Serializable {}
