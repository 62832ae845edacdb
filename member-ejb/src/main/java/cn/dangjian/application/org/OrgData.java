package cn.dangjian.application.org;

import cn.dangjian.domain.org.OrgKind;
import java.io.Serializable;
import java.time.LocalDate;

/** What a user supplies to found or rename an organization. */
public record OrgData(String code, String name, OrgKind kind, Long parentId, LocalDate foundedOn)
    implements Serializable {}
