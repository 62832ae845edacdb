package cn.dangjian.domain.care;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import java.time.LocalDate;

/** One help given in a pair: the day, its kind, what was done, by whom (the electronic archive). */
@Embeddable
public class HelpRecord implements Serializable {
  private static final long serialVersionUID = 1L;

  public static final int MAX_WHAT = 500;

  @Column(name = "help_on", nullable = false)
  private LocalDate givenOn;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private HelpKind kind;

  @Column(name = "what", nullable = false, length = MAX_WHAT)
  private String what;

  @Column(name = "given_by", nullable = false, length = 100)
  private String by;

  protected HelpRecord() {}

  HelpRecord(LocalDate on, HelpKind kind, String what, String by) {
    this.givenOn = on;
    this.kind = kind;
    this.what = what;
    this.by = by;
  }

  public LocalDate getOn() {
    return givenOn;
  }

  public HelpKind getKind() {
    return kind;
  }

  public String getWhat() {
    return what;
  }

  public String getBy() {
    return by;
  }
}
