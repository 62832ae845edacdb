package cn.dangjian.application.messaging;

import cn.dangjian.application.shared.sheet.ImportReport;
import cn.dangjian.domain.messaging.MessageCategory;
import jakarta.ejb.Local;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

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

  /**
   * Sends the messages whose time has come and the outbox's due deliveries (the timer does so every
   * minute); answers how many messages and how many deliveries went out.
   */
  DueRun sendDue();

  record DueRun(int sent, int delivered) implements java.io.Serializable {}

  /** How the message went out, by channel, with the failures' reasons in the reader's language. */
  DeliveryReport report(Long id, Locale locale);

  /** Sends the failed and uncertain deliveries again, on purpose (audited). */
  DeliveryReport resend(Long id, Locale locale);

  /** The largest .xlsx of messages taken (a year of daily messages is far less). */
  long MAX_FILE_BYTES = 5L * 1024 * 1024;

  /**
   * Schedules the messages of an .xlsx file (发送时间, 类别, 内容, and 对象 or all members) for the
   * organization: all of them, or none and each problem with its row and column.
   */
  ImportReport importXlsx(Long organizationId, InputStream upload, String fileName)
      throws IOException;

  /** The caller's way of receiving messages. */
  Preferences preferences();

  /**
   * Sets it; deliveries waiting for the old quiet hours go at the next run if the new ones allow.
   */
  Preferences choose(PreferenceData data);
}
