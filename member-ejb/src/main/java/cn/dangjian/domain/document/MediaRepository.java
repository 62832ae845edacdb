package cn.dangjian.domain.document;

import java.util.Optional;

public interface MediaRepository {
  Optional<MediaFile> find(Long id);

  void store(MediaFile f);
}
