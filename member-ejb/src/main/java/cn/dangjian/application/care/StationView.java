package cn.dangjian.application.care;

import java.io.Serializable;
import java.util.List;

public record StationView(
    Long id,
    Long organizationId,
    String organizationName,
    String name,
    String address,
    String contact,
    String phone,
    List<Point> points)
    implements Serializable {

  /** A point and how many members it serves. */
  public record Point(
      Long id,
      String name,
      String address,
      String contact,
      String phone,
      String places,
      long members)
      implements Serializable {}
}
