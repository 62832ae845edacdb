package cn.dangjian.domain.recruitment;

import cn.dangjian.domain.member.Category;
import java.io.Serializable;
import java.util.List;

/** What the rules need to know about a member named as mentor or sponsor. */
public record PersonFacts(Long memberId, String name, Category category, List<Sanction> sanctions)
    implements Serializable {}
