package cn.dangjian.domain.recruitment;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * Party sanctions that matter for sponsoring (art. 14), recognised by the subtype of a member's
 * sanction history line (its official Chinese name, as the root bundle spells it, or the code).
 * 留党察看 bars until rights are restored; the others while in effect.
 */
public enum SanctionKind {
  WARNING,
  SERIOUS_WARNING,
  REMOVAL_FROM_POST,
  PROBATION_WITHIN_PARTY;

  public static Optional<SanctionKind> of(String subtype) {
    if (subtype == null) {
      return Optional.empty();
    }
    ResourceBundle official = ResourceBundle.getBundle("cn.dangjian.i18n.messages", Locale.ROOT);
    String s = subtype.strip();
    return Arrays.stream(values())
        .filter(
            k ->
                s.equalsIgnoreCase(k.name())
                    || s.equals(official.getString("enum.SanctionKind." + k.name())))
        .findFirst();
  }
}
