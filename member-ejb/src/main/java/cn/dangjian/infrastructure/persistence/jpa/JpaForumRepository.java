package cn.dangjian.infrastructure.persistence.jpa;

import cn.dangjian.domain.education.BoardKind;
import cn.dangjian.domain.education.ForumPost;
import cn.dangjian.domain.education.ForumRepository;
import cn.dangjian.domain.education.ForumThread;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaForumRepository implements ForumRepository {
  @PersistenceContext(unitName = "dangjian")
  EntityManager em;

  @Override
  public Optional<ForumThread> thread(Long id) {
    return Optional.ofNullable(id == null ? null : em.find(ForumThread.class, id));
  }

  @Override
  public Optional<ForumPost> post(Long id) {
    return Optional.ofNullable(id == null ? null : em.find(ForumPost.class, id));
  }

  @Override
  public List<ForumThread> threads(Long organizationId, BoardKind board, int max) {
    return em.createQuery(
            "SELECT t FROM ForumThread t WHERE t.organization.id = :o AND t.board = :b"
                + " ORDER BY t.lastPostAt DESC, t.id DESC",
            ForumThread.class)
        .setParameter("o", organizationId)
        .setParameter("b", board)
        .setMaxResults(max)
        .getResultList();
  }

  @Override
  public List<ForumPost> posts(Long threadId) {
    return em.createQuery(
            "SELECT p FROM ForumPost p WHERE p.thread.id = :t ORDER BY p.postedAt, p.id",
            ForumPost.class)
        .setParameter("t", threadId)
        .getResultList();
  }

  @Override
  public void store(ForumThread thread) {
    em.persist(thread);
  }

  @Override
  public void store(ForumPost post) {
    em.persist(post);
  }
}
