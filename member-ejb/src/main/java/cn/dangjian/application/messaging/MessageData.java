package cn.dangjian.application.messaging;

import cn.dangjian.domain.member.MemberKind;
import cn.dangjian.domain.messaging.Message;
import cn.dangjian.domain.messaging.MessageCategory;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDateTime;

/** A daily message as its editor writes it: the sentence, for whom, when (Beijing time). */
public record MessageData(
    @NotNull(message = "{message.organization.required}") Long organizationId,
    @NotNull(message = "{message.category.required}") MessageCategory category,
    @NotBlank(message = "{message.text.required}")
        @Size(max = Message.TEXT_LENGTH, message = "{member.field.tooLong}")
        String text,
    @NotNull(message = "{message.audience.required}") MemberKind audience,
    @NotNull(message = "{message.sendAt.required}") LocalDateTime sendAt)
    implements Serializable {
  public static final int TEXT_LENGTH = Message.TEXT_LENGTH;
}
