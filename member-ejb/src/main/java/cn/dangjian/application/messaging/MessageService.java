package cn.dangjian.application.messaging;

import cn.dangjian.domain.messaging.MessageCategory;
import jakarta.ejb.Local;
import java.time.LocalDate;
import java.util.List;

/**
 * 一句话直通学习: editors (the group's organization department, company committees for their subtree)
 * schedule one sentence a day for the members of a subtree; at its time each of them has it in
 * their inbox, once. Reading is never required, counted or ranked.
 */
@Local
public interface MessageService {
  MessageView write(MessageData data);

  /**
   * The messages of the caller's organizations going out (or gone out) in the period; a branch
   * secretary reads those of their branch.
   */
  List<MessageView> calendar(LocalDate from, LocalDate to);

  MessageView message(Long id);

  /** Withdraws a message before its time; If-Match carries its version. */
  MessageView withdraw(Long id, int expectedVersion);

  /** The caller's inbox, newest first; {@code category} null: all. */
  Inbox inbox(MessageCategory category, int first, int max);

  /** Sends the messages whose time has come (the timer does so every minute); answers how many. */
  int sendDue();
}
