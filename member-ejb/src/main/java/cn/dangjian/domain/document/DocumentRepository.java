package cn.dangjian.domain.document;

import java.util.Optional;

public interface DocumentRepository {
  Optional<Document> find(Long id);

  void store(Document d);
}
