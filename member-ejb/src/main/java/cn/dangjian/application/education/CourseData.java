package cn.dangjian.application.education;

import cn.dangjian.domain.education.Course;
import cn.dangjian.domain.member.MemberKind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;

/** A course as its organization sets it up: what it is, for whom, over which period. */
public record CourseData(
    @NotNull(message = "{study.organization.required}") Long organizationId,
    @NotBlank(message = "{course.title.required}")
        @Size(max = Course.TITLE_LENGTH, message = "{member.field.tooLong}")
        String title,
    @Size(max = Course.SUMMARY_LENGTH, message = "{member.field.tooLong}") String summary,
    @NotNull(message = "{course.audience.org}") Long audienceOrgId,
    @NotNull(message = "{course.audience.required}") MemberKind audience,
    @NotNull(message = "{course.period}") LocalDate opensOn,
    @NotNull(message = "{course.period}") LocalDate closesOn)
    implements Serializable {}
