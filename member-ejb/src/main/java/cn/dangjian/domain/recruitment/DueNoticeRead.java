package cn.dangjian.domain.recruitment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** A user has read a notice; notices are shared by everyone whose scope covers the addressee. */
@Entity
@Table(name = "due_notice_read")
@IdClass(DueNoticeRead.Key.class)
public class DueNoticeRead implements Serializable {
  private static final long serialVersionUID = 1L;

  @Id
  @Column(name = "notice_id")
  private Long noticeId;

  @Id
  @Column(name = "user_name", length = 64)
  private String userName;

  @Column(name = "read_at", nullable = false)
  private Instant readAt;

  protected DueNoticeRead() {}

  public DueNoticeRead(Long noticeId, String userName, Instant readAt) {
    this.noticeId = noticeId;
    this.userName = userName;
    this.readAt = readAt;
  }

  public Long getNoticeId() {
    return noticeId;
  }

  public String getUserName() {
    return userName;
  }

  public Instant getReadAt() {
    return readAt;
  }

  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;
    private Long noticeId;
    private String userName;

    public Key() {}

    public Key(Long noticeId, String userName) {
      this.noticeId = noticeId;
      this.userName = userName;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k
          && Objects.equals(noticeId, k.noticeId)
          && Objects.equals(userName, k.userName);
    }

    @Override
    public int hashCode() {
      return Objects.hash(noticeId, userName);
    }
  }
}
