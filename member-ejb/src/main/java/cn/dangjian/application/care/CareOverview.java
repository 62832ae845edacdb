package cn.dangjian.application.care;

import java.io.Serializable;
import java.util.List;

/**
 * An organization's care: the open needs of its members, the open pairs, and the members in
 * hardship without a helper ({@code uncovered}, in name order).
 */
public record CareOverview(
    Long organizationId,
    String organizationName,
    List<NeedView> needs,
    List<PairView> pairs,
    List<Person> uncovered)
    implements Serializable {

  public record Person(Long memberId, String name, String organizationName)
      implements Serializable {}
}
