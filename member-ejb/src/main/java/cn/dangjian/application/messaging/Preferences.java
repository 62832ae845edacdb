package cn.dangjian.application.messaging;

import cn.dangjian.domain.messaging.Channel;
import java.io.Serializable;
import java.time.LocalTime;
import java.util.List;

/**
 * A member's way of receiving messages: the channels this server offers besides the inbox (those
 * not configured are off), the ones chosen, the e-mail address and WeCom account, and quiet hours
 * (Beijing time).
 */
public record Preferences(
    List<Channel> offered,
    List<Channel> chosen,
    String emailAddress,
    String wecomAccount,
    String dingtalkAccount,
    LocalTime quietFrom,
    LocalTime quietTo)
    implements Serializable {}
