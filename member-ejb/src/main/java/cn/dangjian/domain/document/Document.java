package cn.dangjian.domain.document;

import cn.dangjian.domain.shared.Violation;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An uploaded scan or signed paper (a responsibility letter, a step's form): PDF, JPEG or PNG up to
 * {@link #MAX_BYTES}, recognized by its content, not by the name it came with. Documents are kept,
 * never edited; a new upload replaces the owner's reference.
 */
@Entity
@Table(name = "document")
public class Document implements Serializable {
  private static final long serialVersionUID = 1L;
  public static final int MAX_BYTES = 10 * 1024 * 1024;
  public static final int NAME_LENGTH = 200;

  /** The kinds accepted, with the bytes each file of the kind starts with. */
  /** How much of a file browsers read to guess its type. */
  static final int SNIFFED_BYTES = 8 * 1024;

  public enum Type {
    PDF("application/pdf", new byte[] {'%', 'P', 'D', 'F', '-'}),
    JPEG("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
    PNG("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'});

    private final String contentType;
    private final byte[] magic;

    Type(String contentType, byte[] magic) {
      this.contentType = contentType;
      this.magic = magic;
    }

    public String contentType() {
      return contentType;
    }

    /**
     * The type the content is, by its first bytes; a file that also holds markup a browser would
     * run (an HTML page behind a PDF header, a "polyglot") is none of them.
     */
    static Type of(byte[] content) {
      for (Type t : values()) {
        if (content.length >= t.magic.length
            && Arrays.equals(content, 0, t.magic.length, t.magic, 0, t.magic.length)) {
          return markup(content) ? null : t;
        }
      }
      return null;
    }

    private static final Pattern MARKUP =
        Pattern.compile("<\\s*(html|script|body|iframe|svg|!doctype)", Pattern.CASE_INSENSITIVE);

    /** Markup in the first kilobytes, where a browser sniffing the file would look. */
    private static boolean markup(byte[] content) {
      String head =
          new String(
              content, 0, Math.min(content.length, SNIFFED_BYTES), StandardCharsets.ISO_8859_1);
      return MARKUP.matcher(head).find();
    }
  }

  @Id
  @SequenceGenerator(name = "documentSeq", sequenceName = "document_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "documentSeq")
  private Long id;

  @Column(name = "owner_type", nullable = false, length = 30)
  private String ownerType;

  @Column(name = "owner_id", nullable = false)
  private Long ownerId;

  @Column(name = "file_name", nullable = false, length = 200)
  private String fileName;

  @Enumerated(EnumType.STRING)
  @Column(name = "file_type", nullable = false, length = 10)
  private Type type;

  @Column(name = "size_bytes", nullable = false)
  private int size;

  @Lob
  @Basic(fetch = FetchType.LAZY)
  @Column(nullable = false)
  private byte[] content;

  @Column(name = "uploaded_by", nullable = false, length = 64)
  private String uploadedBy;

  @Column(name = "uploaded_at", nullable = false)
  private Instant uploadedAt;

  protected Document() {}

  private Document(
      String ownerType,
      Long ownerId,
      String fileName,
      Type type,
      byte[] content,
      String by,
      Instant at) {
    this.ownerType = ownerType;
    this.ownerId = ownerId;
    this.fileName = fileName;
    this.type = type;
    this.size = content.length;
    this.content = content;
    this.uploadedBy = by;
    this.uploadedAt = at;
  }

  /** Checks the file and makes the document, or lists what is wrong with it under {@code field}. */
  public static Document upload(
      String ownerType,
      Long ownerId,
      String fileName,
      byte[] content,
      String by,
      Instant at,
      String field,
      List<Violation> problems) {
    List<Violation> v = new ArrayList<>();
    if (content == null || content.length == 0) {
      v.add(new Violation(field, "document.empty"));
    } else if (content.length > MAX_BYTES) {
      v.add(new Violation(field, "document.tooLarge", MAX_BYTES / 1024 / 1024));
    } else if (Type.of(content) == null) {
      v.add(
          new Violation(
              field,
              "document.type",
              fileName == null || fileName.isBlank() ? "-" : safeName(fileName, "-")));
    }
    if (!v.isEmpty()) {
      problems.addAll(v);
      return null;
    }
    Type type = Type.of(content);
    return new Document(ownerType, ownerId, safeName(fileName, type.name()), type, content, by, at);
  }

  /**
   * The name a file is kept under: the last part of the name it came with, without control
   * characters (line breaks included), at most {@link #NAME_LENGTH} characters from its end;
   * "document.<kind>" when nothing is left.
   */
  public static String safeName(String fileName, String kind) {
    String name =
        fileName == null
            ? ""
            : fileName.replaceAll("^.*[/\\\\]", "").replaceAll("\\p{Cntrl}", "").strip();
    if (name.isEmpty()) {
      return "document." + kind.toLowerCase(Locale.ROOT);
    }
    return name.length() > NAME_LENGTH ? name.substring(name.length() - NAME_LENGTH) : name;
  }

  /** For a paper checked before its owner exists: the owner's id once it has one. */
  public void ownedBy(Long id) {
    if (ownerId != null) {
      throw new IllegalStateException(
          "document " + this.id + " already belongs to " + ownerType + " " + ownerId);
    }
    this.ownerId = id;
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

  public Type getType() {
    return type;
  }

  public int getSize() {
    return size;
  }

  public byte[] getContent() {
    return content;
  }

  public String getUploadedBy() {
    return uploadedBy;
  }

  public Instant getUploadedAt() {
    return uploadedAt;
  }
}
