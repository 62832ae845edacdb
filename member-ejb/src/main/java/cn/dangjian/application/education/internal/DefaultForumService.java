package cn.dangjian.application.education.internal;

import static cn.dangjian.application.shared.Roles.BRANCH_SECRETARY;
import static cn.dangjian.application.shared.Roles.COMMITTEE_ADMIN;
import static cn.dangjian.application.shared.Roles.GROUP_ADMIN;
import static cn.dangjian.application.shared.Roles.MEMBER;

import cn.dangjian.application.document.DocumentFile;
import cn.dangjian.application.document.internal.Documents;
import cn.dangjian.application.education.ForumService;
import cn.dangjian.application.education.ForumViews;
import cn.dangjian.application.education.Material;
import cn.dangjian.application.shared.Caller;
import cn.dangjian.application.shared.internal.AuditLog;
import cn.dangjian.application.shared.internal.CurrentCaller;
import cn.dangjian.application.shared.internal.Flush;
import cn.dangjian.domain.audit.AuditAction;
import cn.dangjian.domain.document.Document;
import cn.dangjian.domain.document.DocumentInfo;
import cn.dangjian.domain.education.BoardKind;
import cn.dangjian.domain.education.ForumPost;
import cn.dangjian.domain.education.ForumRepository;
import cn.dangjian.domain.education.ForumThread;
import cn.dangjian.domain.member.Member;
import cn.dangjian.domain.member.MemberName;
import cn.dangjian.domain.member.MemberRepository;
import cn.dangjian.domain.member.PositionRepository;
import cn.dangjian.domain.org.OrgKind;
import cn.dangjian.domain.org.Organization;
import cn.dangjian.domain.shared.NotFoundException;
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
import java.util.List;
import java.util.Map;
import java.util.Optional;

@Stateless
@RolesAllowed({GROUP_ADMIN, COMMITTEE_ADMIN, BRANCH_SECRETARY, MEMBER})
public class DefaultForumService implements ForumService {
  private static final int THREADS = 100;
  private static final String ATTACHMENT = "ForumPost";

  @Inject Documents documents;
  @Inject ForumRepository forum;
  @Inject MemberRepository members;
  @Inject PositionRepository positions;
  @Inject CurrentCaller caller;
  @Inject AuditLog audit;
  @Inject Clock clock;

  @PersistenceContext(unitName = "dangjian")
  EntityManager em;

  /** What the caller may do on a board. */
  private record Access(Organization org, BoardKind kind, boolean moderator) {}

  @Override
  public List<ForumViews.BoardRef> myBoards() {
    Caller me = caller.get();
    List<ForumViews.BoardRef> boards = new ArrayList<>();
    Optional<Member> m = me.memberId() == null ? Optional.empty() : members.find(me.memberId());
    Organization branch = m.map(x -> up(x.getOrganization(), OrgKind.BRANCH)).orElse(null);
    if (branch != null) {
      boards.add(ref(branch, BoardKind.MEMBERS));
      Organization committee = up(branch, OrgKind.COMMITTEE);
      if (committee != null && readable(me, committee, BoardKind.SECRETARIES)) {
        boards.add(ref(committee, BoardKind.SECRETARIES));
      }
    }
    return boards;
  }

  @Override
  public ForumViews.Board board(Long organizationId, BoardKind kind) {
    Access a = access(organizationId, kind);
    List<ForumThread> threads = forum.threads(a.org().getId(), a.kind(), THREADS);
    Map<Long, MemberName> names =
        members.namesOf(threads.stream().map(ForumThread::getAuthorId).toList());
    return new ForumViews.Board(
        ref(a.org(), a.kind()),
        a.moderator(),
        threads.stream()
            .map(
                t ->
                    new ForumViews.ThreadRow(
                        t.getId(), t.getTitle(), name(names, t.getAuthorId()), t.getLastPostAt()))
            .toList());
  }

  @Override
  public ForumViews.Thread open(Long organizationId, BoardKind kind, String title, String text) {
    Access a = access(organizationId, kind);
    Long author = author();
    String t = title == null ? "" : title.strip();
    if (t.isEmpty() || t.length() > ForumThread.TITLE_LENGTH) {
      throw new ValidationException(
          List.of(new Violation("title", "forum.title", ForumThread.TITLE_LENGTH)));
    }
    ForumThread thread = new ForumThread(a.org(), a.kind(), t, author, clock.instant());
    ForumPost first = new ForumPost(thread, author, text, clock.instant());
    forum.store(thread);
    forum.store(first);
    Flush.now(em);
    return view(thread, a);
  }

  @Override
  public ForumViews.Thread thread(Long id) {
    ForumThread t = forum.thread(id).orElseThrow(() -> new NotFoundException("entity.thread", id));
    return view(t, access(t));
  }

  @Override
  public ForumViews.Thread reply(Long threadId, String text) {
    return reply(threadId, text, null, null);
  }

  @Override
  public ForumViews.Thread reply(Long threadId, String text, String fileName, byte[] file) {
    ForumThread t =
        forum.thread(threadId).orElseThrow(() -> new NotFoundException("entity.thread", threadId));
    Access a = access(t);
    Document d = file == null ? null : documents.checked(ATTACHMENT, fileName, file, "file");
    ForumPost p = new ForumPost(t, author(), text, clock.instant());
    forum.store(p);
    Flush.now(em);
    if (d != null) {
      documents.file(d, p.getId());
    }
    return view(t, a);
  }

