package cn.dangjian.application.education;

import cn.dangjian.domain.education.StudyMode;
import cn.dangjian.domain.education.StudySession;
import cn.dangjian.domain.member.MemberKind;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * A study session as the organizer plans it: who holds it, which mode, when, what, for how long,
 * and who is expected (a kind of the organization's members, all by default, or people picked).
 */
public record SessionData(
    @NotNull(message = "{study.organization.required}") Long organizationId,
    @NotNull(message = "{study.mode.required}") StudyMode mode,
    @NotBlank(message = "{study.topic.required}")
        @Size(max = StudySession.TOPIC_LENGTH, message = "{member.field.tooLong}")
        String topic,
    @NotNull(message = "{study.date.required}") LocalDate heldOn,
    LocalTime startsAt,
    @NotNull(message = "{study.hours.required}")
        @DecimalMin(value = "0.5", message = "{study.hours.range}")
        @DecimalMax(value = "8", message = "{study.hours.range}")
        BigDecimal hours,
    @Size(max = StudySession.SPEAKER_LENGTH, message = "{member.field.tooLong}") String speaker,
    @Size(max = StudySession.PLACE_LENGTH, message = "{member.field.tooLong}") String place,
    MemberKind expected,
    List<Long> picked)
    implements Serializable {}
