package cn.dangjian.domain.messaging;

/** How a message reaches a member: always in the app's inbox, and by the channels they choose. */
public enum Channel {
  APP,
  SMS,
  WECOM,
  DINGTALK,
  EMAIL;

  /** The channels a member may choose besides the inbox, which every member has. */
  public boolean isChosen() {
    return this != APP;
  }
}
