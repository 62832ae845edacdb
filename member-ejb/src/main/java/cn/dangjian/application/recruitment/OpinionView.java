package cn.dangjian.application.recruitment;

import cn.dangjian.domain.recruitment.Opinion;
import cn.dangjian.domain.recruitment.OpinionSide;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * An opinion as shown; {@code beforeApplication} when it was gathered while the person was in
 * sight.
 */
public record OpinionView(
    LocalDate givenOn,
    String giver,
    OpinionSide side,
    String content,
    String recordedBy,
    boolean beforeApplication)
    implements Serializable {
  public static OpinionView of(Opinion o) {
    return new OpinionView(
        o.getGivenOn(),
        o.getGiver(),
        o.getSide(),
        o.getContent(),
        o.getRecordedBy(),
        o.getProspectId() != null);
  }
}