  @Override
  public Long attach(Long postId, String fileName, byte[] file) {
    ForumPost p =
        forum.post(postId).orElseThrow(() -> new NotFoundException("entity.post", postId));
    access(p.getThread());
    if (!p.getAuthorId().equals(caller.get().memberId())) {
      audit.refused("ForumThread", p.getThread().getId(), "attach");
      throw new NotFoundException("entity.post", postId);
    }
    return documents.file(documents.checked(ATTACHMENT, fileName, file, "file"), p.getId());
  }

  @Override
  public DocumentFile attachment(Long postId, Long documentId) {
    ForumPost p =
        forum.post(postId).orElseThrow(() -> new NotFoundException("entity.post", postId));
    Access a = access(p.getThread());
    if (!p.visibleTo(caller.get().memberId(), a.moderator())) {
      throw new NotFoundException("entity.post", postId);
    }
    return documents.download(documentId, ATTACHMENT, p.getId()::equals);
  }

  @Override
  public ForumViews.Thread hide(Long postId, String reason) {
    ForumPost p = moderated(postId);
    p.hide(reason, caller.get().user());
    Flush.now(em);
    audit.record(
        AuditAction.UPDATE,
        "ForumThread",
        p.getThread().getId(),
        p.getThread().getTitle(),
        "audit.forum.hidden",
        authorOf(p),
        p.getHiddenReason());
    return view(p.getThread(), access(p.getThread()));
  }

  @Override
  public ForumViews.Thread show(Long postId) {
    ForumPost p = moderated(postId);
    p.show();
    Flush.now(em);
    audit.record(
        AuditAction.UPDATE,
        "ForumThread",
        p.getThread().getId(),
        p.getThread().getTitle(),
        "audit.forum.shown",
        authorOf(p));
    return view(p.getThread(), access(p.getThread()));
  }

  private ForumPost moderated(Long postId) {
    ForumPost p =
        forum.post(postId).orElseThrow(() -> new NotFoundException("entity.post", postId));
    if (!access(p.getThread()).moderator()) {
      audit.refused("ForumThread", p.getThread().getId(), "change");
      throw new NotFoundException("entity.post", postId);
    }
    return p;
  }

  private Long author() {
    Long me = caller.get().memberId();
    if (me == null) {
      throw new ValidationException(List.of(new Violation("author", "forum.noMember")));
    }
    return me;
  }

  private ForumViews.Thread view(ForumThread t, Access a) {
    Long me = caller.get().memberId();
    List<ForumPost> posts =
        forum.posts(t.getId()).stream().filter(p -> p.visibleTo(me, a.moderator())).toList();
    Map<Long, MemberName> names =
        members.namesOf(posts.stream().map(ForumPost::getAuthorId).toList());
    Map<Long, List<DocumentInfo>> files =
        documents.listed(ATTACHMENT, posts.stream().map(ForumPost::getId).toList());
    return new ForumViews.Thread(
        t.getId(),
        ref(a.org(), a.kind()),
        t.getTitle(),
        a.moderator(),
        posts.stream()
            .map(
                p ->
                    new ForumViews.Post(
                        p.getId(),
                        name(names, p.getAuthorId()),
                        p.getPostedAt(),
                        p.getText(),
                        p.getHiddenReason(),
                        p.getAuthorId().equals(me),
                        files.getOrDefault(p.getId(), List.of()).stream()
                            .map(d -> new Material(d.id(), d.fileName()))
                            .toList()))
            .toList());
  }

  private Access access(ForumThread t) {
    return access(t.getOrganization().getId(), t.getBoard());
  }

  /** The board if the caller may read it; otherwise "not found", and the attempt is audited. */
  private Access access(Long organizationId, BoardKind kind) {
    Caller me = caller.get();
    Organization org = organizationId == null ? null : em.find(Organization.class, organizationId);
    if (kind == null || org == null || org.getKind() != kind.keptBy() || !org.isActive()) {
      throw new NotFoundException("entity.board", organizationId);
    }
    if (!readable(me, org, kind)) {
      audit.refused("Organization", organizationId, "read");
      throw new NotFoundException("entity.board", organizationId);
    }
    boolean keeper = me.has(GROUP_ADMIN) || me.has(COMMITTEE_ADMIN) || me.has(BRANCH_SECRETARY);
    return new Access(org, kind, keeper && me.scope().covers(org.getPath()));
  }

  /**
   * Those who look after the organization; for a branch's board its members (and its groups'), for
   * a committee's board its branch secretaries.
   */
  private boolean readable(Caller me, Organization org, BoardKind kind) {
    if (me.scope().covers(org.getPath())) {
      return true;
    }
    if (me.memberId() == null) {
      return false;
    }
    return kind == BoardKind.MEMBERS
        ? members
            .find(me.memberId())
            .map(m -> m.getOrgPath().startsWith(org.getPath()))
            .orElse(false)
        : positions
            .branchSecretariesUnder(org.getPath(), LocalDate.now(clock))
            .contains(me.memberId());
  }

  /** The organization itself or the nearest above it of that kind. */
  private static Organization up(Organization o, OrgKind kind) {
    for (Organization x = o; x != null; x = x.getParent()) {
      if (x.getKind() == kind) {
        return x;
      }
    }
    return null;
  }

  private static ForumViews.BoardRef ref(Organization o, BoardKind kind) {
    return new ForumViews.BoardRef(o.getId(), o.getDisplayName(), kind);
  }

  private String authorOf(ForumPost p) {
    return name(members.namesOf(List.of(p.getAuthorId())), p.getAuthorId());
  }

  private static String name(Map<Long, MemberName> names, Long memberId) {
    MemberName n = names.get(memberId);
    return n == null ? "-" : n.name();
  }
}
