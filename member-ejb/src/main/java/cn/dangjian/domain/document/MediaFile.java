package cn.dangjian.domain.document;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;

/**
 * A video uploaded for an owner (a lesson), too large for the database: its bytes live in the media
 * store (a directory all servers share), its record here. Recognized by its content, as documents
 * are.
 */
@Entity
@Table(name = "media_file")
public class MediaFile implements Serializable {
  private static final long serialVersionUID = 1L;
  public static final long MAX_BYTES = 500L * 1024 * 1024;
  public static final int NAME_LENGTH = Document.NAME_LENGTH;

  /** The kinds a browser plays in the page, by the bytes each file starts with. */
  public enum Kind {
    MP4("video/mp4"),
    WEBM("video/webm");

    private final String contentType;

    Kind(String contentType) {
      this.contentType = contentType;
    }

    public String contentType() {
      return contentType;
    }

    /** MP4: a box of type "ftyp" first; WebM: the EBML magic. */
    public static Optional<Kind> of(byte[] head) {
      if (head.length >= 8
          && head[4] == 'f'
          && head[5] == 't'
          && head[6] == 'y'
          && head[7] == 'p') {
        return Optional.of(MP4);
      }
      byte[] ebml = {0x1A, 0x45, (byte) 0xDF, (byte) 0xA3};
      if (head.length >= 4 && Arrays.equals(Arrays.copyOf(head, 4), ebml)) {
        return Optional.of(WEBM);
      }
      return Optional.empty();
    }
  }

  @Id
  @SequenceGenerator(name = "mediaSeq", sequenceName = "media_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "mediaSeq")
  private Long id;

  @Column(name = "owner_type", nullable = false, length = 40)
  private String ownerType;

  @Column(name = "owner_id", nullable = false)
  private Long ownerId;

  @Column(name = "file_name", nullable = false, length = NAME_LENGTH)
  private String fileName;

  /** The file's name in the media store: made by the store, never from the upload's name. */
  @Column(name = "stored_name", nullable = false, length = 80)
  private String storedName;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private Kind kind;

  @Column(name = "size_bytes", nullable = false)
  private long size;

  @Column(name = "uploaded_by", nullable = false, length = 100)
  private String uploadedBy;

  @Column(name = "uploaded_at", nullable = false)
  private Instant uploadedAt;

  protected MediaFile() {}

  public MediaFile(
      String ownerType,
      Long ownerId,
      String fileName,
      String storedName,
      Kind kind,
      long size,
      String uploadedBy,
      Instant uploadedAt) {
    this.ownerType = ownerType;
    this.ownerId = ownerId;
    this.fileName = Document.safeName(fileName, kind.name());
    this.storedName = storedName;
    this.kind = kind;
    this.size = size;
    this.uploadedBy = uploadedBy;
    this.uploadedAt = uploadedAt;
  }

  public Long getId() {
    return id;
  }

  public String getOwnerType() {
    return ownerType;
  }

  public Long getOwnerId() {
    return ownerId;
  }

  public String getFileName() {
    return fileName;
  }

  public String getStoredName() {
    return storedName;
  }

  public Kind getKind() {
    return kind;
  }

  public long getSize() {
    return size;
  }
}
