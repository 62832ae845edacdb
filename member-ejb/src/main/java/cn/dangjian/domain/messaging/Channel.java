package cn.dangjian.domain.messaging;

/**
 * How a message reaches people: always in the app's inbox; by the channels a member chooses (SMS, a
 * WeCom application message, a DingTalk work notification, e-mail); and, for messages to whole
 * organizations, in the organizations' group chats by their robots (WeCom, DingTalk), one post per
 * group.
 */
public enum Channel {
  APP,
  SMS,
  WECOM,
  DINGTALK,
  EMAIL,
  WECOM_GROUP,
  DINGTALK_GROUP;

  /** The channels a member may choose besides the inbox, which every member has. */
  public boolean isChosen() {
    return this == SMS || this == WECOM || this == DINGTALK || this == EMAIL;
  }

  /** Whether its deliveries go to an organization's group chat rather than to a person. */
  public boolean toGroups() {
    return this == WECOM_GROUP || this == DINGTALK_GROUP;
  }
}
