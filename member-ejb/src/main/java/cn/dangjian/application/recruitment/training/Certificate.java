package cn.dangjian.application.recruitment.training;

import cn.dangjian.domain.member.Sex;
import cn.dangjian.domain.recruitment.training.Audience;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** What the printed certificate (结业证书) says. */
public record Certificate(
    String number,
    String name,
    Sex sex,
    String branch,
    String title,
    Audience audience,
    String organizer,
    LocalDate startsOn,
    LocalDate endsOn,
    int days,
    BigDecimal hours,
    int examScore,
    LocalDate certifiedOn)
    implements Serializable {}
