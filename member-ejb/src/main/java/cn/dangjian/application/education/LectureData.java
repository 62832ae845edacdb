package cn.dangjian.application.education;

import cn.dangjian.domain.education.StudySession;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;

/** A lecture of the rota as the committee records it: who gave it, on what, when, how long. */
public record LectureData(
    @NotNull(message = "{rota.lecturer.required}") Long lecturerId,
    @NotBlank(message = "{study.topic.required}")
        @Size(max = StudySession.TOPIC_LENGTH, message = "{member.field.tooLong}")
        String topic,
    @NotNull(message = "{study.date.required}") LocalDate heldOn,
    LocalTime startsAt,
    @NotNull(message = "{study.hours.required}")
        @DecimalMin(value = "0.5", message = "{study.hours.range}")
        @DecimalMax(value = "8", message = "{study.hours.range}")
        BigDecimal hours,
    @Size(max = StudySession.PLACE_LENGTH, message = "{member.field.tooLong}") String place)
    implements Serializable {}
