/**
 * English messages: the source of truth for every user-visible string of the app. Other languages
 * are typed against this object (`satisfies Messages`), so a missing or extra key fails to compile.
 *
 * Placeholders are `{name}`; {@link import("./index.js").t} fills them. Numbers are formatted by the
 * caller for the active locale before they reach a message.
 */
export const en = {
  "app.title": "eksize",
  "app.documentTitle": "eksize: EKS instance explorer",
  "app.tagline": "Max pods, node allocatable and cost of every EC2 instance type on Amazon EKS",
  "app.skipToTable": "Skip to the instance table",

  "language.label": "Language",

  "settings.heading": "Cluster settings",
  "settings.region": "Region",
  "settings.prefixDelegation": "Prefix delegation",
  "settings.prefixDelegation.hint": "ENABLE_PREFIX_DELEGATION=true (Nitro types only)",
  "settings.customNetworking": "Custom networking",
  "settings.customNetworking.hint": "AWS_VPC_K8S_CNI_CUSTOM_NETWORK_CFG=true",
  "settings.uncapped": "No 110/250 ceiling",
  "settings.uncapped.hint": "max-pods-calculator.sh --show-max-allowed",
  "settings.profile": "Reservation profile",

  "profile.amazon-linux": "Amazon Linux (EKS AMI)",
  "profile.bottlerocket": "Bottlerocket",
  "profile.karpenter": "Karpenter estimate (AL2023)",

  "filters.heading": "Filters",
  "filters.name": "Name",
  "filters.name.placeholder": "m5.large c7g",
  "filters.name.hint": "Part of a name; several separated by spaces or commas",
  "filters.family": "Family",
  "filters.family.placeholder": "m5, r6i",
  "filters.family.hint": "Exact families, separated by spaces or commas",
  "filters.architecture": "Architecture",
  "filters.architecture.all": "All",
  "filters.vcpu": "vCPU",
  "filters.vcpu.min": "Minimum vCPU",
  "filters.vcpu.max": "Maximum vCPU",
  "filters.memory": "Memory (GiB)",
  "filters.memory.min": "Minimum memory (GiB)",
  "filters.memory.max": "Maximum memory (GiB)",
  "filters.rangeTo": "to",
  "filters.minPlaceholder": "min",
  "filters.maxPlaceholder": "max",
  "filters.reset": "Reset filters",

  "range.notANumber": "{field}: “{value}” is not a number.",
  "range.notWhole": "{field}: “{value}” is not a whole number.",
  "range.negative": "{field}: {value} is negative; enter 0 or more.",
  "range.minAboveMax": "{field}: the minimum ({min}) is greater than the maximum ({max}).",
  "range.kept": "The table still uses the last valid range.",

  count: "{shown} of {total} instance types",
  "table.label": "Instance types",
  "table.empty": "No instance type matches these filters.",
  "table.note":
    "Linux, shared tenancy. $/month = $/hour × {hours} hours. Cost per pod slot = on-demand $/month ÷ max pods.",
  "table.selectHint": "Select a type by its name to see how its max pods and allocatable are worked out.",

  "col.name": "Instance type",
  "col.family": "Family",
  "col.vcpu": "vCPU",
  "col.memory": "Memory",
  "col.architecture": "Arch",
  "col.maxPods": "Max pods",
  "col.allocatableCpu": "Alloc. CPU",
  "col.allocatableMemory": "Alloc. memory",
  "col.onDemandHour": "$/hour",
  "col.onDemandMonth": "$/month",
  "col.spotSavings": "Spot saving",
  "col.spotInterruption": "Interruption",
  "col.costPerPod": "$/pod slot/mo",

  "col.maxPods.title": "Max pods the kubelet gets under the chosen profile and VPC CNI mode",
  "col.allocatableCpu.title": "CPU the scheduler can place, millicores",
  "col.allocatableMemory.title": "Memory the scheduler can place, MiB",
  "col.onDemandHour.title": "On-demand price per hour in the chosen region",
  "col.onDemandMonth.title": "On-demand price per month ({hours} hours)",
  "col.spotSavings.title": "Typical Spot saving over on-demand (Spot Instance Advisor)",
  "col.spotInterruption.title": "Spot interruptions per month (Spot Instance Advisor)",
  "col.costPerPod.title": "On-demand $/month ÷ max pods",

  "value.unknown": "unknown",
  "value.noPrice": "No price known for {instanceType} in {region}",
  "value.noPods": "Max pods is unknown, so the cost per pod slot is too",
  "value.noPodSlots": "The node has no pod slots, so there is no cost per pod slot",
  "value.spotCostsMore": "Spot costs {percent} more",

  "error.unknown-instance-type": "{instanceType} is not in the dataset",
  "error.invalid-option": "{option} = {value} is invalid: expected {expected}",
  "error.invalid-cni-version": "“{value}” is not a VPC CNI version",
  "error.vcpu-unknown": "No source reports the vCPU count of {instanceType}",
  "error.memory-unknown": "No source reports the memory size of {instanceType}",
  "error.security-groups-for-pods-unsupported": "{instanceType} cannot run security groups for pods",
  "error.ipv6-requires-nitro": "IPv6 clusters need a Nitro type; {instanceType} is not one",
  "error.ipv6-with-custom-networking": "The VPC CNI rejects custom networking in IPv6 clusters",
  "error.fargate-pod-too-large":
    "A pod of {cpuMillicores} millicores and {memoryMiB} MiB is larger than the largest Fargate size (16 vCPU, 120 GB)",
  "error.scenario-missing-field": "This field is required",
  "error.scenario-unknown-field": "eksize does not know this field (a typo?)",
  "error.scenario-wrong-type": "Expected {expected}, got {received}",
  "error.scenario-out-of-range": "{received} is out of range ({bound} {limit})",
  "error.scenario-not-whole-number": "{received} is not a whole number",
  "error.scenario-not-allowed": "{received} is not allowed: expected {allowed}",
  "error.scenario-too-short": "Too short: at least {minimum}, got {received}",
  "error.scenario-too-long": "Too long: at most {maximum}, got {received}",
  "error.scenario-duplicate-name": "The name {name} is used more than once",
  "error.scenario-unknown-reference": "There is no {refersTo} named {name}",
  "error.scenario-version-too-new":
    "This scenario was made by a newer eksize (version {version}; this one reads up to {supported})",

  "hypervisor.nitro": "Nitro",
  "hypervisor.xen": "Xen",
  "hypervisor.unknown": "hypervisor not reported",
  bareMetal: "bare metal",

  "breakdown.heading": "How {instanceType} is sized",
  "breakdown.close": "Close the breakdown",
  "breakdown.specs": "{vcpu} vCPU · {memory} · {architecture} · {hypervisor}",
  "breakdown.maxPods": "Max pods",
  "breakdown.allocatable": "Allocatable",
  "breakdown.empty": "Sizing breakdown",
  "breakdown.cost": "Cost in {region}",
  "breakdown.loadingChart": "Loading the chart…",

  "formula.maxPods.ip": "{enis} ENIs × ({ips} − 1) + 2 = {pods}",
  "formula.maxPods.prefix": "{enis} ENIs × ({ips} − 1) × 16 + 2 = {pods}",
  "formula.maxPods.ip.legend":
    "ENIs × (IPv4 addresses per ENI − the ENI's own address) + 2 host-network pods (aws-node, kube-proxy)",
  "formula.maxPods.prefix.legend":
    "ENIs × (IPv4 slots per ENI − the ENI's own address) × 16 addresses per /28 prefix + 2 host-network pods",
  "formula.maxPods.customNetworking":
    "ENIs: {total} on the default network card − 1 for custom networking (the primary ENI carries no pod addresses) = {enis}",
  "formula.maxPods.ceiling":
    "Capped at {ceiling}, AWS's recommended maximum for types with {rule}: max pods = {maxPods}",
  "formula.maxPods.underCeiling": "Below AWS's recommended ceiling of {ceiling} pods ({rule}), so max pods = {maxPods}",
  "formula.maxPods.uncapped": "No ceiling applied (--show-max-allowed): max pods = {maxPods}",
  "formula.maxPods.noCeiling.bottlerocket": "Bottlerocket applies no 110/250 ceiling: max pods = {maxPods}",
  "formula.maxPods.noCeiling.karpenter": "Karpenter applies no 110/250 ceiling: max pods = {maxPods}",
  "formula.maxPods.noEniLeft":
    "Custom networking leaves no ENI for pod addresses, so Karpenter predicts max pods = {maxPods}",
  "formula.ceiling.small": "30 vCPUs or fewer",
  "formula.ceiling.large": "more than 30 vCPUs",
  "formula.prefixSkipped.not-nitro":
    "Prefix delegation is on but was not applied: {instanceType} is not a Nitro type, and the VPC CNI delegates prefixes only on Nitro.",
  "formula.prefixSkipped.bare-metal":
    "max-pods-calculator.sh ignores prefix delegation on {instanceType}: EC2 reports no hypervisor for bare metal, although VPC CNI 1.11 or later delegates prefixes there.",
  "formula.prefixSkipped.cni-too-old": "Prefix delegation is on but was not applied: it needs VPC CNI 1.9 or later.",
  "formula.unknown": "Max pods is unknown: {reason}.",
  "formula.allocatableUnknown": "Allocatable is unknown: {reason}.",
  "formula.prefixIgnored.bottlerocket":
    "Bottlerocket takes max pods from the ENI table: it ignores prefix delegation unless max pods is set (settings.kubernetes.max-pods).",
  "formula.prefixIgnored.karpenter":
    "Karpenter ignores prefix delegation for max pods unless max pods is set (kubelet maxPods in the EC2NodeClass).",
  "formula.customNetworkingIgnored.bottlerocket":
    "Bottlerocket takes max pods from the ENI table: it ignores custom networking unless max pods is set (settings.kubernetes.max-pods).",

  "formula.cpu": "CPU",
  "formula.memory": "Memory",
  "formula.term.kubeReserved": "kube-reserved",
  "formula.term.systemReserved": "system-reserved",
  "formula.term.eviction": "eviction",
  "formula.term.vmOverhead": "VM overhead",
  "formula.kubeReservedMemory": "({perPod} × {pods} + {base})",
  "formula.vmOverhead": "({percent}%, rounded up)",
  "formula.vmOverheadArm": "({offset} MiB + {percent}% of the rest, rounded up)",
  "formula.cpuTiers":
    "Kube-reserved CPU: 6% of the first core, 1% of the second, 0.5% of the third and fourth, 0.25% of each further core.",
  "formula.profile.amazon-linux":
    "EKS AMIs reserve memory for the ENI-limited max pods ({pods}), even when prefix delegation raises max pods.",
  "formula.profile.bottlerocket": "Bottlerocket reserves memory for the max pods actually configured ({pods}).",
  "formula.profile.karpenter":
    "Karpenter's prediction before a node exists: {percent}% of memory held back as VM overhead, and max pods ENI-limited without the 110/250 ceiling.",

  "chart.caption": "Where the capacity of {instanceType} goes",
  "chart.tableCaption": "Capacity, reservations and allocatable of {instanceType}",
  "chart.capacity": "Capacity",
  "chart.allocatable": "Allocatable",
  "chart.kubeReserved": "Kube-reserved",
  "chart.systemReserved": "System-reserved",
  "chart.eviction": "Eviction",
  "chart.vmOverhead": "VM overhead",
  "chart.cpu": "CPU",
  "chart.memory": "Memory",
  "chart.ephemeralStorage": "Ephemeral storage",
  "chart.failed": "The chart could not be loaded; the table below has every figure.",

  "cost.onDemand": "On-demand: {hour}/hour · {month}/month",
  "cost.perPod": "{value} per pod slot per month ({month} ÷ {pods} pods)",
  "cost.spotPrice": "Spot, average when captured: {hour}/hour (prices move daily)",
  "cost.spotAdvisor": "Spot saving about {savings} · interruptions {bucket} per month",
  "cost.spotAdvisorCostsMore": "Spot costs about {percent} more than on-demand · interruptions {bucket} per month",
  "cost.noPrice": "No on-demand price is known for {instanceType} in {region}.",
  "cost.noSpot": "No Spot figures are known for {instanceType} in {region}.",

  "freshness.heading": "How old this data is",
  "freshness.summary.onDemand": "On-demand prices as of {date}",
  "freshness.summary.spotPrices": "Spot prices as of {date}",
  "freshness.summary.spotAdvisor": "Spot savings and interruptions as of {date}",
  "freshness.summary.instances": "Instance data as of {date}",
  "freshness.range": "{from} to {to}",
  "freshness.onDemand": "On-demand prices in {region}",
  "freshness.spot": "Spot prices and savings in {region}",
  "freshness.instances": "Instance limits and specifications",
  "freshness.asOf": "as of {date} ({age})",
  "freshness.none": "no source",
} as const;

/** A message key. */
export type MessageKey = keyof typeof en;

/** The shape every language must have: one string per English key. */
export type Messages = { readonly [K in MessageKey]: string };
