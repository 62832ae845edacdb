package cn.dangjian.application.org;

import cn.dangjian.domain.org.OrgKind;
import cn.dangjian.domain.org.Organization;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;

/** What a user supplies to found or rename an organization. */
public record OrgData(
    @NotNull(message = "{org.code.format}")
        @Pattern(regexp = "\\s*[A-Za-z0-9-]{1,32}\\s*", message = "{org.code.format}")
        String code,
    @NotBlank(message = "{org.name.required}")
        @Size(max = Organization.NAME_LENGTH, message = "{member.field.tooLong}")
        String name,
    @NotNull(message = "{org.kind.required}") OrgKind kind,
    Long parentId,
    LocalDate foundedOn,
    boolean office)
    implements Serializable {}
