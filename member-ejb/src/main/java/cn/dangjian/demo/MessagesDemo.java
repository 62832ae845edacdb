package cn.dangjian.demo;

import cn.dangjian.application.shared.BeijingTime;
import cn.dangjian.domain.member.MemberKind;
import cn.dangjian.domain.messaging.Message;
import cn.dangjian.domain.messaging.MessageCategory;
import cn.dangjian.domain.messaging.MessageRepository;
import cn.dangjian.domain.org.Organization;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Arrays;

/** 一句话直通学习 in use: each company's committee sent one sentence a morning these last days. */
@ApplicationScoped
public class MessagesDemo implements DemoContributor {
  private static final LocalTime MORNING = LocalTime.of(7, 0);

  @Inject MessageRepository messages;

  @PersistenceContext(unitName = "dangjian")
  EntityManager em;

  @Override
  @Transactional(TxType.REQUIRES_NEW)
  public void contribute(DemoGroup group) {
    Vocabulary words = Vocabulary.load();
    MessageCategory[] categories =
        Arrays.stream(MessageCategory.values())
            .filter(MessageCategory::isWritten)
            .toArray(MessageCategory[]::new);
    for (DemoGroup.Company company : group.companies()) {
      Organization committee = em.find(Organization.class, company.committeeId());
      for (int daysAgo = categories.length; daysAgo >= 1; daysAgo--) {
        MessageCategory category = categories[daysAgo % categories.length];
        String[] texts = words.word("messages." + category.name()).split(";");
        Instant at =
            group.today().minusDays(daysAgo).atTime(MORNING).atZone(BeijingTime.ZONE).toInstant();
        Message m =
            new Message(
                committee,
                category,
                texts[daysAgo % texts.length],
                MemberKind.ALL,
                at,
                "zuzhibu",
                at.minus(Duration.ofHours(12)));
        messages.store(m);
        em.flush();
        m.sent(at, messages.deliverToInboxes(m, at, group.today()));
      }
    }
  }
}
