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

  @Column(name = "quiet_from")
  private LocalTime quietFrom;

  @Column(name = "quiet_to")
  private LocalTime quietTo;

  protected MessagePreference() {}

  public MessagePreference(Long memberId) {
    this.memberId = memberId;
  }

  /** The channels chosen; e-mail needs its address (checked by the service's contract). */
  public void choose(Set<Channel> channels, String emailAddress, QuietHours quiet) {
    this.sms = channels.contains(Channel.SMS);
    this.email = channels.contains(Channel.EMAIL);
    this.emailAddress = emailAddress;
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
}
