package cn.dangjian.application.register;

import cn.dangjian.domain.register.RegisterEvent;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** An organization's register for a year, worded in the reader's language. */
public record RegisterView(Long organizationId, String organization, int year, List<Line> lines)
    implements Serializable {

  public record Line(
      LocalDate on, Long memberId, String member, RegisterEvent event, String what, String detail)
      implements Serializable {}
}
