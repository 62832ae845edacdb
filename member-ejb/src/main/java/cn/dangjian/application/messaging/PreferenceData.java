package cn.dangjian.application.messaging;

import cn.dangjian.domain.messaging.Channel;
import cn.dangjian.domain.messaging.MessagePreference;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalTime;
import java.util.List;

/**
 * What a member chooses: channels besides the inbox, an e-mail address, a WeCom and a DingTalk
 * account, quiet hours or none.
 */
public record PreferenceData(
    @NotNull(message = "{message.channels.required}") List<Channel> channels,
    @Email(message = "{message.email.invalid}")
        @Size(max = MessagePreference.EMAIL_LENGTH, message = "{member.field.tooLong}")
        String emailAddress,
    @Size(max = MessagePreference.WECOM_ACCOUNT_LENGTH, message = "{member.field.tooLong}")
        String wecomAccount,
    @Size(max = MessagePreference.DINGTALK_ACCOUNT_LENGTH, message = "{member.field.tooLong}")
        String dingtalkAccount,
    LocalTime quietFrom,
    LocalTime quietTo)
    implements Serializable {}
