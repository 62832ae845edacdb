package cn.dangjian.domain.messaging;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * A member's choice of channels besides the inbox, and their quiet hours. A member without one
 * reads their messages in the app only.
 */
@Entity
@Table(name = "message_preference")
public class MessagePreference implements Serializable {
  private static final long serialVersionUID = 1L;
  public static final int EMAIL_LENGTH = 100;
  public static final int WECOM_ACCOUNT_LENGTH = 64;
  public static final int DINGTALK_ACCOUNT_LENGTH = 64;

  @Id
  @Column(name = "member_id")
  private Long memberId;

  @Version private int version;

  @Column(nullable = false)
  private boolean sms;

  @Column(nullable = false)
  private boolean email;

  @Column(name = "email_address", length = EMAIL_LENGTH)
  private String emailAddress;

  @Column(nullable = false)
  private boolean wecom;

  /** The member's WeCom UserID (the account in the group's WeCom directory). */
  @Column(name = "wecom_account", length = WECOM_ACCOUNT_LENGTH)
  private String wecomAccount;

  @Column(nullable = false)
  private boolean dingtalk;

  /** The member's DingTalk userid (in the group's DingTalk organization). */
  @Column(name = "dingtalk_account", length = DINGTALK_ACCOUNT_LENGTH)
  private String dingtalkAccount;

  @Column(name = "quiet_from")
  private LocalTime quietFrom;

  @Column(name = "quiet_to")
  private LocalTime quietTo;

  protected MessagePreference() {}

  public MessagePreference(Long memberId) {
    this.memberId = memberId;
  }

  /**
   * The channels chosen, with the addresses of those that need one (e-mail, WeCom and DingTalk;
   * checked by the service's contract).
   */
  public void choose(Set<Channel> channels, Addresses addresses, QuietHours quiet) {
    this.sms = channels.contains(Channel.SMS);
    this.email = channels.contains(Channel.EMAIL);
    this.wecom = channels.contains(Channel.WECOM);
    this.dingtalk = channels.contains(Channel.DINGTALK);
    this.emailAddress = addresses.email();
    this.wecomAccount = addresses.wecom();
    this.dingtalkAccount = addresses.dingtalk();
    this.quietFrom = quiet == null ? null : quiet.from();
    this.quietTo = quiet == null ? null : quiet.to();
  }

  public Set<Channel> channels() {
    Set<Channel> chosen = EnumSet.noneOf(Channel.class);
    if (sms) {
      chosen.add(Channel.SMS);
    }
    if (email) {
      chosen.add(Channel.EMAIL);
    }
    if (wecom) {
      chosen.add(Channel.WECOM);
    }
    if (dingtalk) {
      chosen.add(Channel.DINGTALK);
    }
    return chosen;
  }

  public Optional<QuietHours> quietHours() {
    return quietFrom == null || quietTo == null
        ? Optional.empty()
        : Optional.of(new QuietHours(quietFrom, quietTo));
  }

  public Long getMemberId() {
    return memberId;
  }

  public int getVersion() {
    return version;
  }

  public String getEmailAddress() {
    return emailAddress;
  }

  public String getWecomAccount() {
    return wecomAccount;
  }

  public String getDingtalkAccount() {
    return dingtalkAccount;
  }

  /** Where a member's chosen channels reach them: e-mail address, WeCom and DingTalk accounts. */
  public record Addresses(String email, String wecom, String dingtalk) implements Serializable {}
}
