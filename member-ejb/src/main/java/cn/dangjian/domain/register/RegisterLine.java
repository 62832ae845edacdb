package cn.dangjian.domain.register;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * One line of the register: the day, whose, what, and the facts to word it with (names, titles,
 * amounts), stored in no language.
 */
public record RegisterLine(
    LocalDate on, Long memberId, String member, RegisterEvent event, List<Object> facts)
    implements Serializable {

  public RegisterLine {
    facts = List.copyOf(facts);
  }

  /** The register's order: by day, then member, then what happened. */
  public static final Comparator<RegisterLine> ORDER =
      Comparator.comparing(RegisterLine::on)
          .thenComparing(RegisterLine::member)
          .thenComparing(RegisterLine::memberId)
          .thenComparing(RegisterLine::event);
}
