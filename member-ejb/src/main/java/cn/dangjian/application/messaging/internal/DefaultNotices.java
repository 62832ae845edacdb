package cn.dangjian.application.messaging.internal;

import cn.dangjian.application.messaging.ChannelSender;
import cn.dangjian.application.messaging.Notices;
import cn.dangjian.domain.member.MemberKind;
import cn.dangjian.domain.member.PositionRepository;
import cn.dangjian.domain.messaging.Message;
import cn.dangjian.domain.messaging.MessageCategory;
import cn.dangjian.domain.messaging.MessageRepository;
import cn.dangjian.domain.org.Organization;
import cn.dangjian.domain.org.OrganizationRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;

/** Notices as messages of the kind NOTICE, sent at once or queued like a daily message. */
@ApplicationScoped
public class DefaultNotices implements Notices {
  @Inject MessageRepository messages;
  @Inject PositionRepository positions;
  @Inject Outbox outbox;
  @Inject Clock clock;
  @Inject OrganizationRepository organizations;

  @Override
  public void toMembers(Long organizationId, MemberKind kind, String text, Instant at) {
    Organization org = organizations.find(organizationId).orElseThrow();
    Instant now = clock.instant();
    messages.store(
        new Message(
            org,
            MessageCategory.NOTICE,
            fit(text),
            kind,
            at.isBefore(now) ? now : at,
            SYSTEM,
            now));
  }

  @Override
  public void toCommitteeOf(Long organizationId, String text) {
    toPeople(organizationId, positions.committeeOf(organizationId, LocalDate.now(clock)), text);
  }

  @Override
  public void toPeople(Long organizationId, Collection<Long> people, String text) {
    Organization org = organizations.find(organizationId).orElseThrow();
    Instant now = clock.instant();
    Message m =
        new Message(org, MessageCategory.NOTICE, fit(text), MemberKind.ALL, now, SYSTEM, now);
    messages.store(m);
    int reached =
        messages.deliverTo(
            m, people, outbox.configured().stream().map(ChannelSender::channel).toList(), now);
    m.sent(now, reached);
  }

  private static String fit(String text) {
    String t = text.strip();
    return t.length() <= Message.TEXT_LENGTH ? t : t.substring(0, Message.TEXT_LENGTH - 1) + "…";
  }
}
