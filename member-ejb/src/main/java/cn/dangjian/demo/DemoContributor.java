package cn.dangjian.demo;

/** A context's own demo data, written after the group's tree and members exist. */
public interface DemoContributor {
  void contribute(DemoGroup group);
}
