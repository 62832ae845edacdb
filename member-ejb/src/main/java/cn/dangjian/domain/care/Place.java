package cn.dangjian.domain.care;

import cn.dangjian.domain.shared.ValidationException;
import cn.dangjian.domain.shared.Violation;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** A service station's or point's name, address and contact, as members find and call them. */
@Embeddable
public class Place implements Serializable {
  private static final long serialVersionUID = 1L;

  public static final int MAX_NAME = 60;
  public static final int MAX_ADDRESS = 200;
  public static final int MAX_CONTACT = 50;
  public static final int MAX_PHONE = 20;

  @Column(nullable = false, length = MAX_NAME)
  private String name;

  @Column(length = MAX_ADDRESS)
  private String address;

  @Column(length = MAX_CONTACT)
  private String contact;

  @Column(length = MAX_PHONE)
  private String phone;

  protected Place() {}

  public Place(String name, String address, String contact, String phone) {
    List<Violation> problems = new ArrayList<>();
    if (name == null || name.isBlank() || name.strip().length() > MAX_NAME) {
      problems.add(new Violation("name", "care.place.name", MAX_NAME));
    }
    tooLong(problems, "address", address, MAX_ADDRESS);
    tooLong(problems, "contact", contact, MAX_CONTACT);
    tooLong(problems, "phone", phone, MAX_PHONE);
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
    this.name = name.strip();
    this.address = blankToNull(address);
    this.contact = blankToNull(contact);
    this.phone = blankToNull(phone);
  }

  private static void tooLong(List<Violation> problems, String field, String value, int max) {
    if (value != null && value.strip().length() > max) {
      problems.add(new Violation(field, "member.field.tooLong", max));
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  public String getName() {
    return name;
  }

  public String getAddress() {
    return address;
  }

  public String getContact() {
    return contact;
  }

  public String getPhone() {
    return phone;
  }
}
