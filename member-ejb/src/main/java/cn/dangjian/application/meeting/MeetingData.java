package cn.dangjian.application.meeting;

import cn.dangjian.domain.meeting.MeetingKind;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A meeting to record: whose, which kind, when, on what, the minutes; a party lesson's lecturer and
 * hours; and who of the organization's members was there (those not listed were not expected).
 */
public record MeetingData(
    @NotNull(message = "{meeting.organization.required}") Long organizationId,
    @NotNull(message = "{meeting.kind.required}") MeetingKind kind,
    @NotNull(message = "{meeting.heldOn.invalid}") LocalDate heldOn,
    @NotNull(message = "{meeting.topic.required}") String topic,
    String place,
    String lecturer,
    BigDecimal hours,
    String minutes,
    @NotNull(message = "{meeting.attendance.required}")
        List<@Valid @NotNull AttendeeData> attendance)
    implements Serializable {}
