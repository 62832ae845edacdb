package cn.dangjian.interfaces.education.web;

import cn.dangjian.application.education.ForumService;
import cn.dangjian.application.education.ForumViews;
import cn.dangjian.domain.education.BoardKind;
import cn.dangjian.interfaces.shared.web.FacesErrors;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** 党员论坛: the caller's boards, one board's threads, and a new thread on it. */
@Named
@ViewScoped
public class ForumPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @EJB ForumService forum;

  private Long org;
  private BoardKind kind;
  private List<ForumViews.BoardRef> boards;
  private ForumViews.Board board;
  private String title;
  private String text;

  public List<ForumViews.BoardRef> getBoards() {
    if (boards == null) {
      boards = forum.myBoards();
    }
    return boards;
  }

  /** The board asked for, or the caller's first. */
  public ForumViews.Board getBoard() {
    if (board == null) {
      if (org == null && !getBoards().isEmpty()) {
        org = boards.get(0).organizationId();
        kind = boards.get(0).kind();
      }
      if (org != null) {
        board = forum.board(org, kind == null ? BoardKind.MEMBERS : kind);
      }
    }
    return board;
  }

  public String open() {
    try {
      ForumViews.Thread t = forum.open(org, kind == null ? BoardKind.MEMBERS : kind, title, text);
      return "/thread.xhtml?faces-redirect=true&id=" + t.id();
    } catch (RuntimeException e) {
      FacesErrors.show(e, "open", Map.of("title", "title", "text", "text", "author", "text"));
      return null;
    }
  }

  public Long getOrg() {
    return org;
  }

  public void setOrg(Long org) {
    this.org = org;
  }

  public BoardKind getKind() {
    return kind;
  }

  public void setKind(BoardKind kind) {
    this.kind = kind;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }
}
