package cn.dangjian.interfaces.recruitment.web;

import cn.dangjian.application.recruitment.OpinionData;
import cn.dangjian.domain.recruitment.OpinionSide;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Map;

/** The opinion form a person in sight and a case share (WEB-INF/opinion-form.xhtml). */
public class OpinionForm implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The service's fields and the form's inputs. */
  static final Map<String, String> FIELDS =
      Map.of("givenOn", "opinionOn", "giver", "giver", "side", "side", "content", "opinionContent");

  private LocalDate givenOn;
  private String giver;
  private OpinionSide side;
  private String content;

  OpinionData data() {
    return new OpinionData(givenOn, giver, side, content);
  }

  public OpinionSide[] getSides() {
    return OpinionSide.values();
  }

  public LocalDate getGivenOn() {
    return givenOn;
  }

  public void setGivenOn(LocalDate givenOn) {
    this.givenOn = givenOn;
  }

  public String getGiver() {
    return giver;
  }

  public void setGiver(String giver) {
    this.giver = giver;
  }

  public OpinionSide getSide() {
    return side;
  }

  public void setSide(OpinionSide side) {
    this.side = side;
  }

  public String getContent() {
    return content;
  }

  public void setContent(String content) {
    this.content = content;
  }
}
