/**
 * The planner's state in one zustand store: the scenario being edited as the user typed it (the
 * draft), and the last scenario that `validateScenario` accepted, which every plan and comparison
 * is computed from. An edit changes the draft and validates it: when valid it becomes the scenario;
 * when not, the issues mark the fields and the last valid scenario stays in use.
 */
import {
  type AmazonLinuxRelease,
  type Autoscaler,
  type ConsolidationPolicy,
  type ControlPlaneTier,
  type LoadBalancerTargetType,
  type LoadProfile,
  type SavingsPlanType,
  defaultNodeGroup,
  defaultScenario,
  scenarioNetwork,
  validateScenario,
  type AcceleratorResource,
  type Architecture,
  type CoreIssue,
  type Currency,
  type InstanceTypeChoice,
  type NodeGroup,
  type ReservationProfile,
  type Scenario,
  type SubnetRole,
  type SupportTier,
  type VolumeType,
  type Workload,
  type ZoneSpread,
} from "eksize";
import { create } from "zustand";
import { lookupLoadedInstanceType, useRegionPricingStore } from "./region-pricing-store.js";
import { QUANTITY_UNITS, quantityOrText } from "../quantity-text.js";

/** One workload row as typed: numbers are text until validation, CPU and memory in Kubernetes' units (`500m`, `1Gi`). */
export interface WorkloadDraft {
  /** Stable row id (names can be edited, and can clash). */
  readonly key: string;
  readonly name: string;
  readonly replicas: string;
  readonly cpuMillicores: string;
  readonly memoryMiB: string;
  /** "" for any architecture. */
  readonly architecture: "" | Architecture;
  readonly gpus: string;
  /** The kind of accelerator `gpus` counts. */
  readonly accelerator: AcceleratorResource;
  readonly hostNetwork: boolean;
  readonly privileged: boolean;
  /** May a strategy move it to Fargate. */
  readonly fargate: boolean;
  /** Key of the node group it is pinned to; "" for any. */
  readonly nodeGroup: string;
  /** Name of the Fargate profile that selects it; null when none does. */
  readonly fargateProfile: string | null;
  /** Its zone spread's `whenUnsatisfiable`; "" for no zone spread. */
  readonly zoneSpread: "" | ZoneSpread["whenUnsatisfiable"];
  /** The zone spread's max skew as typed; kept while there is no spread, so choosing one again restores it. */
  readonly maxSkew: string;
  /** At most this many of its pods per node, as typed; "" for no limit. */
  readonly maxPodsPerNode: string;
  /** Its PodDisruptionBudget (from an import), carried as it is: the editor does not change it. */
  readonly disruptionBudget: Workload["disruptionBudget"];
  /** Whether it scales over the week (its `autoscaling` is set). */
  readonly scales: boolean;
  /** Its autoscaling range as typed and its load profile; kept while it does not scale, so scaling again restores them. */
  readonly autoscaling: AutoscalingDraft;
}

/** A workload's autoscaling as typed. */
export interface AutoscalingDraft {
  readonly minReplicas: string;
  readonly maxReplicas: string;
  readonly profile: LoadProfile;
}

/**
 * The range a workload that does not scale yet starts from when it does: from its replicas to twice
 * as many (at least 1), on office hours.
 */
function startingAutoscaling(replicas: number): AutoscalingDraft {
  return { minReplicas: String(replicas), maxReplicas: String(Math.max(1, 2 * replicas)), profile: "office-hours" };
}

/** One DaemonSet row as typed. */
export interface DaemonSetDraft {
  readonly key: string;
  readonly name: string;
  readonly cpuMillicores: string;
  readonly memoryMiB: string;
  readonly hostNetwork: boolean;
}

