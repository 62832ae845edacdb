package cn.dangjian.application.care;

import cn.dangjian.domain.care.NeedKind;
import java.io.Serializable;
import java.util.List;

/** A point's members: where they live, retired or not, their age, their open needs for care. */
public record PointMembers(Long pointId, String pointName, List<Person> members)
    implements Serializable {

  /** {@code elderly}: at or above the age the group sets ({@code dangjian.care.elderlyAge}). */
  public record Person(
      Long memberId,
      String name,
      String organizationName,
      String residence,
      boolean retired,
      Integer age,
      boolean elderly,
      List<NeedKind> needs)
      implements Serializable {}
}
