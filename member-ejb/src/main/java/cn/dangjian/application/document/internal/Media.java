package cn.dangjian.application.document.internal;

import cn.dangjian.application.document.MediaDownload;
import cn.dangjian.application.document.MediaStore;
import cn.dangjian.application.shared.internal.CurrentCaller;
import cn.dangjian.domain.document.MediaFile;
import cn.dangjian.domain.document.MediaRepository;
import cn.dangjian.domain.shared.NotFoundException;
import cn.dangjian.domain.shared.ValidationException;
import cn.dangjian.domain.shared.Violation;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import java.util.function.Predicate;

/**
 * Videos of every context (a lesson's, for now): checked by their first bytes and their size while
 * they stream into the media store, recorded with their owner, played back from the store. A file
 * whose record does not commit is removed again.
 */
@ApplicationScoped
public class Media {
  private static final int HEAD = 12;

  @Inject MediaRepository repository;
  @Inject MediaStore store;
  @Inject CurrentCaller caller;
  @Inject Clock clock;

  @Resource TransactionSynchronizationRegistry transactions;

  public MediaFile upload(
      String ownerType, Long ownerId, String fileName, InputStream body, String field) {
    if (body == null) {
      throw invalid(field, "document.empty");
    }
    try (BufferedInputStream in = new BufferedInputStream(body)) {
      in.mark(HEAD);
      byte[] head = in.readNBytes(HEAD);
      in.reset();
      if (head.length == 0) {
        throw invalid(field, "document.empty");
      }
      MediaFile.Kind kind =
          MediaFile.Kind.of(head)
              .orElseThrow(
                  () ->
                      invalid(
                          field,
                          "media.type",
                          fileName == null || fileName.isBlank() ? "-" : fileName.strip()));
      Capped capped = new Capped(in, MediaFile.MAX_BYTES);
      String stored = store.write(capped);
      if (capped.count > MediaFile.MAX_BYTES) {
        store.delete(stored);
        throw invalid(field, "media.tooLarge", MediaFile.MAX_BYTES / 1024 / 1024);
      }
      transactions.registerInterposedSynchronization(
          new Synchronization() {
            @Override
            public void beforeCompletion() {
              // the record decides: nothing to do before it is written
            }

            @Override
            public void afterCompletion(int status) {
              if (status != Status.STATUS_COMMITTED) {
                store.delete(stored);
              }
            }
          });
      MediaFile f =
          new MediaFile(
              ownerType,
              ownerId,
              fileName,
              stored,
              kind,
              capped.count,
              caller.get().user(),
              clock.instant());
      repository.store(f);
      return f;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A video whose owner is of this type and passes {@code owned}; any other is "not found". */
  public MediaDownload download(Long mediaId, String ownerType, Predicate<Long> owned) {
    MediaFile f =
        repository
            .find(mediaId)
            .filter(x -> x.getOwnerType().equals(ownerType) && owned.test(x.getOwnerId()))
            .orElseThrow(() -> new NotFoundException("entity.document", mediaId));
    return new MediaDownload(
        f.getFileName(), f.getKind().contentType(), f.getSize(), store.file(f.getStoredName()));
  }

  private static ValidationException invalid(String field, String key, Object... args) {
    return new ValidationException(List.of(new Violation(field, key, args)));
  }

  /** Counts what passes and stops one byte past the cap, so that the caller can tell. */
  private static final class Capped extends FilterInputStream {
    private final long cap;
    long count;

    Capped(InputStream in, long cap) {
      super(in);
      this.cap = cap;
    }

    @Override
    public int read() throws IOException {
      if (count > cap) {
        return -1;
      }
      int b = super.read();
      if (b >= 0) {
        count++;
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (count > cap) {
        return -1;
      }
      int n = super.read(b, off, (int) Math.min(len, cap + 1 - count));
      if (n > 0) {
        count += n;
      }
      return n;
    }
  }
}