/** One node group as typed. */
export interface NodeGroupDraft {
  readonly key: string;
  readonly name: string;
  readonly instanceTypes: readonly string[];
  readonly capacityType: "on-demand" | "spot" | "mixed";
  /** Kept while another capacity type is chosen, so switching back restores them. */
  readonly onDemandBase: string;
  readonly spotPercentAboveBase: string;
  readonly minNodes: string;
  /** "" for no limit. */
  readonly maxNodes: string;
  readonly availabilityZones: string;
  readonly prefixDelegation: boolean;
  readonly customNetworking: boolean;
  /** "" for the profile's default. */
  readonly maxPods: string;
  readonly profile: ReservationProfile;
  readonly amazonLinux: AmazonLinuxRelease;
  /** "" for eksize's node memory (measured or modelled; Karpenter's 7.5% under its profile). */
  readonly vmMemoryOverheadPercent: string;
  readonly rootVolumeGiB: string;
  readonly rootVolumeType: VolumeType;
  readonly targetUtilisationPercent: string;
  /** A Karpenter or Auto Mode NodePool's `minValues` as typed; "" for none. */
  readonly minValues: string;
  readonly consolidationPolicy: ConsolidationPolicy;
}

/** Cluster-wide settings as typed. */
export interface ClusterDraft {
  readonly region: string;
  /** The currency money is shown in. */
  readonly currency: Currency;
  /** Korean won per US dollar, as typed. */
  readonly krwPerUsd: string;
  readonly supportTier: SupportTier;
  readonly controlPlaneTier: ControlPlaneTier;
  /** The peak pod scheduling rate (pods/s) as typed; "" for not known. */
  readonly peakPodsPerSecond: string;
  /** The peak API concurrency (seats) as typed; "" for not known. */
  readonly peakApiSeats: string;
  /** The Kubernetes minor version as typed; "" for not said. */
  readonly kubernetesVersion: string;
  readonly privateCluster: boolean;
  readonly autoscaler: Autoscaler;
  readonly nlbTargetType: LoadBalancerTargetType;
  readonly ingresses: string;
  readonly ingressesPerAlb: string;
  readonly nlbs: string;
  readonly computeSavingsPercent: string;
  readonly enterpriseDiscountPercent: string;
  /** Minutes before an unneeded node is removed, as typed; "" for the autoscaler's own. */
  readonly scaleDownDelayMinutes: string;
  readonly savingsPlanType: SavingsPlanType;
  readonly savingsPlanDiscountPercent: string;
}

/** One subnet row as typed. */
export interface SubnetDraft {
  readonly key: string;
  readonly availabilityZone: string;
  readonly cidr: string;
  /** Addresses already used by other things, as typed. */
  readonly usedAddresses: string;
  readonly role: SubnetRole;
}

/** The VPC CNI's warm-pool settings as typed ("" for unset where the setting can be unset). */
export interface CniDraft {
  readonly warmEniTarget: string;
  readonly warmIpTarget: string;
  readonly minimumIpTarget: string;
  readonly warmPrefixTarget: string;
  readonly maxEni: string;
}

/**
 * The cluster's network settings as typed. `edited` is false until the user changes one: until then
 * the scenario keeps whatever `network` it had (none, for the default scenario and older links).
 */
export interface NetworkDraft {
  readonly edited: boolean;
  readonly cni: CniDraft;
  readonly subnets: readonly SubnetDraft[];
}

/** The scenario as the user is editing it. */
export interface ScenarioDraft {
  /** What the editors do not touch (hours, LCUs...) and the name, carried over as is. */
  readonly base: Scenario;
  readonly cluster: ClusterDraft;
  readonly workloads: readonly WorkloadDraft[];
  readonly daemonSets: readonly DaemonSetDraft[];
  readonly nodeGroups: readonly NodeGroupDraft[];
  /** Fargate profile names, in order (a profile can be empty). */
  readonly fargateProfiles: readonly string[];
  readonly network: NetworkDraft;
}

/** The store's data. */
export interface PlannerData {
  readonly draft: ScenarioDraft;
  /** The last valid scenario: what the plan and the comparison show. */
  readonly scenario: Scenario;
  /** Why the draft is not valid; empty when the draft is the scenario. */
  readonly issues: readonly CoreIssue[];
  /** What is wrong with the share link the page was opened with; empty when none or it opened. */
  readonly linkIssues: readonly CoreIssue[];
  /** The data snapshot date recorded in the share link that was opened; null when none. */
  readonly linkDataDate: string | null;
  /**
   * Whole scenarios loaded so far (a link, the autosave, a saved scenario, a reset: `loadScenario`),
   * so that what an edit changed is never worked out across two scenarios.
   */
  readonly loads: number;
}

