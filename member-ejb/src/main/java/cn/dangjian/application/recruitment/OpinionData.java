package cn.dangjian.application.recruitment;

import cn.dangjian.domain.recruitment.OpinionSide;
import java.io.Serializable;
import java.time.LocalDate;

/** What someone inside or outside the party said of a person, and when. */
public record OpinionData(LocalDate givenOn, String giver, OpinionSide side, String content)
    implements Serializable {}
