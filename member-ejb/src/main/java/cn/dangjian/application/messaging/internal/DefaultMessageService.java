package cn.dangjian.application.messaging.internal;

import static cn.dangjian.application.shared.Roles.AUDITOR;
import static cn.dangjian.application.shared.Roles.BRANCH_SECRETARY;
import static cn.dangjian.application.shared.Roles.COMMITTEE_ADMIN;
import static cn.dangjian.application.shared.Roles.GROUP_ADMIN;
import static cn.dangjian.application.shared.Roles.MEMBER;

import cn.dangjian.application.messaging.Inbox;
import cn.dangjian.application.messaging.MessageData;
import cn.dangjian.application.messaging.MessageService;
import cn.dangjian.application.messaging.MessageView;
import cn.dangjian.application.shared.BeijingTime;
import cn.dangjian.application.shared.internal.AuditLog;
import cn.dangjian.application.shared.internal.ClockProducer;
import cn.dangjian.application.shared.internal.CurrentCaller;
import cn.dangjian.application.shared.internal.Flush;
import cn.dangjian.application.shared.internal.ScopeGuard;
import cn.dangjian.domain.audit.AuditAction;
import cn.dangjian.domain.messaging.Message;
import cn.dangjian.domain.messaging.MessageCategory;
import cn.dangjian.domain.messaging.MessageRepository;
import cn.dangjian.domain.org.Organization;
import cn.dangjian.domain.shared.ConflictException;
import cn.dangjian.domain.shared.Constraints;
import cn.dangjian.domain.shared.ValidationException;
import cn.dangjian.domain.shared.Violation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

@Stateless
@RolesAllowed({GROUP_ADMIN, COMMITTEE_ADMIN})
public class DefaultMessageService implements MessageService {
  private static final int MAX_CALENDAR = 500;
  private static final int MAX_PAGE = 100;
  private static final int MAX_DAYS = 366;

  @Inject MessageRepository messages;
  @Inject MessageSending sending;
  @Inject ScopeGuard guard;
  @Inject CurrentCaller caller;
  @Inject AuditLog audit;
  @Inject Clock clock;

  @PersistenceContext(unitName = "dangjian")
  EntityManager em;

  @Override
  public MessageView write(MessageData data) {
    List<Violation> problems = Constraints.of(data);
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
    Organization org = guard.organization(data.organizationId());
    Message m =
        new Message(
            org,
            data.category(),
            data.text(),
            data.audience(),
            data.sendAt().atZone(ClockProducer.ZONE).toInstant(),
            caller.get().user(),
            clock.instant());
    messages.store(m);
    Flush.now(em);
    audit.record(
        AuditAction.CREATE,
        "Message",
        m.getId(),
        null,
        "audit.message.written",
        m.getCategory(),
        org.getName(),
        m.getAudience(),
        BeijingTime.minute(m.getSendAt()));
    return view(m);
  }

  @Override
  @RolesAllowed({GROUP_ADMIN, COMMITTEE_ADMIN, BRANCH_SECRETARY})
  public List<MessageView> calendar(LocalDate from, LocalDate to) {
    if (from == null || to == null || to.isBefore(from) || from.plusDays(MAX_DAYS).isBefore(to)) {
      throw new ValidationException(List.of(new Violation("to", "message.calendar", MAX_DAYS)));
    }
    return messages
        .dueBetween(
            caller.get().scope(),
            from.atStartOfDay(ClockProducer.ZONE).toInstant(),
            to.plusDays(1).atStartOfDay(ClockProducer.ZONE).toInstant(),
            MAX_CALENDAR)
        .stream()
        .map(DefaultMessageService::view)
        .toList();
  }

  @Override
  @RolesAllowed({GROUP_ADMIN, COMMITTEE_ADMIN, BRANCH_SECRETARY})
  public MessageView message(Long id) {
    return view(guard.load(Message.class, id, "entity.message"));
  }

  @Override
  public MessageView withdraw(Long id, int expectedVersion) {
    Message m = guard.load(Message.class, id, "entity.message");
    if (m.getVersion() != expectedVersion) {
      throw new ConflictException("error.conflict.message");
    }
    m.withdraw();
    Flush.now(em);
    audit.record(
        AuditAction.UPDATE,
        "Message",
        m.getId(),
        null,
        "audit.message.withdrawn",
        m.getCategory(),
        BeijingTime.minute(m.getSendAt()));
    return view(m);
  }

  @Override
  @RolesAllowed({GROUP_ADMIN, COMMITTEE_ADMIN, BRANCH_SECRETARY, MEMBER, AUDITOR})
  public Inbox inbox(MessageCategory category, int first, int max) {
    Long me = caller.get().memberId();
    int from = Math.max(0, first);
    int page = Math.max(1, Math.min(max, MAX_PAGE));
    if (me == null) {
      return new Inbox(0, from, page, List.of()); // an account without a member record
    }
    return new Inbox(
        messages.inboxSize(me, category),
        from,
        page,
        messages.inbox(me, category, from, page).stream()
            .map(
                m ->
                    new Inbox.Item(
                        m.getId(),
                        m.getCategory(),
                        m.getText(),
                        m.getSentAt(),
                        m.getOrganization().getDisplayName()))
            .toList());
  }

  @Override
  @RolesAllowed(GROUP_ADMIN)
  public int sendDue() {
    return sending.sendDue(clock.instant());
  }

  private static MessageView view(Message m) {
    return new MessageView(
        m.getId(),
        m.getVersion(),
        m.getOrganization().getId(),
        m.getOrganization().getDisplayName(),
        m.getCategory(),
        m.getText(),
        m.getAudience(),
        m.getSendAt(),
        m.getStatus(),
        m.getWrittenBy(),
        m.getRecipients());
  }
}
