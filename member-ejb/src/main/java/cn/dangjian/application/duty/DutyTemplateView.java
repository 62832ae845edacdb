package cn.dangjian.application.duty;

import cn.dangjian.domain.duty.PostKind;
import cn.dangjian.domain.member.PositionRole;
import java.io.Serializable;
import java.time.Instant;

/**
 * A template: the post, its text, the organization that wrote it ({@code own}: the one asked about)
 * and who last wrote it.
 */
public record DutyTemplateView(
    Long id,
    Long organizationId,
    String organizationName,
    boolean own,
    PostKind kind,
    PositionRole role,
    String workPost,
    String duties,
    String rights,
    String updatedBy,
    Instant updatedAt)
    implements Serializable {}
