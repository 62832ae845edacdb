package cn.dangjian.infrastructure.persistence.jpa;

import cn.dangjian.domain.document.MediaFile;
import cn.dangjian.domain.document.MediaRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

@ApplicationScoped
public class JpaMediaRepository implements MediaRepository {
  @PersistenceContext(unitName = "dangjian")
  EntityManager em;

  @Override
  public Optional<MediaFile> find(Long id) {
    return Optional.ofNullable(id == null ? null : em.find(MediaFile.class, id));
  }

  @Override
  public void store(MediaFile f) {
    em.persist(f);
  }
}
