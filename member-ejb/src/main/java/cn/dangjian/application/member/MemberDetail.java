package cn.dangjian.application.member;

import cn.dangjian.domain.member.MemberData;
import java.io.Serializable;

/**
 * A member as a page or the API shows them: the editable data (citizen id left out), the masked id,
 * derived values and what the caller may do with the record.
 */
public record MemberDetail(
    Long id,
    int version,
    String maskedCitizenId,
    String organizationName,
    int age,
    int partyStandingYears,
    String account,
    MemberData data,
    boolean editable,
    boolean citizenIdRevealable)
    implements Serializable {}