/** The store's actions. */
export interface PlannerActions {
  updateCluster: (patch: Partial<ClusterDraft>) => void;
  updateWorkload: (key: string, patch: Partial<WorkloadDraft>) => void;
  addWorkload: () => void;
  removeWorkload: (key: string) => void;
  /** Puts a workload in the first Fargate profile (made when there is none), or takes it out. */
  setOnFargate: (key: string, on: boolean) => void;
  updateDaemonSet: (key: string, patch: Partial<DaemonSetDraft>) => void;
  addDaemonSet: () => void;
  removeDaemonSet: (key: string) => void;
  updateNodeGroup: (key: string, patch: Partial<NodeGroupDraft>) => void;
  setInstanceType: (key: string, index: number, name: string) => void;
  addInstanceType: (key: string) => void;
  removeInstanceType: (key: string, index: number) => void;
  addNodeGroup: () => void;
  removeNodeGroup: (key: string) => void;
  /**
   * "Use this type": the named node group's instance types become `[instanceType]` (a group of that
   * name is added with the defaults when there is none), as `withInstanceType` does to a scenario.
   */
  chooseInstanceType: (choice: InstanceTypeChoice) => void;
  updateCni: (patch: Partial<CniDraft>) => void;
  updateSubnet: (key: string, patch: Partial<SubnetDraft>) => void;
  addSubnet: () => void;
  removeSubnet: (key: string) => void;
  /** Renames the scenario (its `name`, shown in saved lists and exports). */
  rename: (name: string) => void;
  /**
   * Takes a scenario (from a link, a saved or imported scenario, or the last visit) as the draft and
   * the last valid scenario; `dataDate` is a link's data snapshot date, else null.
   */
  loadScenario: (scenario: Scenario, dataDate: string | null) => void;
  /**
   * Makes a whole valid scenario the draft and the last valid scenario as one edit (the optimal mix's
   * Apply and its Undo): unlike `loadScenario`, it loads nothing new, so the summary band shows what
   * it changed, and the share link and the autosave follow as for any edit.
   */
  editScenario: (scenario: Scenario) => void;
  /** A share link that could not be opened: its issues, for the banner; the scenario stays. */
  showLinkIssues: (issues: readonly CoreIssue[]) => void;
  /** Hides the broken link's banner. */
  dismissLinkIssues: () => void;
}

/** The whole store. */
export type PlannerState = PlannerData & PlannerActions;

let nextKey = 0;
function newKey(prefix: string): string {
  nextKey += 1;
  return `${prefix}${nextKey}`;
}

const text = (value: number | null): string => (value === null ? "" : String(value));
const cpuText = QUANTITY_UNITS.cpu.write;
const memoryText = QUANTITY_UNITS.memory.write;

