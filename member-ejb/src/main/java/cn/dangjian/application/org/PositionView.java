package cn.dangjian.application.org;

import cn.dangjian.domain.member.PositionRole;
import java.io.Serializable;
import java.time.LocalDate;

public record PositionView(
    Long id,
    Long orgId,
    String orgName,
    Long memberId,
    String memberName,
    PositionRole role,
    LocalDate since)
    implements Serializable {}
