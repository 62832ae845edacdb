package cn.dangjian.application.messaging.internal;

import static cn.dangjian.application.shared.Roles.AUDITOR;
import static cn.dangjian.application.shared.Roles.BRANCH_SECRETARY;
import static cn.dangjian.application.shared.Roles.COMMITTEE_ADMIN;
import static cn.dangjian.application.shared.Roles.GROUP_ADMIN;
import static cn.dangjian.application.shared.Roles.MEMBER;

import cn.dangjian.application.messaging.ChannelSender;
import cn.dangjian.application.messaging.DeliveryReport;
import cn.dangjian.application.messaging.Inbox;
import cn.dangjian.application.messaging.MessageData;
import cn.dangjian.application.messaging.MessageService;
import cn.dangjian.application.messaging.MessageView;
import cn.dangjian.application.messaging.PreferenceData;
import cn.dangjian.application.messaging.Preferences;
import cn.dangjian.application.shared.BeijingTime;
import cn.dangjian.application.shared.Messages;
import cn.dangjian.application.shared.internal.AuditLog;
import cn.dangjian.application.shared.internal.ClockProducer;
import cn.dangjian.application.shared.internal.CurrentCaller;
import cn.dangjian.application.shared.internal.Flush;
import cn.dangjian.application.shared.internal.ScopeGuard;
import cn.dangjian.application.shared.sheet.ImportReport;
import cn.dangjian.application.shared.sheet.Upload;
import cn.dangjian.domain.audit.AuditAction;
import cn.dangjian.domain.messaging.Channel;
import cn.dangjian.domain.messaging.DeliveryStatus;
import cn.dangjian.domain.messaging.Message;
import cn.dangjian.domain.messaging.MessageCategory;
import cn.dangjian.domain.messaging.MessagePreference;
import cn.dangjian.domain.messaging.MessageRepository;
import cn.dangjian.domain.messaging.QuietHours;
import cn.dangjian.domain.org.Organization;
import cn.dangjian.domain.org.OrganizationRepository;
import cn.dangjian.domain.shared.ConflictException;
import cn.dangjian.domain.shared.Constraints;
import cn.dangjian.domain.shared.ValidationException;
import cn.dangjian.domain.shared.Violation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

@Stateless
@RolesAllowed({GROUP_ADMIN, COMMITTEE_ADMIN})
public class DefaultMessageService implements MessageService {
  private static final int MAX_CALENDAR = 500;
  private static final int MAX_PAGE = 100;
  private static final int MAX_DAYS = 366;

  @Inject MessageRepository messages;
  @Inject MessageSending sending;
  @Inject OrganizationRepository organizations;
  @Inject Outbox outbox;
  @Inject MessageSheet sheet;
  @Inject ScopeGuard guard;
  @Inject CurrentCaller caller;
  @Inject AuditLog audit;
  @Inject Clock clock;

  @PersistenceContext(unitName = "dangjian")
  EntityManager em;

