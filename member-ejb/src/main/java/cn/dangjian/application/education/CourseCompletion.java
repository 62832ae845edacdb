package cn.dangjian.application.education;

import java.io.Serializable;
import java.util.List;

/**
 * How far a course's audience has come, per organization: how many finished every lesson, how many
 * started, how many have not; and who has not started (at most {@code MAX_NAMED}, the rest
 * counted). Counts per organization, never a list of people by result.
 */
public record CourseCompletion(
    Long courseId,
    String title,
    int lessons,
    List<Row> organizations,
    List<Person> notStarted,
    int notStartedTotal)
    implements Serializable {
  public static final int MAX_NAMED = 500;

  public record Row(String organization, int audience, int finished, int started, int notStarted)
      implements Serializable {}

  public record Person(Long memberId, String name, String organization) implements Serializable {}
}
