package cn.dangjian.interfaces.member.web;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Named;
import java.io.Serializable;

/** How far the user's running import has got, polled by the page's progress bar. */
@Named
@SessionScoped
public class ImportProgress implements Serializable {
  private static final long serialVersionUID = 1L;
  private volatile int percent;

  public int getPercent() {
    return percent;
  }

  void set(int percent) {
    this.percent = percent;
  }
}
