package cn.dangjian.interfaces.member.web;

import cn.dangjian.application.audit.AuditQuery;
import cn.dangjian.domain.audit.AuditAction;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/** The audit page's filter as URL parameters, so that the export downloads what the page shows. */
final class AuditLink {
  private AuditLink() {}

  static String parameters(AuditQuery q) {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("from", q.from());
    p.put("to", q.to());
    p.put("actor", q.actor());
    p.put("entityType", q.entityType());
    p.put("entityId", q.entityId());
    p.put("action", q.action());
    return p.entrySet().stream()
        .filter(e -> e.getValue() != null && !e.getValue().toString().isBlank())
        .map(
            e ->
                e.getKey()
                    + "="
                    + URLEncoder.encode(e.getValue().toString().strip(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }

  /** Throws {@link IllegalArgumentException} for a value that is not a date or an action. */
  static AuditQuery query(UnaryOperator<String> param) {
    return new AuditQuery(
        date(param.apply("from")),
        date(param.apply("to")),
        param.apply("actor"),
        param.apply("entityType"),
        param.apply("entityId"),
        action(param.apply("action")));
  }

  private static LocalDate date(String v) {
    try {
      return v == null || v.isBlank() ? null : LocalDate.parse(v.strip());
    } catch (java.time.format.DateTimeParseException e) {
      throw new IllegalArgumentException(e);
    }
  }

  private static AuditAction action(String v) {
    return v == null || v.isBlank() ? null : AuditAction.valueOf(v.strip());
  }
}
