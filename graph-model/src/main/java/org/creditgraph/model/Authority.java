package org.creditgraph.model;

/** 处罚机关 / 认定部门: an administrative authority, identified by its USCC. */
public record Authority(String uscc, String name) {}