/** The draft of a valid scenario: every number as its text. */
export function draftOf(scenario: Scenario): ScenarioDraft {
  const groupKeys = new Map(scenario.nodeGroups.map((group, index) => [group.name, `g${index}`]));
  const profileOf = new Map<string, string>();
  for (const profile of scenario.fargateProfiles) {
    for (const workload of profile.workloads) if (!profileOf.has(workload)) profileOf.set(workload, profile.name);
  }
  const { loadBalancers, discounts } = scenario.cluster;
  return {
    base: scenario,
    cluster: {
      region: scenario.region,
      currency: scenario.currency,
      krwPerUsd: text(scenario.krwPerUsd),
      supportTier: scenario.cluster.supportTier,
      controlPlaneTier: scenario.cluster.controlPlaneTier,
      peakPodsPerSecond: text(scenario.cluster.peakPodsPerSecond),
      peakApiSeats: text(scenario.cluster.peakApiSeats),
      kubernetesVersion: scenario.cluster.kubernetesVersion ?? "",
      privateCluster: scenario.cluster.privateCluster,
      autoscaler: scenario.cluster.autoscaler,
      nlbTargetType: loadBalancers.nlbTargetType,
      ingresses: text(loadBalancers.ingresses),
      ingressesPerAlb: text(loadBalancers.ingressesPerAlb),
      nlbs: text(loadBalancers.nlbs),
      computeSavingsPercent: text(discounts.computeSavingsPercent),
      enterpriseDiscountPercent: text(discounts.enterpriseDiscountPercent),
      scaleDownDelayMinutes: text(scenario.cluster.scaleDownDelayMinutes),
      savingsPlanType: discounts.savingsPlanType,
      savingsPlanDiscountPercent: text(discounts.savingsPlanDiscountPercent),
    },
    workloads: scenario.workloads.map((workload, index) => ({
      key: `w${index}`,
      name: workload.name,
      replicas: text(workload.replicas),
      cpuMillicores: cpuText(workload.cpuMillicores),
      memoryMiB: memoryText(workload.memoryMiB),
      architecture: workload.architecture ?? "",
      gpus: text(workload.gpus),
      accelerator: workload.accelerator,
      hostNetwork: workload.hostNetwork,
      privileged: workload.privileged,
      fargate: workload.fargate,
      nodeGroup: workload.nodeGroup === null ? "" : (groupKeys.get(workload.nodeGroup) ?? ""),
      fargateProfile: profileOf.get(workload.name) ?? null,
      zoneSpread: workload.zoneSpread?.whenUnsatisfiable ?? "",
      maxSkew: text(workload.zoneSpread?.maxSkew ?? 1),
      maxPodsPerNode: text(workload.maxPodsPerNode),
      disruptionBudget: workload.disruptionBudget,
      scales: workload.autoscaling !== null,
      autoscaling:
        workload.autoscaling === null
          ? startingAutoscaling(workload.replicas)
          : {
              minReplicas: text(workload.autoscaling.minReplicas),
              maxReplicas: text(workload.autoscaling.maxReplicas),
              profile: workload.autoscaling.profile,
            },
    })),
    daemonSets: scenario.daemonSets.map((daemonSet, index) => ({
      key: `d${index}`,
      name: daemonSet.name,
      cpuMillicores: cpuText(daemonSet.cpuMillicores),
      memoryMiB: memoryText(daemonSet.memoryMiB),
      hostNetwork: daemonSet.hostNetwork,
    })),
    nodeGroups: scenario.nodeGroups.map((group, index) => nodeGroupDraft(group, `g${index}`)),
    fargateProfiles: scenario.fargateProfiles.map((profile) => profile.name),
    network: networkDraftOf(scenario),
  };
}

/** A node group as the editor holds it (numbers as typed text). */
function nodeGroupDraft(group: NodeGroup, key: string): NodeGroupDraft {
  return {
    key,
    name: group.name,
    instanceTypes: group.instanceTypes,
    capacityType: group.capacity.type,
    onDemandBase: text(group.capacity.type === "mixed" ? group.capacity.onDemandBase : 0),
    spotPercentAboveBase: text(group.capacity.type === "mixed" ? group.capacity.spotPercentAboveBase : 50),
    minNodes: text(group.minNodes),
    maxNodes: text(group.maxNodes),
    availabilityZones: text(group.availabilityZones),
    prefixDelegation: group.network.prefixDelegation,
    customNetworking: group.network.customNetworking,
    maxPods: text(group.maxPods),
    profile: group.profile,
    amazonLinux: group.amazonLinux,
    vmMemoryOverheadPercent: text(group.vmMemoryOverheadPercent),
    rootVolumeGiB: text(group.rootVolume.sizeGiB),
    rootVolumeType: group.rootVolume.type,
    targetUtilisationPercent: text(group.targetUtilisationPercent),
    minValues: text(group.minValues),
    consolidationPolicy: group.consolidationPolicy,
  };
}

/** The network part of a scenario's draft. */
function networkDraftOf(scenario: Scenario): NetworkDraft {
  const { cni, subnets } = scenarioNetwork(scenario);
  return {
    edited: scenario.network !== undefined,
    cni: {
      warmEniTarget: text(cni.warmEniTarget),
      warmIpTarget: text(cni.warmIpTarget),
      minimumIpTarget: text(cni.minimumIpTarget),
      warmPrefixTarget: text(cni.warmPrefixTarget),
      maxEni: text(cni.maxEni),
    },
    subnets: subnets.map((subnet, index) => ({
      key: `s${index}`,
      availabilityZone: subnet.availabilityZone,
      cidr: subnet.cidr,
      usedAddresses: text(subnet.usedAddresses),
      role: subnet.role,
    })),
  };
}