  @Override
  public MessageView write(MessageData data) {
    List<Violation> problems = new ArrayList<>(Constraints.of(data));
    if (data.category() != null && !data.category().isWritten()) {
      problems.add(new Violation("category", "message.category.notice"));
    }
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
  public ImportReport importXlsx(Long organizationId, InputStream upload, String fileName)
      throws IOException {
    Organization org = guard.organization(organizationId);
    return Upload.read(
        upload,
        fileName,
        (file, name) -> {
          MessageSheet.Read read =
              sheet.read(file, name, org, caller.get().user(), clock.instant());
          if (read.problems() != null) {
            return read.problems();
          }
          for (Message m : read.messages()) {
            messages.store(m);
          }
          Flush.now(em);
          for (Message m : read.messages()) {
            audit.record(
                AuditAction.CREATE,
                "Message",
                m.getId(),
                null,
                "audit.message.imported",
                m.getCategory(),
                org.getName(),
                m.getAudience(),
                BeijingTime.minute(m.getSendAt()),
                name);
          }
          int n = read.messages().size();
          return new ImportReport(n, n, 0, List.of());
        });
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

  /**
   * Outside a transaction, as the timer's run: each step has its own, the provider's calls none.
   */
  @Override
  @RolesAllowed(GROUP_ADMIN)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public DueRun sendDue() {
    Instant now = clock.instant();
    return new DueRun(sending.sendDue(now), outbox.deliverDue(now));
  }

  @Override
  @RolesAllowed({GROUP_ADMIN, COMMITTEE_ADMIN, BRANCH_SECRETARY})
  public DeliveryReport report(Long id, Locale locale) {
    Message m = guard.load(Message.class, id, "entity.message");
    return report(m, locale);
  }

  private DeliveryReport report(Message m, Locale locale) {
    Messages text = Messages.in(locale);
    List<Object[]> byPath = messages.countsByPath(m.getId());
    Map<Channel, Map<DeliveryStatus, Long>> totals = new EnumMap<>(Channel.class);
    for (Object[] r : byPath) {
      totals
          .computeIfAbsent((Channel) r[1], c -> new EnumMap<>(DeliveryStatus.class))
          .merge((DeliveryStatus) r[2], (Long) r[3], Long::sum);
    }
    List<DeliveryReport.Line> lines = new ArrayList<>();
    totals.forEach((channel, byStatus) -> lines.add(line(channel, byStatus)));
    List<DeliveryReport.Problem> problems =
        messages.problems(m.getId(), DeliveryReport.MAX_PROBLEMS).stream()
            .map(
                r ->
                    new DeliveryReport.Problem(
                        (Long) r[0],
                        (String) (r[1] != null ? r[1] : r[2]),
                        (Channel) r[3],
                        (DeliveryStatus) r[4],
                        answer((String) r[5], text)))
            .toList();
    return new DeliveryReport(m.getId(), lines, places(m, byPath), problems);
  }

  private static DeliveryReport.Line line(Channel channel, Map<DeliveryStatus, Long> byStatus) {
    long[] n = new long[DeliveryStatus.values().length];
    byStatus.forEach((status, count) -> n[status.ordinal()] = count);
    return new DeliveryReport.Line(
        channel,
        Arrays.stream(n).sum() - n[DeliveryStatus.CANCELLED.ordinal()],
        n[DeliveryStatus.SENT.ordinal()],
        n[DeliveryStatus.PENDING.ordinal()] + n[DeliveryStatus.SENDING.ordinal()],
        n[DeliveryStatus.FAILED.ordinal()],
        n[DeliveryStatus.UNCERTAIN.ordinal()]);
  }

  /**
   * The figures for each organization directly under the message's (its members and those of the
   * organizations under it), and for the message's own organization's members.
   */
  private List<DeliveryReport.Place> places(Message m, List<Object[]> byPath) {
    Organization org = m.getOrganization();
    Map<Long, Organization> children = new LinkedHashMap<>();
    children.put(org.getId(), org);
    organizations.childrenOf(org).forEach(c -> children.put(c.getId(), c));
    Map<Long, Map<Channel, Map<DeliveryStatus, Long>>> counts = new LinkedHashMap<>();
    for (Object[] r : byPath) {
      String path = (String) r[0];
      if (!path.startsWith(org.getPath())) {
        continue; // moved out of the subtree since: in the totals, under no organization here
      }
      String below = path.substring(org.getPath().length());
      Long place =
          below.isEmpty() ? org.getId() : Long.valueOf(below.substring(0, below.indexOf('/')));
      counts
          .computeIfAbsent(place, p -> new EnumMap<>(Channel.class))
          .computeIfAbsent((Channel) r[1], c -> new EnumMap<>(DeliveryStatus.class))
          .merge((DeliveryStatus) r[2], (Long) r[3], Long::sum);
    }
    List<DeliveryReport.Place> places = new ArrayList<>();
    children.forEach(
        (id, o) -> {
          Map<Channel, Map<DeliveryStatus, Long>> byChannel = counts.get(id);
          if (byChannel != null) {
            byChannel.forEach(
                (channel, byStatus) ->
                    places.add(
                        new DeliveryReport.Place(id, o.getDisplayName(), line(channel, byStatus))));
          }
        });
    return places;
  }

  /** The provider's own words, or ours (a key) in the reader's language. */
  private static String answer(String answer, Messages text) {
    return answer != null && answer.startsWith("delivery.") ? text.text(answer) : answer;
  }

  @Override
  public DeliveryReport resend(Long id, Locale locale) {
    Message m = guard.load(Message.class, id, "entity.message");
    int again = messages.resend(m.getId(), clock.instant());
    if (again == 0) {
      throw new ConflictException("error.conflict.nothingToResend");
    }
    audit.record(
        AuditAction.UPDATE,
        "Message",
        m.getId(),
        null,
        "audit.message.resent",
        again,
        BeijingTime.minute(m.getSendAt()));
    return report(m, locale);
  }

  @Override
  @RolesAllowed({GROUP_ADMIN, COMMITTEE_ADMIN, BRANCH_SECRETARY, MEMBER, AUDITOR})
  public Preferences preferences() {
    Long me = caller.get().memberId();
    MessagePreference p = me == null ? null : messages.preference(me).orElse(null);
    return preferences(p);
  }

  private Preferences preferences(MessagePreference p) {
    List<Channel> offered = offered();
    return new Preferences(
        offered,
        p == null ? List.of() : p.channels().stream().filter(offered::contains).toList(),
        p == null ? null : p.getEmailAddress(),
        p == null ? null : p.getWecomAccount(),
        p == null ? null : p.getDingtalkAccount(),
        p == null ? null : p.quietHours().map(QuietHours::from).orElse(null),
        p == null ? null : p.quietHours().map(QuietHours::to).orElse(null));
  }

  @Override
  @RolesAllowed({GROUP_ADMIN, COMMITTEE_ADMIN, BRANCH_SECRETARY, MEMBER, AUDITOR})
  public Preferences choose(PreferenceData data) {
    List<Violation> problems = new ArrayList<>(Constraints.of(data));
    Long me = caller.get().memberId();
    if (me == null) {
      throw new ValidationException(
          List.of(new Violation("channels", "message.channels.noMember")));
    }
    List<Channel> offered = offered();
    Set<Channel> chosen = EnumSet.noneOf(Channel.class);
    if (data.channels() != null) {
      for (Channel c : data.channels()) {
        if (c == null || !offered.contains(c)) {
          problems.add(new Violation("channels", "message.channel.off"));
        } else {
          chosen.add(c);
        }
      }
    }
    String email =
        data.emailAddress() == null || data.emailAddress().isBlank()
            ? null
            : data.emailAddress().strip();
    if (chosen.contains(Channel.EMAIL) && email == null) {
      problems.add(new Violation("emailAddress", "message.email.required"));
    }
    String wecomAccount = address(chosen, Channel.WECOM, data.wecomAccount(), problems);
    String dingtalkAccount = address(chosen, Channel.DINGTALK, data.dingtalkAccount(), problems);
    if ((data.quietFrom() == null) != (data.quietTo() == null)) {
      problems.add(new Violation("quietTo", "message.quiet.bothEnds"));
    }
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
    messages.takeOutboxTurn(); // before the preference, which a fan-out reads
    MessagePreference p = messages.preference(me).orElse(null);
    if (p == null) {
      p = new MessagePreference(me);
      messages.store(p);
    }
    Set<Channel> before = p.channels();
    p.choose(
        chosen,
        new MessagePreference.Addresses(email, wecomAccount, dingtalkAccount),
        data.quietFrom() == null ? null : new QuietHours(data.quietFrom(), data.quietTo()));
    Instant now = clock.instant();
    before.stream()
        .filter(c -> !chosen.contains(c))
        .forEach(c -> messages.cancelPending(me, c, now));
    messages.releaseWaiting(me, now);
    return preferences(p);
  }

  /** A chosen channel's account, required; kept (stripped) when given. */
  private static String address(
      Set<Channel> chosen, Channel channel, String given, List<Violation> problems) {
    String account = given == null || given.isBlank() ? null : given.strip();
    if (chosen.contains(channel) && account == null) {
      String field = channel == Channel.WECOM ? "wecomAccount" : "dingtalkAccount";
      problems.add(new Violation(field, "message." + field + ".required"));
    }
    return account;
  }

  /** The channels of this server a member may choose. */
  private List<Channel> offered() {
    return outbox.configured().stream()
        .map(ChannelSender::channel)
        .filter(Channel::isChosen)
        .toList();
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
