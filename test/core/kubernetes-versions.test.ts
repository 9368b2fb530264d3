import { describe, expect, it } from "vitest";
import { EKS_KUBERNETES_VERSIONS, EKS_VERSION_CALENDAR_AS_OF, eksKubernetesVersions } from "eksize";
import { dataDate } from "eksize/data";

/** `date` (YYYY-MM-DD) `months` later, the same day of the month. */
function addMonths(date: string, months: number): string {
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  const total = year * 12 + (month - 1) + months;
  return `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

describe("EKS's Kubernetes release calendar", () => {
  it("gives each version 14 months of standard support and 12 of extended support (EKS user guide)", () => {
    for (const entry of EKS_KUBERNETES_VERSIONS) {
      expect([entry.version, entry.endOfStandardSupport, entry.endOfExtendedSupport]).toEqual([
        entry.version,
        addMonths(entry.released, 14),
        addMonths(entry.released, 26),
      ]);
    }
  });

  it("has the release calendar's dates: 1.30 until 2026-07-23, 1.33's standard support until 2026-07-29", () => {
    expect(EKS_KUBERNETES_VERSIONS.find((entry) => entry.version === "1.30")).toEqual({
      version: "1.30",
      released: "2024-05-23",
      endOfStandardSupport: "2025-07-23",
      endOfExtendedSupport: "2026-07-23",
    });
    expect(EKS_KUBERNETES_VERSIONS.find((entry) => entry.version === "1.33")?.endOfStandardSupport).toBe("2026-07-29");
  });

  it("offers 1.34 to 1.36 in standard support and 1.31 to 1.33 in extended support on the data's date", () => {
    expect(eksKubernetesVersions("2026-09-20")).toEqual({
      standard: ["1.36", "1.35", "1.34"],
      extended: ["1.33", "1.32", "1.31"],
    });
  });

  it("moves a version to extended support on its end of standard support, and drops it on its end of extended support", () => {
    expect(eksKubernetesVersions("2026-07-28").standard).toContain("1.33");
    expect(eksKubernetesVersions("2026-07-29").extended).toContain("1.33");
    expect(eksKubernetesVersions("2026-07-22").extended).toContain("1.30");
    expect(eksKubernetesVersions("2026-07-23").extended).not.toContain("1.30");
    // 1.36 became available in EKS on 2026-06-02.
    expect(eksKubernetesVersions("2026-06-01").standard).toEqual(["1.35", "1.34", "1.33"]);
    expect(eksKubernetesVersions("2026-06-02").standard).toEqual(["1.36", "1.35", "1.34", "1.33"]);
  });

  it("reads a date given to the month or the year as its first day", () => {
    expect(eksKubernetesVersions("2026-09")).toEqual(eksKubernetesVersions("2026-09-01"));
    expect(eksKubernetesVersions("2026")).toEqual(eksKubernetesVersions("2026-01-01"));
  });

  it("is known up to the dataset's date: refresh the calendar with the data", () => {
    expect(dataDate).not.toBeNull();
    expect(`${dataDate}-01-01`.slice(0, 10) <= EKS_VERSION_CALENDAR_AS_OF).toBe(true);
  });
});
