package cn.dangjian.interfaces.education.web;

import cn.dangjian.application.education.ForumService;
import cn.dangjian.application.education.ForumViews;
import cn.dangjian.interfaces.shared.web.FacesErrors;
import cn.dangjian.interfaces.shared.web.Scans;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.Serializable;
import java.util.Map;

/** A thread of 党员论坛: its posts, a reply, and for the moderator hiding with a reason. */
@Named
@ViewScoped
public class ThreadPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @EJB ForumService forum;

  private Long id;
  private ForumViews.Thread thread;
  private String text;
  private Long hideId;
  private String reason;
  private transient Part file;

  public ForumViews.Thread getThread() {
    if (thread == null) {
      thread = forum.thread(id);
    }
    return thread;
  }

  public String reply() {
    return change(
        () -> forum.reply(id, text, Scans.name(file), Scans.chosen(file) ? Scans.read(file) : null),
        "reply");
  }

  public Part getFile() {
    return file;
  }

  public void setFile(Part file) {
    this.file = file;
  }

  public String hide() {
    return change(() -> forum.hide(hideId, reason), "hide");
  }

  public String show(Long postId) {
    return change(() -> forum.show(postId), "posts");
  }

  private String change(java.util.function.Supplier<ForumViews.Thread> done, String form) {
    try {
      done.get();
      return "/thread.xhtml?faces-redirect=true&id=" + id;
    } catch (RuntimeException e) {
      FacesErrors.show(
          e, form, Map.of("text", "text", "reason", "reason", "author", "text", "file", "file"));
      return null;
    }
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public Long getHideId() {
    return hideId;
  }

  public void setHideId(Long hideId) {
    this.hideId = hideId;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
