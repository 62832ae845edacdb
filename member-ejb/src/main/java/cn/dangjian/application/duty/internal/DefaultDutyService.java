package cn.dangjian.application.duty.internal;

import static cn.dangjian.application.shared.Roles.BRANCH_SECRETARY;
import static cn.dangjian.application.shared.Roles.COMMITTEE_ADMIN;
import static cn.dangjian.application.shared.Roles.GROUP_ADMIN;
import static cn.dangjian.application.shared.Roles.MEMBER;

import cn.dangjian.application.duty.DutyData;
import cn.dangjian.application.duty.DutyService;
import cn.dangjian.application.duty.DutyTemplateView;
import cn.dangjian.application.duty.DutyTemplates;
import cn.dangjian.application.duty.MemberDuties;
import cn.dangjian.application.duty.PostDuties;
import cn.dangjian.application.shared.Caller;
import cn.dangjian.application.shared.internal.AuditLog;
import cn.dangjian.application.shared.internal.ClockProducer;
import cn.dangjian.application.shared.internal.CurrentCaller;
import cn.dangjian.application.shared.internal.Flush;
import cn.dangjian.application.shared.internal.ScopeGuard;
import cn.dangjian.domain.audit.AuditAction;
import cn.dangjian.domain.duty.DutyRepository;
import cn.dangjian.domain.duty.DutyTemplate;
import cn.dangjian.domain.duty.DutyText;
import cn.dangjian.domain.duty.MemberDuty;
import cn.dangjian.domain.duty.Post;
import cn.dangjian.domain.duty.PostKind;
import cn.dangjian.domain.member.Member;
import cn.dangjian.domain.member.OrgPosition;
import cn.dangjian.domain.member.PositionRepository;
import cn.dangjian.domain.org.Organization;
import cn.dangjian.domain.shared.NotFoundException;
import cn.dangjian.domain.shared.RefusedException;
import cn.dangjian.domain.shared.ValidationException;
import cn.dangjian.domain.shared.Violation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

@Stateless
@RolesAllowed({GROUP_ADMIN, COMMITTEE_ADMIN, BRANCH_SECRETARY})
public class DefaultDutyService implements DutyService {
  private static final String TYPE = "DutyTemplate";

  @Inject DutyRepository duties;
  @Inject PositionRepository positions;
  @Inject ScopeGuard guard;
  @Inject CurrentCaller caller;
  @Inject AuditLog audit;
  @Inject Clock clock;

  @PersistenceContext(unitName = "dangjian")
  EntityManager em;

  @Override
  public DutyTemplates templates(Long organizationId) {
    Organization org = guard.organization(organizationId);
    List<DutyTemplate> above = duties.writtenBy(Organization.pathsUpTo(org.getPath()));
    Set<DutyTemplate> applying = new HashSet<>();
    above.forEach(
        t -> DutyTemplate.nearest(t.post(), org.getPath(), above).ifPresent(applying::add));
    List<DutyTemplateView> below =
        duties.writtenUnder(org.getPath()).stream()
            .filter(t -> !t.getOrgPath().equals(org.getPath()))
            .sorted(byPost())
            .map(t -> view(t, false))
            .toList();
    return new DutyTemplates(
        org.getId(),
        org.getName(),
        writes(caller.get()),
        applying.stream()
            .sorted(byPost())
            .map(t -> view(t, t.getOrgPath().equals(org.getPath())))
            .toList(),
        below);
  }

  @Override
  @RolesAllowed({GROUP_ADMIN, COMMITTEE_ADMIN})
  public DutyTemplateView write(DutyData d) {
    Post post = post(d);
    DutyText text = text(d);
    Organization owner = guard.organization(d == null ? null : d.organizationId());
    Caller c = caller.get();
    Optional<DutyTemplate> known = duties.template(owner.getId(), post);
    DutyTemplate t;
    if (known.isPresent()) {
      t = known.get();
      t.rewrite(text, c.user(), clock.instant());
    } else {
      t = new DutyTemplate(owner, post, text, c.user(), clock.instant());
      duties.store(t);
    }
    Flush.now(em);
    audit.record(
        known.isPresent() ? AuditAction.UPDATE : AuditAction.CREATE,
        TYPE,
        t.getId(),
        owner.getName(),
        "audit.duty.template",
        named(post));
    return view(t, true);
  }

  @Override
  @RolesAllowed({GROUP_ADMIN, COMMITTEE_ADMIN})
  public void remove(Long templateId) {
    DutyTemplate t = guard.load(DutyTemplate.class, templateId, "entity.dutyTemplate");
    duties.remove(t);
    audit.record(
        AuditAction.DELETE,
        TYPE,
        t.getId(),
        t.getOrganization().getName(),
        "audit.duty.templateRemoved",
        named(t.post()));
  }

  @Override
  @RolesAllowed({GROUP_ADMIN, COMMITTEE_ADMIN, BRANCH_SECRETARY, MEMBER})
  public MemberDuties of(Long memberId) {
    return duties(guard.member(memberId));
  }

  @Override
  @RolesAllowed({GROUP_ADMIN, COMMITTEE_ADMIN, BRANCH_SECRETARY, MEMBER})
  public MemberDuties mine() {
    Long me = caller.get().memberId();
    if (me == null) {
      throw new NotFoundException("entity.member", null);
    }
    return duties(guard.member(me));
  }

