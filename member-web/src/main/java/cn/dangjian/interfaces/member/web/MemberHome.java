package cn.dangjian.interfaces.member.web;

import cn.dangjian.application.member.MemberService;
import cn.dangjian.domain.member.Category;
import cn.dangjian.domain.member.Employment;
import cn.dangjian.domain.member.MemberQuery;
import cn.dangjian.domain.member.MemberQuery.SortField;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/** The home page's figures for those who keep records, counted in the database within scope. */
@Named
@RequestScoped
public class MemberHome {

  @EJB MemberService members;

  public long getTotal() {
    return members.count(MemberQuery.all());
  }

  public long getProbationary() {
    return members.count(
        new MemberQuery(
            null,
            null,
            Category.PROBATIONARY,
            null,
            null,
            null,
            null,
            null,
            SortField.NAME,
            false));
  }

  public long getRetired() {
    return members.count(
        new MemberQuery(
            null, null, null, Employment.RETIRED, null, null, null, null, SortField.NAME, false));
  }

  public long getMobile() {
    return members.count(
        new MemberQuery(null, null, null, null, null, true, null, null, SortField.NAME, false));
  }

  public long getLostContact() {
    return members.count(
        new MemberQuery(null, null, null, null, null, null, true, null, SortField.NAME, false));
  }
}
