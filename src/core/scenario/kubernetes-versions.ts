/**
 * Amazon EKS's Kubernetes release calendar: each minor version's release in EKS, end of standard
 * support (14 months later) and end of extended support (12 months more), UTC dates `YYYY-MM-DD`.
 * A cluster can be created on a version from its release until the end of its extended support
 * (EKS user guide `versioning/kubernetes-versions.adoc`: "You can create new Amazon EKS clusters on
 * any version offered in standard or extended support"; after the end of extended support "you can
 * no longer create new Amazon EKS clusters with the unsupported version").
 *
 * Sources: 1.28 to 1.34 from that page's release calendar (awsdocs/amazon-eks-user-guide, commits
 * 8596db8 and 0138560). 1.35 and 1.36 are listed as available on the same page and in the standard
 * support release notes (`kubernetes-versions-standard.adoc`, "Kubernetes 1.36 is now available in
 * Amazon EKS"); their dates are from secondary sources that agree with the 14 + 12 month rule
 * (endoflife.date: 1.35 standard support until 2027-03-27; 1.36 released in EKS 2026-06-02, standard
 * support until 2027-08-02). Refresh with the dataset: {@link EKS_VERSION_CALENDAR_AS_OF}.
 */
export const EKS_KUBERNETES_VERSIONS: readonly EksKubernetesVersion[] = [
  { version: "1.28", released: "2023-09-26", endOfStandardSupport: "2024-11-26", endOfExtendedSupport: "2025-11-26" },
  { version: "1.29", released: "2024-01-23", endOfStandardSupport: "2025-03-23", endOfExtendedSupport: "2026-03-23" },
  { version: "1.30", released: "2024-05-23", endOfStandardSupport: "2025-07-23", endOfExtendedSupport: "2026-07-23" },
  { version: "1.31", released: "2024-09-26", endOfStandardSupport: "2025-11-26", endOfExtendedSupport: "2026-11-26" },
  { version: "1.32", released: "2025-01-23", endOfStandardSupport: "2026-03-23", endOfExtendedSupport: "2027-03-23" },
  { version: "1.33", released: "2025-05-29", endOfStandardSupport: "2026-07-29", endOfExtendedSupport: "2027-07-29" },
  { version: "1.34", released: "2025-10-02", endOfStandardSupport: "2026-12-02", endOfExtendedSupport: "2027-12-02" },
  { version: "1.35", released: "2026-01-27", endOfStandardSupport: "2027-03-27", endOfExtendedSupport: "2028-03-27" },
  { version: "1.36", released: "2026-06-02", endOfStandardSupport: "2027-08-02", endOfExtendedSupport: "2028-08-02" },
];

/** The date up to which {@link EKS_KUBERNETES_VERSIONS} is known to be complete (no later release missing). */
export const EKS_VERSION_CALENDAR_AS_OF = "2026-09-20";

/** One Kubernetes minor version in Amazon EKS, with its dates (`YYYY-MM-DD`, UTC). */
export interface EksKubernetesVersion {
  /** `MAJOR.MINOR`, e.g. `"1.33"`. */
  readonly version: string;
  /** First day it can be created in EKS. */
  readonly released: string;
  /** Extended support (billed as such) starts on this day. */
  readonly endOfStandardSupport: string;
  /** From this day it can no longer be created. */
  readonly endOfExtendedSupport: string;
}

/** The Kubernetes versions EKS offers on a day, newest first, by support tier. */
export interface EksVersionsOnDate {
  readonly standard: readonly string[];
  readonly extended: readonly string[];
}

/**
 * The Kubernetes versions a new EKS cluster can have on `date`, newest first: in standard support
 * (released, before the end of standard support) and in extended support (before its end). A date
 * given to the month or year only (`2026-09`, as some data sources are dated) counts as its first day.
 *
 * @param date `YYYY-MM-DD`, `YYYY-MM` or `YYYY`.
 * @example eksKubernetesVersions("2026-09-20") // { standard: ["1.36", "1.35", "1.34"], extended: ["1.33", "1.32", "1.31"] }
 */
export function eksKubernetesVersions(date: string): EksVersionsOnDate {
  const day = `${date}-01-01`.slice(0, 10);
  const offered = EKS_KUBERNETES_VERSIONS.filter((entry) => entry.released <= day && day < entry.endOfExtendedSupport);
  const newestFirst = [...offered].reverse();
  return {
    standard: newestFirst.filter((entry) => day < entry.endOfStandardSupport).map((entry) => entry.version),
    extended: newestFirst.filter((entry) => day >= entry.endOfStandardSupport).map((entry) => entry.version),
  };
}
