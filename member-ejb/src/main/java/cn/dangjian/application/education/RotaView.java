package cn.dangjian.application.education;

import java.io.Serializable;
import java.util.List;

/**
 * A committee's lecture rota as it stands: the round under way, the secretaries in order with
 * whether they have lectured in it, who is next, and the lectures given.
 */
public record RotaView(
    Long committeeId,
    String committee,
    int version,
    int round,
    List<Seat> seats,
    Long nextId,
    String nextName,
    List<SessionView> lectures)
    implements Serializable {

  public record Seat(Long memberId, String name, String branch, boolean lectured)
      implements Serializable {}
}
