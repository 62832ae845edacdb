package cn.dangjian.interfaces.messaging.web;

import cn.dangjian.application.messaging.Inbox;
import cn.dangjian.application.messaging.MessageService;
import cn.dangjian.domain.messaging.MessageCategory;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;

/** A member's inbox of daily messages, by category, newest first; more on demand. */
@Named
@ViewScoped
public class InboxPage implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final int PAGE = 20;

  @EJB MessageService messages;

  private MessageCategory category;
  private int shown = PAGE;
  private Inbox inbox;

  public Inbox getInbox() {
    if (inbox == null) {
      inbox = messages.inbox(category, 0, shown);
    }
    return inbox;
  }

  public void more() {
    shown += PAGE;
    inbox = null;
  }

  public boolean isHasMore() {
    return getInbox().total() > getInbox().items().size();
  }

  public MessageCategory[] getCategories() {
    return MessageCategory.values();
  }

  public MessageCategory getCategory() {
    return category;
  }

  /** From the address (?category=), so that a category can be bookmarked. */
  public void setCategory(MessageCategory category) {
    this.category = category;
    this.inbox = null;
  }
}