  @Override
  public MemberDuties adjust(Long memberId, DutyData d) {
    Post post = post(d);
    DutyText text = text(d);
    Member m = adjustable(memberId, post);
    Caller c = caller.get();
    Optional<MemberDuty> own = ownText(m, post);
    if (own.isPresent()) {
      own.get().adjust(text, c.user(), clock.instant());
    } else {
      duties.store(new MemberDuty(m.getId(), post, text, c.user(), clock.instant()));
    }
    Flush.now(em);
    audit.record(
        AuditAction.UPDATE, "Member", m.getId(), m.getName(), "audit.duty.adjusted", named(post));
    return duties(m);
  }

  @Override
  public MemberDuties restore(Long memberId, DutyData d) {
    Post post = post(d);
    Member m = adjustable(memberId, post);
    Optional<MemberDuty> own = ownText(m, post);
    if (own.isPresent()) {
      duties.remove(own.get());
      Flush.now(em);
      audit.record(
          AuditAction.UPDATE, "Member", m.getId(), m.getName(), "audit.duty.restored", named(post));
    }
    return duties(m);
  }

  /**
   * A member whose duties the caller may adjust: in their scope, not themselves (the member and the
   * secretary agree on them), and holding the post.
   */
  private Member adjustable(Long memberId, Post post) {
    Member m = guard.memberToChange(memberId);
    if (m.getId().equals(caller.get().memberId())) {
      throw new RefusedException("duty.adjust.own");
    }
    if (held(m).stream().noneMatch(h -> h.post().equals(post))) {
      throw new ValidationException(List.of(new Violation("kind", "duty.post.notHeld")));
    }
    return m;
  }

  private Optional<MemberDuty> ownText(Member m, Post post) {
    return duties.ofMember(m.getId()).stream().filter(x -> x.post().equals(post)).findFirst();
  }

  /** A post held, and where: a party post in its organization, the others in the member's. */
  private record Held(Post post, Organization where) {}

  private List<Held> held(Member m) {
    List<Held> held = new ArrayList<>();
    held.add(new Held(Post.membership(), m.getOrganization()));
    Set<Post> seen = new HashSet<>();
    for (OrgPosition p :
        positions.positionsHeldBy(m.getId(), LocalDate.now(clock)).stream()
            .sorted(Comparator.comparing(OrgPosition::getRole))
            .toList()) {
      Post post = Post.party(p.getRole());
      if (seen.add(post)) { // one text per role, whatever the number of organizations
        held.add(new Held(post, p.getOrganization()));
      }
    }
    if (m.getJobPost() != null && !m.getJobPost().isBlank()) {
      held.add(new Held(Post.work(m.getJobPost()), m.getOrganization()));
    }
    return held;
  }

  private MemberDuties duties(Member m) {
    List<Held> held = held(m);
    Set<String> paths = new HashSet<>();
    held.forEach(h -> paths.addAll(Organization.pathsUpTo(h.where().getPath())));
    Collection<DutyTemplate> templates = duties.writtenBy(paths);
    Map<Post, MemberDuty> own = new LinkedHashMap<>();
    duties.ofMember(m.getId()).forEach(x -> own.put(x.post(), x));
    List<PostDuties> posts = new ArrayList<>();
    for (Held h : held) {
      Post post = h.post();
      String where = post.kind() == PostKind.PARTY_POST ? h.where().getName() : null;
      MemberDuty mine = own.get(post);
      Optional<DutyTemplate> template = DutyTemplate.nearest(post, h.where().getPath(), templates);
      DutyText text = mine != null ? mine.text() : template.map(DutyTemplate::text).orElse(null);
      posts.add(
          new PostDuties(
              post.kind(),
              post.role(),
              post.workPost(),
              where,
              text == null ? null : text.duties(),
              text == null ? null : text.rights(),
              mine != null,
              template.map(t -> t.getOrganization().getName()).orElse(null),
              mine == null ? null : mine.getAdjustedBy(),
              mine == null ? null : mine.getAdjustedAt().atZone(ClockProducer.ZONE).toLocalDate()));
    }
    Caller c = caller.get();
    boolean adjustable =
        c.keepsRecords() && c.scope().covers(m.getOrgPath()) && !m.getId().equals(c.memberId());
    return new MemberDuties(m.getId(), m.getName(), adjustable, posts);
  }

  private static boolean writes(Caller c) {
    return c.has(GROUP_ADMIN) || c.has(COMMITTEE_ADMIN);
  }

  private static Post post(DutyData d) {
    if (d == null || !Post.valid(d.kind(), d.role(), d.workPost())) {
      throw new ValidationException(List.of(new Violation("kind", "duty.post.invalid")));
    }
    return new Post(d.kind(), d.role(), d.workPost());
  }

  private static DutyText text(DutyData d) {
    return new DutyText(d.duties(), d.rights());
  }

  /** The post as the audit names it: the role or the work post, or membership. */
  private static Object named(Post post) {
    return switch (post.kind()) {
      case MEMBER -> PostKind.MEMBER;
      case PARTY_POST -> post.role();
      case WORK_POST -> post.workPost();
    };
  }

  private static Comparator<DutyTemplate> byPost() {
    return Comparator.comparing((DutyTemplate t) -> t.post().kind())
        .thenComparing(t -> t.post().role(), Comparator.nullsFirst(Comparator.naturalOrder()))
        .thenComparing(t -> t.post().workPost(), Comparator.nullsFirst(Comparator.naturalOrder()))
        .thenComparing(DutyTemplate::getOrgPath);
  }

  private static DutyTemplateView view(DutyTemplate t, boolean own) {
    DutyText text = t.text();
    return new DutyTemplateView(
        t.getId(),
        t.getOrganization().getId(),
        t.getOrganization().getName(),
        own,
        t.post().kind(),
        t.post().role(),
        t.post().workPost(),
        text.duties(),
        text.rights(),
        t.getUpdatedBy(),
        t.getUpdatedAt());
  }
}
