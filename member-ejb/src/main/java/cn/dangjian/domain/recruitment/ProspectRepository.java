package cn.dangjian.domain.recruitment;

import java.util.List;
import java.util.Optional;

/** The people branches have in sight before they apply, and the opinions gathered on people. */
public interface ProspectRepository {
  Optional<Prospect> find(Long id);

  /** Whoever has this citizen id in some branch's sight, in any state. */
  Optional<Prospect> findByCitizenId(String citizenId);

  Optional<Prospect> ofCase(Long caseId);

  /** The people of a subtree, those still in sight first, then the latest closed. */
  List<Prospect> inSubtree(String path, int max);

  void store(Prospect prospect);

  void store(Opinion opinion);

  /** A person's opinions in the order they were given: before applying, and in their case. */
  List<Opinion> opinions(Long prospectId, Long caseId);
}