/**
 * The `network` block of the scenario document: the typed settings once the user has changed one,
 * else the scenario's own (absent when it had none, so its share link stays the same).
 */
function networkInput(draft: ScenarioDraft): unknown {
  const { network } = draft;
  if (!network.edited) return draft.base.network;
  const { cni } = network;
  return {
    ...scenarioNetwork(draft.base),
    cni: {
      warmEniTarget: numberOrText(cni.warmEniTarget),
      warmIpTarget: numberOrText(cni.warmIpTarget, true),
      minimumIpTarget: numberOrText(cni.minimumIpTarget, true),
      warmPrefixTarget: numberOrText(cni.warmPrefixTarget),
      maxEni: numberOrText(cni.maxEni, true),
    },
    subnets: network.subnets.map((subnet) => ({
      availabilityZone: subnet.availabilityZone.trim(),
      cidr: subnet.cidr,
      usedAddresses: numberOrText(subnet.usedAddresses),
      role: subnet.role,
    })),
  };
}

/**
 * A typed number as the schema should see it: a number when the text is one (`1e3`, ` 250 `),
 * else the text itself, which the schema reports as "not a number". An empty optional field
 * (`nullable`) is null.
 */
export function numberOrText(value: string, nullable = false): number | string | null {
  const trimmed = value.trim();
  if (trimmed === "") return nullable ? null : value;
  const parsed = Number(trimmed);
  return Number.isFinite(parsed) ? parsed : value;
}

