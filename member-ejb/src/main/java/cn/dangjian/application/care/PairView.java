package cn.dangjian.application.care;

import cn.dangjian.domain.care.HelpKind;
import cn.dangjian.domain.care.NeedKind;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** A pair with its archive, newest help last. */
public record PairView(
    Long id,
    Long helperId,
    String helperName,
    Long helpedId,
    String helpedName,
    NeedKind area,
    LocalDate since,
    LocalDate endedOn,
    String endReason,
    List<Help> help)
    implements Serializable {

  public record Help(LocalDate on, HelpKind kind, String what, String by) implements Serializable {}
}
