package cn.dangjian.domain.dues;

/**
 * How a member's monthly dues are reckoned (RULES.md): from the pay of a member in service, from
 * the pension of a retired one, or a fixed 0.20 yuan for students, the unemployed and members on
 * relief.
 */
public enum DuesKind {
  SALARY,
  PENSION,
  FIXED
}