/** The draft as a scenario document for `validateScenario`, numbers parsed from their text. */
export function scenarioInput(draft: ScenarioDraft): unknown {
  const groupNames = new Map(draft.nodeGroups.map((group) => [group.key, group.name]));
  const { cluster } = draft;
  const base: Record<string, unknown> = { ...draft.base };
  const network = networkInput(draft);
  if (network === undefined) delete base["network"];
  else base["network"] = network;
  return {
    ...base,
    region: cluster.region,
    currency: cluster.currency,
    krwPerUsd: numberOrText(cluster.krwPerUsd),
    workloads: draft.workloads.map((workload) => ({
      name: workload.name,
      replicas: numberOrText(workload.replicas),
      cpuMillicores: quantityOrText("cpu", workload.cpuMillicores),
      memoryMiB: quantityOrText("memory", workload.memoryMiB),
      architecture: workload.architecture === "" ? null : workload.architecture,
      gpus: numberOrText(workload.gpus),
      accelerator: workload.accelerator,
      hostNetwork: workload.hostNetwork,
      privileged: workload.privileged,
      fargate: workload.fargate,
      nodeGroup: workload.nodeGroup === "" ? null : (groupNames.get(workload.nodeGroup) ?? null),
      zoneSpread:
        workload.zoneSpread === ""
          ? null
          : { maxSkew: numberOrText(workload.maxSkew), whenUnsatisfiable: workload.zoneSpread },
      maxPodsPerNode: numberOrText(workload.maxPodsPerNode, true),
      disruptionBudget: workload.disruptionBudget,
      autoscaling: workload.scales
        ? {
            minReplicas: numberOrText(workload.autoscaling.minReplicas),
            maxReplicas: numberOrText(workload.autoscaling.maxReplicas),
            profile: workload.autoscaling.profile,
          }
        : null,
    })),
    daemonSets: draft.daemonSets.map((daemonSet) => ({
      name: daemonSet.name,
      cpuMillicores: quantityOrText("cpu", daemonSet.cpuMillicores),
      memoryMiB: quantityOrText("memory", daemonSet.memoryMiB),
      hostNetwork: daemonSet.hostNetwork,
    })),
    nodeGroups: draft.nodeGroups.map((group) => ({
      name: group.name,
      instanceTypes: group.instanceTypes.map((name) => name.trim()),
      capacity:
        group.capacityType === "mixed"
          ? {
              type: "mixed",
              onDemandBase: numberOrText(group.onDemandBase),
              spotPercentAboveBase: numberOrText(group.spotPercentAboveBase),
            }
          : { type: group.capacityType },
      minNodes: numberOrText(group.minNodes),
      maxNodes: numberOrText(group.maxNodes, true),
      availabilityZones: numberOrText(group.availabilityZones),
      network: { prefixDelegation: group.prefixDelegation, customNetworking: group.customNetworking },
      maxPods: numberOrText(group.maxPods, true),
      profile: group.profile,
      amazonLinux: group.amazonLinux,
      vmMemoryOverheadPercent: numberOrText(group.vmMemoryOverheadPercent, true),
      rootVolume: { sizeGiB: numberOrText(group.rootVolumeGiB), type: group.rootVolumeType },
      targetUtilisationPercent: numberOrText(group.targetUtilisationPercent),
      minValues: numberOrText(group.minValues, true),
      consolidationPolicy: group.consolidationPolicy,
    })),
    fargateProfiles: draft.fargateProfiles.map((name) => ({
      name,
      workloads: draft.workloads.filter((workload) => workload.fargateProfile === name).map((w) => w.name),
    })),
    cluster: {
      ...draft.base.cluster,
      supportTier: cluster.supportTier,
      controlPlaneTier: cluster.controlPlaneTier,
      peakPodsPerSecond: numberOrText(cluster.peakPodsPerSecond, true),
      peakApiSeats: numberOrText(cluster.peakApiSeats, true),
      kubernetesVersion: cluster.kubernetesVersion.trim() === "" ? null : cluster.kubernetesVersion.trim(),
      privateCluster: cluster.privateCluster,
      autoscaler: cluster.autoscaler,
      scaleDownDelayMinutes: numberOrText(cluster.scaleDownDelayMinutes, true),
      loadBalancers: {
        ...draft.base.cluster.loadBalancers,
        ingresses: numberOrText(cluster.ingresses),
        ingressesPerAlb: numberOrText(cluster.ingressesPerAlb),
        nlbs: numberOrText(cluster.nlbs),
        nlbTargetType: cluster.nlbTargetType,
      },
      discounts: {
        computeSavingsPercent: numberOrText(cluster.computeSavingsPercent),
        enterpriseDiscountPercent: numberOrText(cluster.enterpriseDiscountPercent),
        savingsPlanType: cluster.savingsPlanType,
        savingsPlanDiscountPercent: numberOrText(cluster.savingsPlanDiscountPercent),
      },
    },
  };
}

/**
 * Instance types the dataset does not have, as issues at their field's path (with suggestions);
 * `unchecked` when a name could not be looked up yet (the instance dataset is still loading).
 */
function instanceTypeIssues(draft: ScenarioDraft): { issues: CoreIssue[]; unchecked: boolean } {
  let unchecked = false;
  const issues = draft.nodeGroups.flatMap((group, groupIndex) =>
    group.instanceTypes.flatMap((name, index) => {
      if (name.trim() === "") return [];
      const found = lookupLoadedInstanceType(name);
      if (found === null) unchecked = true;
      return found === null || found.ok
        ? []
        : found.issues.map((issue) => ({ ...issue, path: `nodeGroups.${groupIndex}.instanceTypes.${index}` }));
    }),
  );
  return { issues, unchecked };
}

/**
 * Validates a draft. The schema's issues, and instance types the dataset lacks: the planner would
 * skip those, but a misspelt type is an editing mistake to fix, not a plan to show. A draft naming a
 * type that cannot be looked up yet (the instance dataset is loading) gives no scenario and is
 * `unchecked`: the store validates it again when the dataset is there.
 */
export function validateDraft(draft: ScenarioDraft): {
  scenario: Scenario | null;
  issues: readonly CoreIssue[];
  unchecked: boolean;
} {
  const result = validateScenario(scenarioInput(draft));
  const types = instanceTypeIssues(draft);
  const issues = [...(result.ok ? [] : result.issues), ...types.issues];
  const valid = result.ok && types.issues.length === 0 && !types.unchecked;
  return { scenario: valid ? result.value : null, issues, unchecked: types.unchecked };
}

