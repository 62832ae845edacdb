package cn.dangjian.infrastructure.messaging;

import cn.dangjian.application.messaging.ChannelSender;
import cn.dangjian.application.shared.Messages;
import cn.dangjian.domain.messaging.Channel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * E-mail through the server's {@code mailSession} (mail/dangjian, configured by IT ops): one
 * connection per batch, one mail per person (no one sees another's address).
 */
@ApplicationScoped
public class MailSender implements ChannelSender {
  private static final int BATCH = 50;

  private static final String SESSION = "mail/dangjian";

  @Inject
  @ConfigProperty(name = "dangjian.mail.host")
  Optional<String> host;

  @Override
  public Channel channel() {
    return Channel.EMAIL;
  }

  @Override
  public boolean configured() {
    return host.filter(h -> !h.isBlank()).isPresent() && session() != null;
  }

  /** Looked up when used: a server without the mailSession has the channel off, not broken. */
  private static Session session() {
    try {
      return (Session) new InitialContext().lookup(SESSION);
    } catch (NamingException e) {
      return null;
    }
  }

  @Override
  public int batchSize() {
    return BATCH;
  }

  @Override
  public List<Outcome> send(String text, List<String> addresses, String reference) {
    List<Outcome> outcomes = new ArrayList<>();
    Session session = session();
    Transport transport;
    try {
      transport = session.getTransport();
      transport.connect();
    } catch (MessagingException e) {
      return Collections.nCopies(addresses.size(), Outcome.later(e.getMessage()));
    }
    try (transport) {
      String subject = Messages.in(Locale.SIMPLIFIED_CHINESE).text("mail.subject");
      for (String address : addresses) {
        outcomes.add(sendOne(session, transport, subject, text, address));
        if (outcomes.get(outcomes.size() - 1).result() == Result.UNKNOWN) {
          // the connection broke mid-mail: the rest were never handed over
          while (outcomes.size() < addresses.size()) {
            outcomes.add(Outcome.later("connection lost"));
          }
          break;
        }
      }
    } catch (MessagingException e) {
      // closing failed after every mail was accepted: nothing to undo
    }
    return outcomes;
  }

  private static Outcome sendOne(
      Session session, Transport transport, String subject, String text, String address) {
    InternetAddress to;
    try {
      to = new InternetAddress(address, true);
    } catch (AddressException e) {
      return Outcome.refused(e.getMessage());
    }
    try {
      MimeMessage mail = new MimeMessage(session);
      mail.setFrom();
      mail.setRecipient(jakarta.mail.Message.RecipientType.TO, to);
      mail.setSubject(subject, "UTF-8");
      mail.setText(text, "UTF-8");
      transport.sendMessage(mail, new Address[] {to});
      return Outcome.sent(Optional.ofNullable(mail.getMessageID()).orElse("250"));
    } catch (SendFailedException e) {
      return Outcome.refused(e.getMessage());
    } catch (MessagingException e) {
      return Outcome.unknown(e.getMessage());
    }
  }
}
