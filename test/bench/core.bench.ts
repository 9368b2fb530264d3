import { bench, describe } from "vitest";
import { allocatable, maxPods, RESERVATION_PROFILES, type MaxPodsOptions } from "eksize";
import { instanceTypes } from "eksize/data";

// `npm run bench`: the core over the whole dataset. Types whose vCPUs or memory are unknown throw an
// EksizeError; they are measured too, since the explorer computes every row.

const MODES: Record<string, MaxPodsOptions> = {
  default: {},
  uncapped: { uncapped: true },
  prefixDelegation: { prefixDelegation: true },
  customNetworking: { customNetworking: true },
  customNetworkingWithPrefixes: { customNetworking: true, prefixDelegation: true },
  maxEnis2: { maxEnis: 2 },
  securityGroupsForPods: { securityGroupsForPods: true },
  ipv6: { ipv6: true },
};

function attempt(run: () => unknown): void {
  try {
    run();
  } catch {
    // unknown sizes and unsupported modes are part of the workload
  }
}

describe(`all ${instanceTypes.length} instance types`, () => {
  bench(`maxPods in all ${Object.keys(MODES).length} modes`, () => {
    for (const options of Object.values(MODES)) for (const type of instanceTypes) attempt(() => maxPods(type, options));
  });

  bench(`allocatable in all ${RESERVATION_PROFILES.length} profiles × ${Object.keys(MODES).length} modes`, () => {
    for (const profile of RESERVATION_PROFILES) {
      for (const network of Object.values(MODES)) {
        for (const type of instanceTypes) attempt(() => allocatable(type, { profile, network }));
      }
    }
  });
});