/** The state the planner opens with: the default scenario. A function, so tests can reset the store. */
export function initialPlannerData(): PlannerData {
  return {
    draft: draftOf(defaultScenario),
    scenario: defaultScenario,
    issues: [],
    linkIssues: [],
    linkDataDate: null,
    loads: 0,
  };
}

/** A name not yet in `names`: `base`, else `base-2`, `base-3`... */
function freshName(base: string, names: readonly string[]): string {
  let name = base;
  for (let suffix = 2; names.includes(name); suffix++) name = `${base}-${suffix}`;
  return name;
}

/** Whether the last edit named an instance type the loading dataset could not check yet. */
let uncheckedEdit = false;

/** The planner store (a React hook; `usePlannerStore.getState()` outside React). */
export const usePlannerStore = create<PlannerState>()((set) => {
  /** Applies an edit to the draft and validates the result. */
  const edit = (change: (draft: ScenarioDraft) => ScenarioDraft) => {
    set((state) => {
      const draft = change(state.draft);
      const { scenario, issues, unchecked } = validateDraft(draft);
      uncheckedEdit = unchecked;
      return { draft, issues, scenario: scenario ?? state.scenario };
    });
  };
  // An edit made before the instance dataset loaded is validated again once it is there.
  useRegionPricingStore.subscribe((pricing, previous) => {
    if (uncheckedEdit && pricing.lookup !== null && previous.lookup === null) edit((draft) => draft);
  });
  const patchRow = <T extends { key: string }>(rows: readonly T[], key: string, patch: Partial<T>): T[] =>
    rows.map((row) => (row.key === key ? { ...row, ...patch } : row));

  return {
    ...initialPlannerData(),
    updateCluster: (patch) => {
      edit((draft) => ({ ...draft, cluster: { ...draft.cluster, ...patch } }));
    },
    updateWorkload: (key, patch) => {
      edit((draft) => ({ ...draft, workloads: patchRow(draft.workloads, key, patch) }));
    },
    addWorkload: () => {
      edit((draft) => ({
        ...draft,
        workloads: [
          ...draft.workloads,
          {
            key: newKey("w-new-"),
            name: freshName(
              "workload",
              draft.workloads.map((workload) => workload.name),
            ),
            replicas: "1",
            cpuMillicores: "250m",
            memoryMiB: "512Mi",
            architecture: "",
            gpus: "0",
            accelerator: "nvidia.com/gpu",
            hostNetwork: false,
            privileged: false,
            fargate: true,
            nodeGroup: "",
            fargateProfile: null,
            zoneSpread: "",
            maxSkew: "1",
            maxPodsPerNode: "",
            disruptionBudget: null,
            scales: false,
            autoscaling: startingAutoscaling(1),
          },
        ],
      }));
    },
    removeWorkload: (key) => {
      edit((draft) => ({ ...draft, workloads: draft.workloads.filter((workload) => workload.key !== key) }));
    },
    setOnFargate: (key, on) => {
      edit((draft) => {
        const profile = draft.fargateProfiles[0] ?? "fargate";
        return {
          ...draft,
          fargateProfiles: draft.fargateProfiles.length === 0 ? [profile] : draft.fargateProfiles,
          workloads: patchRow(draft.workloads, key, { fargateProfile: on ? profile : null }),
        };
      });
    },
    updateDaemonSet: (key, patch) => {
      edit((draft) => ({ ...draft, daemonSets: patchRow(draft.daemonSets, key, patch) }));
    },
    addDaemonSet: () => {
      edit((draft) => ({
        ...draft,
        daemonSets: [
          ...draft.daemonSets,
          {
            key: newKey("d-new-"),
            name: freshName(
              "daemonset",
              draft.daemonSets.map((daemonSet) => daemonSet.name),
            ),
            cpuMillicores: "50m",
            memoryMiB: "64Mi",
            hostNetwork: false,
          },
        ],
      }));
    },
    removeDaemonSet: (key) => {
      edit((draft) => ({ ...draft, daemonSets: draft.daemonSets.filter((daemonSet) => daemonSet.key !== key) }));
    },
    updateNodeGroup: (key, patch) => {
      edit((draft) => ({ ...draft, nodeGroups: patchRow(draft.nodeGroups, key, patch) }));
    },
    setInstanceType: (key, index, name) => {
      edit((draft) => ({
        ...draft,
        nodeGroups: draft.nodeGroups.map((group) =>
          group.key === key
            ? { ...group, instanceTypes: group.instanceTypes.map((type, at) => (at === index ? name : type)) }
            : group,
        ),
      }));
    },
    addInstanceType: (key) => {
      edit((draft) => ({
        ...draft,
        nodeGroups: draft.nodeGroups.map((group) =>
          group.key === key ? { ...group, instanceTypes: [...group.instanceTypes, ""] } : group,
        ),
      }));
    },
    removeInstanceType: (key, index) => {
      edit((draft) => ({
        ...draft,
        nodeGroups: draft.nodeGroups.map((group) =>
          group.key === key
            ? { ...group, instanceTypes: group.instanceTypes.filter((_type, at) => at !== index) }
            : group,
        ),
      }));
    },
    addNodeGroup: () => {
      edit((draft) => ({
        ...draft,
        nodeGroups: [
          ...draft.nodeGroups,
          nodeGroupDraft(
            defaultNodeGroup(
              freshName(
                "node-group",
                draft.nodeGroups.map((group) => group.name),
              ),
              ["m6i.large"],
            ),
            newKey("g-new-"),
          ),
        ],
      }));
    },
    removeNodeGroup: (key) => {
      edit((draft) => ({
        ...draft,
        nodeGroups: draft.nodeGroups.filter((group) => group.key !== key),
        // Workloads pinned to it may run anywhere again.
        workloads: draft.workloads.map((workload) =>
          workload.nodeGroup === key ? { ...workload, nodeGroup: "" } : workload,
        ),
      }));
    },
    chooseInstanceType: ({ nodeGroup, instanceType }) => {
      edit((draft) => ({
        ...draft,
        nodeGroups: draft.nodeGroups.some((group) => group.name === nodeGroup)
          ? draft.nodeGroups.map((group) =>
              group.name === nodeGroup ? { ...group, instanceTypes: [instanceType] } : group,
            )
          : [...draft.nodeGroups, nodeGroupDraft(defaultNodeGroup(nodeGroup, [instanceType]), newKey("g-new-"))],
      }));
    },
    updateCni: (patch) => {
      edit((draft) => ({
        ...draft,
        network: { ...draft.network, edited: true, cni: { ...draft.network.cni, ...patch } },
      }));
    },
    updateSubnet: (key, patch) => {
      edit((draft) => ({
        ...draft,
        network: { ...draft.network, edited: true, subnets: patchRow(draft.network.subnets, key, patch) },
      }));
    },
    addSubnet: () => {
      edit((draft) => ({
        ...draft,
        network: {
          ...draft.network,
          edited: true,
          subnets: [
            ...draft.network.subnets,
            { key: newKey("s-new-"), availabilityZone: "", cidr: "", usedAddresses: "0", role: "node" },
          ],
        },
      }));
    },
    removeSubnet: (key) => {
      edit((draft) => ({
        ...draft,
        network: {
          ...draft.network,
          edited: true,
          subnets: draft.network.subnets.filter((subnet) => subnet.key !== key),
        },
      }));
    },
    rename: (name) => {
      edit((draft) => ({ ...draft, base: { ...draft.base, name } }));
    },
    loadScenario: (scenario, dataDate) => {
      set((state) => ({
        draft: draftOf(scenario),
        scenario,
        issues: [],
        linkIssues: [],
        linkDataDate: dataDate,
        loads: state.loads + 1,
      }));
    },
    editScenario: (scenario) => {
      set({ draft: draftOf(scenario), scenario, issues: [] });
    },
    showLinkIssues: (issues) => {
      set({ linkIssues: issues });
    },
    dismissLinkIssues: () => {
      set({ linkIssues: [] });
    },
  };
});
