package cn.dangjian.domain.education;

import cn.dangjian.domain.shared.Flag;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import java.io.Serializable;

/** A secretary's place on a lecture rota, and whether they have lectured in the current round. */
@Embeddable
public class RotaSeat implements Serializable {
  private static final long serialVersionUID = 1L;

  @Column(name = "member_id", nullable = false)
  private Long memberId;

  @Convert(converter = Flag.class)
  @Column(name = "lectured", nullable = false)
  private boolean lectured;

  protected RotaSeat() {}

  RotaSeat(Long memberId) {
    this.memberId = memberId;
  }

  public Long getMemberId() {
    return memberId;
  }

  public boolean hasLectured() {
    return lectured;
  }

  void lectured(boolean done) {
    this.lectured = done;
  }
}
