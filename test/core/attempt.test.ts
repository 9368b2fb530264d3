/**
 * `attempt`, the non-throwing twin of the core's throwing calculations: the same Result shape as the
 * functions that read input.
 */
import { attempt, maxPods } from "eksize";
import { describe, expect, test } from "vitest";
import { instance } from "../support/core.js";

describe("attempt", () => {
  test("gives the value, or the EksizeError's issue as a Result, and rethrows anything else", () => {
    expect(attempt(() => maxPods(instance("m5.large")))).toEqual({ ok: true, value: 29 });
    expect(attempt(() => maxPods(instance("c7i.32xlarge")))).toEqual({
      ok: false,
      issues: [{ code: "vcpu-unknown", params: { instanceType: "c7i.32xlarge" } }],
    });
    expect(() =>
      attempt(() => {
        throw new TypeError("a bug");
      }),
    ).toThrow("a bug");
  });
});
