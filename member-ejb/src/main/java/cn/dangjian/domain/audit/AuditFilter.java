package cn.dangjian.domain.audit;

import java.time.Instant;

/** Which entries to read; a null part does not filter. {@code to} is exclusive. */
public record AuditFilter(
    Instant from,
    Instant to,
    String actor,
    String entityType,
    String entityId,
    AuditAction action) {}
