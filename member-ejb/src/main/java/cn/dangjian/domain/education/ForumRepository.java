package cn.dangjian.domain.education;

import java.util.List;
import java.util.Optional;

public interface ForumRepository {
  Optional<ForumThread> thread(Long id);

  Optional<ForumPost> post(Long id);

  /** A board's threads, the most recently active first. */
  List<ForumThread> threads(Long organizationId, BoardKind board, int max);

  /** A thread's posts in the order they were written. */
  List<ForumPost> posts(Long threadId);

  void store(ForumThread thread);

  void store(ForumPost post);
}
