package cn.dangjian.application.document.internal;

import cn.dangjian.application.document.DocumentFile;
import cn.dangjian.application.shared.internal.CurrentCaller;
import cn.dangjian.application.shared.internal.Flush;
import cn.dangjian.domain.document.Document;
import cn.dangjian.domain.document.DocumentInfo;
import cn.dangjian.domain.document.DocumentRepository;
import cn.dangjian.domain.shared.NotFoundException;
import cn.dangjian.domain.shared.ValidationException;
import cn.dangjian.domain.shared.Violation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The one document service of every context (papers of recruitment steps, plan letters, later
 * course materials): checks an upload by its content, files it with its owner, lists and hands it
 * out. The caller's service has already loaded the owner through the scoped load.
 */
@ApplicationScoped
public class Documents {
  @Inject DocumentRepository repository;
  @Inject CurrentCaller caller;
  @Inject Clock clock;

  @PersistenceContext(unitName = "dangjian")
  EntityManager em;

  /**
   * An upload checked by content and size, not yet filed; its problems are added under {@code
   * field}.
   */
  public Document check(
      String ownerType, String fileName, byte[] content, String field, List<Violation> problems) {
    return Document.upload(
        ownerType, null, fileName, content, caller.get().user(), clock.instant(), field, problems);
  }

  /** An upload checked at once: refused with its problem before anything else is written. */
  public Document checked(String ownerType, String fileName, byte[] content, String field) {
    List<Violation> v = new ArrayList<>();
    Document d = check(ownerType, fileName, content, field, v);
    if (!v.isEmpty()) {
      throw new ValidationException(v);
    }
    return d;
  }

  /** Files a checked upload with its owner; returns the document's id. */
  public Long file(Document d, Long ownerId) {
    d.ownedBy(ownerId);
    repository.store(d);
    Flush.now(em);
    return d.getId();
  }

  /** The documents of these owners by owner, without their content, in upload order. */
  public Map<Long, List<DocumentInfo>> listed(String ownerType, Collection<Long> ownerIds) {
    return repository.listed(ownerType, ownerIds).stream()
        .collect(Collectors.groupingBy(DocumentInfo::ownerId));
  }

  /** A document whose owner is of this type and passes {@code owned}; any other is "not found". */
  public DocumentFile download(Long documentId, String ownerType, Predicate<Long> owned) {
    Document d =
        repository
            .find(documentId)
            .filter(
                x ->
                    x.getOwnerType().equals(ownerType)
                        && x.getOwnerId() != null
                        && owned.test(x.getOwnerId()))
            .orElseThrow(() -> new NotFoundException("entity.document", documentId));
    return new DocumentFile(d.getFileName(), d.getType().contentType(), d.getContent());
  }
}
