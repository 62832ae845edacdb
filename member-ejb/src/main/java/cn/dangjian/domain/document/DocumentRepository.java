package cn.dangjian.domain.document;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

public interface DocumentRepository {
  Optional<Document> find(Long id);

  /** The documents of these owners, without their content, in upload order. */
  List<DocumentInfo> listed(String ownerType, Collection<Long> ownerIds);

  void store(Document d);
}
