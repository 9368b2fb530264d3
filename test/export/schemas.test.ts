/**
 * Every eksctl and Karpenter file of a set of scenarios, read back as kubectl and eksctl read it
 * (YAML 1.1), validated against the schemas their projects publish (test/export/fixtures/README.md):
 * eksctl's JSON schema, and the Karpenter v1 CRDs' OpenAPI schemas and CEL rules.
 */
import { readFileSync } from "node:fs";
import { Ajv, type ValidateFunction } from "ajv";
import { describe, expect, it } from "vitest";
import { parse, parseAllDocuments } from "yaml";
import { costCluster, defaultScenario, planCluster, type Scenario } from "eksize";
import { catalog } from "eksize/data";
import { exportFile, type ExportKind } from "../../src/export/export-files.js";
import { scenario, SYSTEM_DAEMONSETS, WEB } from "../support/scenario.js";

const fixture = (name: string): string => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8");

type Json = Record<string, unknown>;

/** Ajv for published schemas: their own annotation keywords (`x-intellij-*`, `x-kubernetes-*`) are not errors. */
const ajv = new Ajv({ allErrors: true, strict: false, validateFormats: false });

const eksctlSchema = ajv.compile(JSON.parse(fixture("eksctl-schema.json")) as Json);

/** A CRD's `v1` schema, with unknown fields refused as the API server's strict field validation does. */
function crdSchema(file: string): { schema: Json; validate: ValidateFunction } {
  const crd = parse(fixture(file)) as { spec: { versions: { name: string; schema: { openAPIV3Schema: Json } }[] } };
  const schema = crd.spec.versions.find((version) => version.name === "v1")!.schema.openAPIV3Schema;
  const strict = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(strict);
    if (node === null || typeof node !== "object") return node;
    const copy: Json = Object.fromEntries(Object.entries(node).map(([key, value]) => [key, strict(value)]));
    if (
      "properties" in copy &&
      !("additionalProperties" in copy) &&
      !("x-kubernetes-preserve-unknown-fields" in copy)
    ) {
      copy.additionalProperties = false;
    }
    return copy;
  };
  // metadata is an object with no properties listed in a CRD: the API server checks it apart.
  return { schema, validate: ajv.compile(strict(schema) as Json) };
}

/**
 * EKS Auto Mode's NodeClass: a schema transcribed from the EKS User Guide (no CRD file is published;
 * see fixtures/README.md), strict about unknown fields like the CRDs.
 */
const nodeClassSchema = ajv.compile(JSON.parse(fixture("eks.amazonaws.com_nodeclass.schema.json")) as Json);

const CRDS = {
  NodePool: crdSchema("karpenter.sh_nodepools.yaml"),
  EC2NodeClass: crdSchema("karpenter.k8s.aws_ec2nodeclasses.yaml"),
} as const;
type Kind = keyof typeof CRDS;

/** Every CEL rule of a CRD with its place (a dot path from the document, `[]` for each list element) and message. */
function celRules(kind: Kind): { path: string; rule: string; message: string }[] {
  const rules: { path: string; rule: string; message: string }[] = [];
  const walk = (node: Json, path: string): void => {
    for (const { rule, message } of (node["x-kubernetes-validations"] ?? []) as { rule: string; message: string }[]) {
      rules.push({ path, rule, message });
    }
    for (const [key, child] of Object.entries((node.properties ?? {}) as Record<string, Json>)) {
      walk(child, path === "" ? key : `${path}.${key}`);
    }
    if (node.items !== undefined) walk(node.items as Json, `${path}[]`);
  };
  walk(CRDS[kind].schema, "");
  return rules;
}

/** The values at a dot path (`[]` for each element of a list); none where a field is absent. */
function valuesAt(document: unknown, path: string): unknown[] {
  let values: unknown[] = [document];
  for (const part of path.split(".")) {
    const list = part.endsWith("[]");
    const key = list ? part.slice(0, -2) : part;
    values = values.flatMap((value) => {
      const next = (value as Json | undefined)?.[key];
      if (next === undefined) return [];
      return list ? next : [next];
    });
  }
  return values;
}

// --- The CEL rules, translated by hand. Each names the exact rule it translates. ---

/** CEL `has(x.f)`. */
const has = (object: unknown, field: string): boolean => (object as Json | undefined)?.[field] !== undefined;
/** CEL `s.find("^([^/]+)")`: the first match, or "". */
const domain = (key: string): string => /^([^/]+)/.exec(key)?.[0] ?? "";
/** The JSON list literal in a rule (`["a", "b"]`), as CEL reads it. */
const listIn = (rule: string): string[] => JSON.parse(rule.slice(rule.indexOf("["), rule.indexOf("]") + 1)) as string[];
/** CEL `self.all(k, ...)` over a map's keys. */
const allKeys = (map: unknown, test: (key: string) => boolean): boolean => Object.keys(map as Json).every(test);
type Term = Json;
const terms = (self: unknown): Term[] => self as Term[];

interface Translation {
  readonly path: string;
  readonly rule: string;
  readonly holds: (self: unknown) => boolean;
}

const KARPENTER_K8S_AWS_LABELS =
  'self.all(x, x in ["karpenter.k8s.aws/instance-tenancy", "karpenter.k8s.aws/capacity-reservation-type", "karpenter.k8s.aws/capacity-reservation-id", "karpenter.k8s.aws/capacity-reservation-interruptible", "karpenter.k8s.aws/capacity-reservation-interruptible", "karpenter.k8s.aws/ec2nodeclass", "karpenter.k8s.aws/instance-encryption-in-transit-supported", "karpenter.k8s.aws/instance-category", "karpenter.k8s.aws/instance-hypervisor", "karpenter.k8s.aws/instance-family", "karpenter.k8s.aws/instance-generation", "karpenter.k8s.aws/instance-local-nvme", "karpenter.k8s.aws/instance-size", "karpenter.k8s.aws/instance-cpu", "karpenter.k8s.aws/instance-cpu-manufacturer", "karpenter.k8s.aws/instance-cpu-sustained-clock-speed-mhz", "karpenter.k8s.aws/instance-memory", "karpenter.k8s.aws/instance-ebs-bandwidth", "karpenter.k8s.aws/instance-network-bandwidth", "karpenter.k8s.aws/instance-gpu-name", "karpenter.k8s.aws/instance-gpu-manufacturer", "karpenter.k8s.aws/instance-gpu-count", "karpenter.k8s.aws/instance-gpu-memory", "karpenter.k8s.aws/instance-accelerator-name", "karpenter.k8s.aws/instance-accelerator-manufacturer", "karpenter.k8s.aws/instance-accelerator-count", "karpenter.k8s.aws/instance-capability-flex", "karpenter.k8s.aws/placement-group-id", "karpenter.k8s.aws/placement-group-partition"] || !x.find("^([^/]+)").endsWith("karpenter.k8s.aws"))';
const KARPENTER_K8S_AWS_KEY =
  'self in ["karpenter.k8s.aws/instance-tenancy", "karpenter.k8s.aws/capacity-reservation-type", "karpenter.k8s.aws/capacity-reservation-id", "karpenter.k8s.aws/capacity-reservation-interruptible", "karpenter.k8s.aws/ec2nodeclass", "karpenter.k8s.aws/instance-encryption-in-transit-supported", "karpenter.k8s.aws/instance-category", "karpenter.k8s.aws/instance-hypervisor", "karpenter.k8s.aws/instance-family", "karpenter.k8s.aws/instance-generation", "karpenter.k8s.aws/instance-local-nvme", "karpenter.k8s.aws/instance-size", "karpenter.k8s.aws/instance-cpu", "karpenter.k8s.aws/instance-cpu-manufacturer", "karpenter.k8s.aws/instance-cpu-sustained-clock-speed-mhz", "karpenter.k8s.aws/instance-memory", "karpenter.k8s.aws/instance-ebs-bandwidth", "karpenter.k8s.aws/instance-network-bandwidth", "karpenter.k8s.aws/instance-gpu-name", "karpenter.k8s.aws/instance-gpu-manufacturer", "karpenter.k8s.aws/instance-gpu-count", "karpenter.k8s.aws/instance-gpu-memory", "karpenter.k8s.aws/instance-accelerator-name", "karpenter.k8s.aws/instance-accelerator-manufacturer", "karpenter.k8s.aws/instance-accelerator-count", "karpenter.k8s.aws/instance-capability-flex", "karpenter.k8s.aws/placement-group-id", "karpenter.k8s.aws/placement-group-partition"] || !self.find("^([^/]+)").endsWith("karpenter.k8s.aws")';

/** Label rules, on a map's keys (`labels`) or on one key (`requirements[].key`). */
const labelRules = (path: string, each: boolean): Translation[] => {
  const on = (test: (key: string) => boolean) => (self: unknown) => (each ? allKeys(self, test) : test(self as string));
  const sh = listIn('["karpenter.sh/capacity-type", "karpenter.sh/nodepool"]');
  const aws = listIn(KARPENTER_K8S_AWS_LABELS);
  return each
    ? [
        {
          path,
          rule: 'self.all(x, x in ["karpenter.sh/capacity-type", "karpenter.sh/nodepool"] || !x.find("^([^/]+)").endsWith("karpenter.sh"))',
          holds: on((key) => sh.includes(key) || !domain(key).endsWith("karpenter.sh")),
        },
        {
          path,
          rule: 'self.all(x, x != "karpenter.sh/nodepool")',
          holds: on((key) => key !== "karpenter.sh/nodepool"),
        },
        {
          path,
          rule: 'self.all(x, x != "kubernetes.io/hostname")',
          holds: on((key) => key !== "kubernetes.io/hostname"),
        },
        {
          path,
          rule: KARPENTER_K8S_AWS_LABELS,
          holds: on((key) => aws.includes(key) || !domain(key).endsWith("karpenter.k8s.aws")),
        },
      ]
    : [
        {
          path,
          rule: 'self in ["karpenter.sh/capacity-type", "karpenter.sh/nodepool"] || !self.find("^([^/]+)").endsWith("karpenter.sh")',
          holds: on((key) => sh.includes(key) || !domain(key).endsWith("karpenter.sh")),
        },
        { path, rule: 'self != "karpenter.sh/nodepool"', holds: on((key) => key !== "karpenter.sh/nodepool") },
        { path, rule: 'self != "kubernetes.io/hostname"', holds: on((key) => key !== "kubernetes.io/hostname") },
        {
          path,
          rule: KARPENTER_K8S_AWS_KEY,
          holds: on((key) => aws.includes(key) || !domain(key).endsWith("karpenter.k8s.aws")),
        },
      ];
};

const nonEmpty = (path: string): Translation => ({ path, rule: "self != ''", holds: (self) => self !== "" });

/** `!has(self.amiFamily) || (<an alias of family> ? (self.amiFamily == 'Custom' || self.amiFamily == '<F>') : true)`. */
const aliasFamily = (family: string, amiFamily: string): Translation => ({
  path: "spec",
  rule: `!has(self.amiFamily) || (self.amiSelectorTerms.exists(x, has(x.alias) && x.alias.find('^[^@]+') == '${family}') ? (self.amiFamily == 'Custom' || self.amiFamily == '${amiFamily}') : true)`,
  holds: (self) => {
    const spec = self as Json;
    if (!has(spec, "amiFamily")) return true;
    const aliased = terms(spec.amiSelectorTerms).some(
      (term) => has(term, "alias") && /^[^@]+/.exec(term.alias as string)?.[0] === family,
    );
    return !aliased || spec.amiFamily === "Custom" || spec.amiFamily === amiFamily;
  },
});

/** `self.all(k, k != '' && self[k] != '')` on a tag map. */
const tagsRule = (path: string): Translation => ({
  path,
  rule: "self.all(k, k != '' && self[k] != '')",
  holds: (self) => allKeys(self, (key) => key !== "" && (self as Json)[key] !== ""),
});

const TRANSLATED: Record<Kind, readonly Translation[]> = {
  NodePool: [
    {
      path: "spec",
      rule: "!has(self.replicas) || (!has(self.limits) || size(self.limits) == 0 || (size(self.limits) == 1 && 'nodes' in self.limits))",
      holds: (self) => {
        const spec = self as Json;
        const limits = Object.keys(spec.limits ?? {});
        return !has(spec, "replicas") || limits.length === 0 || (limits.length === 1 && limits[0] === "nodes");
      },
    },
    {
      path: "spec",
      rule: "!has(self.replicas) || !has(self.weight)",
      holds: (self) => !has(self, "replicas") || !has(self, "weight"),
    },
    ...labelRules("spec.template.metadata.labels", true),
    nonEmpty("spec.template.spec.nodeClassRef.group"),
    nonEmpty("spec.template.spec.nodeClassRef.kind"),
    nonEmpty("spec.template.spec.nodeClassRef.name"),
    {
      path: "spec.template.spec.requirements",
      rule: "self.all(x, x.operator == 'In' ? x.values.size() != 0 : true)",
      holds: (self) => terms(self).every((x) => x.operator !== "In" || (x.values as unknown[]).length !== 0),
    },
    {
      path: "spec.template.spec.requirements",
      rule: "self.all(x, (x.operator == 'Gt' || x.operator == 'Lt' || x.operator == 'Gte' || x.operator == 'Lte') ? (x.values.size() == 1 && int(x.values[0]) >= 0) : true)",
      holds: (self) =>
        terms(self).every(
          (x) =>
            !["Gt", "Lt", "Gte", "Lte"].includes(x.operator as string) ||
            ((x.values as string[]).length === 1 && /^\+?\d+$/.test((x.values as string[])[0]!)),
        ),
    },
    {
      path: "spec.template.spec.requirements",
      rule: "self.all(x, (x.operator == 'In' && has(x.minValues)) ? x.values.size() >= x.minValues : true)",
      holds: (self) =>
        terms(self).every(
          (x) =>
            !(x.operator === "In" && has(x, "minValues")) || (x.values as unknown[]).length >= (x.minValues as number),
        ),
    },
    ...labelRules("spec.template.spec.requirements[].key", false),
  ],
  EC2NodeClass: [
    {
      path: "spec",
      rule: "(has(self.role) && !has(self.instanceProfile)) || (!has(self.role) && has(self.instanceProfile))",
      holds: (self) => has(self, "role") !== has(self, "instanceProfile"),
    },
    aliasFamily("al2", "AL2"),
    aliasFamily("al2023", "AL2023"),
    aliasFamily("bottlerocket", "Bottlerocket"),
    aliasFamily("windows2019", "Windows2019"),
    aliasFamily("windows2022", "Windows2022"),
    aliasFamily("windows2025", "Windows2025"),
    {
      path: "spec",
      rule: "self.amiSelectorTerms.exists(x, has(x.alias)) ? true : has(self.amiFamily)",
      holds: (self) => terms((self as Json).amiSelectorTerms).some((x) => has(x, "alias")) || has(self, "amiFamily"),
    },
    {
      path: "spec.amiSelectorTerms",
      rule: "self.all(x, has(x.tags) || has(x.id) || has(x.name) || has(x.alias) || has(x.ssmParameter))",
      holds: (self) => terms(self).every((x) => ["tags", "id", "name", "alias", "ssmParameter"].some((f) => has(x, f))),
    },
    {
      path: "spec.amiSelectorTerms",
      rule: "!self.exists(x, has(x.id) && (has(x.alias) || has(x.tags) || has(x.name) || has(x.owner)))",
      holds: (self) =>
        !terms(self).some((x) => has(x, "id") && ["alias", "tags", "name", "owner"].some((f) => has(x, f))),
    },
    {
      path: "spec.amiSelectorTerms",
      rule: "!self.exists(x, has(x.alias) && (has(x.id) || has(x.tags) || has(x.name) || has(x.owner)))",
      holds: (self) =>
        !terms(self).some((x) => has(x, "alias") && ["id", "tags", "name", "owner"].some((f) => has(x, f))),
    },
    {
      path: "spec.amiSelectorTerms",
      rule: "!(self.exists(x, has(x.alias)) && self.size() != 1)",
      holds: (self) => !(terms(self).some((x) => has(x, "alias")) && terms(self).length !== 1),
    },
    {
      path: "spec.amiSelectorTerms[].alias",
      rule: "self.matches('^[a-zA-Z0-9]+@.+$')",
      holds: (self) => /^[a-zA-Z0-9]+@.+$/.test(self as string),
    },
    {
      path: "spec.amiSelectorTerms[].alias",
      rule: "self.split('@')[0] in ['al2','al2023','bottlerocket','windows2019','windows2022','windows2025']",
      holds: (self) =>
        ["al2", "al2023", "bottlerocket", "windows2019", "windows2022", "windows2025"].includes(
          (self as string).split("@")[0]!,
        ),
    },
    {
      path: "spec.amiSelectorTerms[].alias",
      rule: "self.split('@')[0] in ['windows2019','windows2022','windows2025'] ? self.split('@')[1] == 'latest' : true",
      holds: (self) => {
        const [family, version] = (self as string).split("@");
        return !["windows2019", "windows2022", "windows2025"].includes(family!) || version === "latest";
      },
    },
    {
      path: "spec.blockDeviceMappings",
      rule: "self.filter(x, has(x.rootVolume)?x.rootVolume==true:false).size() <= 1",
      holds: (self) => terms(self).filter((x) => x.rootVolume === true).length <= 1,
    },
    {
      path: "spec.blockDeviceMappings[].ebs",
      rule: "has(self.snapshotID) || has(self.volumeSize)",
      holds: (self) => has(self, "snapshotID") || has(self, "volumeSize"),
    },
    {
      path: "spec.blockDeviceMappings[].ebs",
      rule: "!has(self.volumeInitializationRate) || (has(self.snapshotID) && self.snapshotID != '')",
      holds: (self) =>
        !has(self, "volumeInitializationRate") || (has(self, "snapshotID") && (self as Json).snapshotID !== ""),
    },
    {
      path: "spec.kubelet",
      rule: "has(self.imageGCHighThresholdPercent) && has(self.imageGCLowThresholdPercent) ?  self.imageGCHighThresholdPercent > self.imageGCLowThresholdPercent  : true",
      holds: (self) => {
        const kubelet = self as Json;
        return (
          !(has(kubelet, "imageGCHighThresholdPercent") && has(kubelet, "imageGCLowThresholdPercent")) ||
          (kubelet.imageGCHighThresholdPercent as number) > (kubelet.imageGCLowThresholdPercent as number)
        );
      },
    },
    {
      path: "spec.kubelet",
      rule: "has(self.evictionSoft) ? self.evictionSoft.all(e, (e in self.evictionSoftGracePeriod)):true",
      holds: (self) =>
        !has(self, "evictionSoft") ||
        allKeys((self as Json).evictionSoft, (key) => key in (((self as Json).evictionSoftGracePeriod ?? {}) as Json)),
    },
    {
      path: "spec.kubelet",
      rule: "has(self.evictionSoftGracePeriod) ? self.evictionSoftGracePeriod.all(e, (e in self.evictionSoft)):true",
      holds: (self) =>
        !has(self, "evictionSoftGracePeriod") ||
        allKeys((self as Json).evictionSoftGracePeriod, (key) => key in (((self as Json).evictionSoft ?? {}) as Json)),
    },
    nonEmpty("spec.role"),
    { path: "spec.securityGroupSelectorTerms", rule: "self.size() != 0", holds: (self) => terms(self).length !== 0 },
    {
      path: "spec.securityGroupSelectorTerms",
      rule: "self.all(x, has(x.tags) || has(x.id) || has(x.name))",
      holds: (self) => terms(self).every((x) => has(x, "tags") || has(x, "id") || has(x, "name")),
    },
    {
      path: "spec.securityGroupSelectorTerms",
      rule: "!self.all(x, has(x.id) && (has(x.tags) || has(x.name)))",
      holds: (self) => !terms(self).every((x) => has(x, "id") && (has(x, "tags") || has(x, "name"))),
    },
    {
      path: "spec.securityGroupSelectorTerms",
      rule: "!self.all(x, has(x.name) && (has(x.tags) || has(x.id)))",
      holds: (self) => !terms(self).every((x) => has(x, "name") && (has(x, "tags") || has(x, "id"))),
    },
    tagsRule("spec.securityGroupSelectorTerms[].tags"),
    { path: "spec.subnetSelectorTerms", rule: "self.size() != 0", holds: (self) => terms(self).length !== 0 },
    {
      path: "spec.subnetSelectorTerms",
      rule: "self.all(x, has(x.tags) || has(x.id))",
      holds: (self) => terms(self).every((x) => has(x, "tags") || has(x, "id")),
    },
    {
      path: "spec.subnetSelectorTerms",
      rule: "!self.all(x, has(x.id) && has(x.tags))",
      holds: (self) => !terms(self).every((x) => has(x, "id") && has(x, "tags")),
    },
    tagsRule("spec.subnetSelectorTerms[].tags"),
  ],
};

/**
 * The CRD rules not translated, and why: transition rules (`oldSelf`) run on updates only, and a rule
 * on a field runs only where the field is present, which eksize never writes (checked below).
 */
const NOT_APPLICABLE: Record<Kind, readonly { path: string; why: "transition" | "field not written" }[]> = {
  NodePool: [
    { path: "spec", why: "transition" }, // has(self.replicas) == has(oldSelf.replicas)
    { path: "spec.template.spec.nodeClassRef", why: "transition" }, // group and kind are immutable
    { path: "spec.disruption.budgets", why: "field not written" },
  ],
  EC2NodeClass: [
    { path: "spec.amiSelectorTerms[].tags", why: "field not written" },
    { path: "spec.capacityReservationSelectorTerms", why: "field not written" },
    { path: "spec.capacityReservationSelectorTerms[].tags", why: "field not written" },
    { path: "spec.connectionTracking", why: "field not written" },
    { path: "spec.instanceProfile", why: "field not written" },
    { path: "spec.kubelet.evictionHard", why: "field not written" },
    { path: "spec.kubelet.evictionSoft", why: "field not written" },
    { path: "spec.kubelet.evictionSoftGracePeriod", why: "field not written" },
    { path: "spec.kubelet.kubeReserved", why: "field not written" },
    { path: "spec.kubelet.systemReserved", why: "field not written" },
    { path: "spec.networkInterfaces", why: "field not written" },
    { path: "spec.placementGroupSelector", why: "field not written" },
    { path: "spec.tags", why: "field not written" },
  ],
};

/** The messages of the translated CEL rules a document breaks. */
function celFailures(kind: Kind, document: unknown): string[] {
  const messages = new Map(celRules(kind).map((entry) => [`${entry.path} ${entry.rule}`, entry.message]));
  return TRANSLATED[kind].flatMap((translation) =>
    valuesAt(document, translation.path).every((self) => translation.holds(self))
      ? []
      : [`${translation.path}: ${messages.get(`${translation.path} ${translation.rule}`) ?? translation.rule}`],
  );
}

/** Ajv's errors as `path message` lines. */
function schemaErrors(validate: ValidateFunction, value: unknown): string[] {
  return validate(value) ? [] : (validate.errors ?? []).map((error) => `${error.instancePath} ${error.message ?? ""}`);
}

// --- The scenarios whose files are checked. ---

const web = (group: Record<string, unknown>, extra: Record<string, unknown> = {}): Scenario =>
  scenario({
    name: "Web",
    workloads: [WEB],
    daemonSets: SYSTEM_DAEMONSETS,
    nodeGroups: [{ name: "web", instanceTypes: ["m5.large"], ...group }],
    ...extra,
  });

const SCENARIOS: Record<string, Scenario> = {
  "the default scenario": defaultScenario,
  "Karpenter, Spot and a mixed group": scenario({
    ...defaultScenario,
    cluster: { ...defaultScenario.cluster, autoscaler: "karpenter", kubernetesVersion: "1.36" },
  }),
  "a Karpenter NodePool with minValues 3 and WhenEmpty": web(
    {
      instanceTypes: ["m5.large", "m5.xlarge", "c5.large", "r5.large"],
      minValues: 3,
      consolidationPolicy: "WhenEmpty",
    },
    { cluster: { autoscaler: "karpenter" } },
  ),
  "EKS Auto Mode, its own NodePool names taken": scenario({
    name: "Auto",
    workloads: [WEB],
    nodeGroups: [
      { name: "system", instanceTypes: ["m5.large", "c5.large"], minValues: 2 },
      { name: "default", instanceTypes: ["m6g.large", "t3.micro"], capacity: { type: "spot" }, maxNodes: 3 },
    ],
    cluster: { autoscaler: "auto-mode" },
  }),
  "x86, arm64, NVIDIA and Neuron types in one group, maxNodes 8": web({
    instanceTypes: ["m5.large", "m6g.large", "g5.xlarge", "inf2.xlarge", "g5g.xlarge"],
    maxNodes: 8,
  }),
  "25 instance types": web({
    instanceTypes: [
      ...["m5.large", "m5.xlarge", "m5.2xlarge", "m5.4xlarge", "m5.8xlarge", "m5.12xlarge", "m5.16xlarge"],
      ...["m5a.large", "m5a.xlarge", "m5a.2xlarge", "m5a.4xlarge", "m5a.8xlarge", "m5a.12xlarge", "m5a.16xlarge"],
      ...["m6i.large", "m6i.xlarge", "m6i.2xlarge", "m6i.4xlarge", "m6i.8xlarge", "m6i.12xlarge", "m6i.16xlarge"],
      ...["m6i.24xlarge", "m6i.32xlarge", "m5.24xlarge", "m5a.24xlarge"],
    ],
  }),
  "maxNodes 0, and a mixed group whose Spot share is 0": scenario({
    name: "Limits",
    workloads: [WEB],
    nodeGroups: [
      { name: "none", instanceTypes: ["m5.large"], maxNodes: 0 },
      {
        name: "mixed",
        instanceTypes: ["m5.large"],
        maxNodes: 3,
        capacity: { type: "mixed", onDemandBase: 2, spotPercentAboveBase: 50 },
      },
    ],
  }),
  "custom networking, security groups for pods, MAX_ENI 3, Bottlerocket": web(
    { instanceTypes: ["m5.xlarge"], network: { customNetworking: true }, profile: "bottlerocket" },
    { network: { cni: { maxEni: 3, warmIpTarget: 5 }, securityGroupWorkloads: ["web"] } },
  ),
  "prefix delegation, a private cluster on Kubernetes 1.31": web(
    { network: { prefixDelegation: true }, rootVolume: { sizeGiB: 50, type: "gp2" } },
    { cluster: { privateCluster: true, kubernetesVersion: "1.31" } },
  ),
  "a 4XL control plane tier on Kubernetes 1.33": web(
    {},
    { cluster: { controlPlaneTier: "tier-4xl", kubernetesVersion: "1.33" } },
  ),
  "11 Fargate profiles": scenario({
    name: "Jobs",
    workloads: Array.from({ length: 12 }, (_, index) => ({
      name: `w${index}`,
      replicas: 1,
      cpuMillicores: 250,
      memoryMiB: 512,
    })),
    fargateProfiles: [
      { name: "many", workloads: ["w0", "w1", "w2", "w3", "w4", "w5", "w6"] },
      ...Array.from({ length: 5 }, (_, index) => ({ name: `p${index}`, workloads: [`w${index + 7}`] })),
      { name: "eks-batch", workloads: ["w0"] },
    ].slice(0, 11),
  }),
  "names YAML 1.1 would retype": scenario({
    name: "no",
    workloads: [{ name: "2026-12-06", replicas: 3, cpuMillicores: 250, memoryMiB: 512 }],
    nodeGroups: [
      { name: "on", instanceTypes: ["m5.large"], capacity: { type: "spot" } },
      { name: "1_000", instanceTypes: ["c5.large"] },
    ],
    fargateProfiles: [{ name: "yes", workloads: ["2026-12-06"] }],
  }),
};

/** A scenario's eksctl, Karpenter and Auto Mode documents, as kubectl and eksctl read the files (YAML 1.1). */
function documentsOf(input: Scenario): { eksctl: Json; karpenter: (Json | null)[]; autoMode: (Json | null)[] } {
  const plan = planCluster(input, catalog);
  const exportInput = {
    scenario: input,
    plan,
    cost: costCluster(input, plan, catalog),
    catalog,
    dataDate: "2026-09-20",
  };
  const read = (kind: ExportKind): (Json | null)[] => {
    const made = exportFile(kind, exportInput);
    if (!made.ok) throw new Error(JSON.stringify(made.issues));
    return parseAllDocuments(made.value.text, { version: "1.1" }).map((document) => document.toJS() as Json | null);
  };
  return { eksctl: read("eksctl")[0]!, karpenter: read("karpenter"), autoMode: read("auto-mode") };
}

describe("the exports against eksctl's published schema and the Karpenter v1 CRDs", () => {
  describe.each(Object.entries(SCENARIOS))("%s", (_, input) => {
    const { eksctl, karpenter, autoMode } = documentsOf(input);

    it("is a valid eksctl ClusterConfig (schema.json, eksctl v0.230.0)", () => {
      expect(schemaErrors(eksctlSchema, eksctl)).toEqual([]);
    });

    it("is valid NodePools and EC2NodeClasses: their OpenAPI schemas and CEL rules (Karpenter v1.14.1)", () => {
      // A scenario without node groups has one empty document.
      for (const document of karpenter.filter((found): found is Json => found !== null)) {
        const kind = document.kind as Kind;
        expect(Object.keys(CRDS)).toContain(kind);
        expect(schemaErrors(CRDS[kind].validate, document), `${kind} ${JSON.stringify(document.metadata)}`).toEqual([]);
        expect(celFailures(kind, document)).toEqual([]);
        // The rules left untranslated are about fields eksize never writes.
        for (const { path, why } of NOT_APPLICABLE[kind]) {
          if (why === "field not written") expect(valuesAt(document, path), path).toEqual([]);
        }
      }
    });

    it("is valid Auto Mode NodePools (the NodePool CRD's schema and CEL rules) and NodeClasses (the user guide's fields)", () => {
      for (const document of autoMode.filter((found): found is Json => found !== null)) {
        if (document.kind === "NodeClass") {
          expect(schemaErrors(nodeClassSchema, document), JSON.stringify(document.metadata)).toEqual([]);
          continue;
        }
        expect(document.kind).toBe("NodePool");
        expect(schemaErrors(CRDS.NodePool.validate, document), JSON.stringify(document.metadata)).toEqual([]);
        expect(celFailures("NodePool", document)).toEqual([]);
        for (const { path, why } of NOT_APPLICABLE.NodePool) {
          if (why === "field not written") expect(valuesAt(document, path), path).toEqual([]);
        }
      }
    });
  });

  it("fails a broken Auto Mode NodeClass: a missing role, an unknown field, storage past 59000Gi, the name default", () => {
    const { autoMode } = documentsOf(SCENARIOS["EKS Auto Mode, its own NodePool names taken"]!);
    const nodeClass = autoMode.find((document) => document?.kind === "NodeClass")!;
    const spec = nodeClass.spec as Json;
    expect(schemaErrors(nodeClassSchema, nodeClass)).toEqual([]);
    const withoutRole = Object.fromEntries(Object.entries(spec).filter(([key]) => key !== "role"));
    for (const broken of [
      { ...nodeClass, spec: withoutRole },
      { ...nodeClass, spec: { ...spec, kubelet: { maxPods: 110 } } },
      { ...nodeClass, spec: { ...spec, ephemeralStorage: { size: "59001Gi" } } },
      { ...nodeClass, metadata: { name: "default" } },
    ]) {
      expect(schemaErrors(nodeClassSchema, broken)).not.toEqual([]);
    }
  });

  it("fails a broken file: the schemas refuse unknown fields and wrong types", () => {
    const { eksctl, karpenter } = documentsOf(defaultScenario);
    const groups = eksctl.managedNodeGroups as Json[];
    expect(
      schemaErrors(eksctlSchema, { ...eksctl, managedNodeGroups: [{ ...groups[0], maxPodPerNode: 58 }] }),
    ).not.toEqual([]);
    expect(schemaErrors(eksctlSchema, { ...eksctl, managedNodeGroups: [{ ...groups[0], maxSize: "6" }] })).not.toEqual(
      [],
    );
    const pool = karpenter.find((document) => document?.kind === "NodePool")!;
    expect(schemaErrors(CRDS.NodePool.validate, { ...pool, spec: { ...(pool.spec as Json), limit: {} } })).not.toEqual(
      [],
    );
    const nodeClass = karpenter.find((document) => document?.kind === "EC2NodeClass")!;
    expect(
      schemaErrors(CRDS.EC2NodeClass.validate, {
        ...nodeClass,
        spec: { ...(nodeClass.spec as Json), kubelet: { maxPods: "58" } },
      }),
    ).not.toEqual([]);
  });

  it("fails a broken file: the translated CEL rules give the CRDs' messages", () => {
    const { karpenter } = documentsOf(defaultScenario);
    const pool = karpenter.find((document) => document?.kind === "NodePool")!;
    const template = (pool.spec as Json).template as Json;
    const broken = {
      ...pool,
      spec: {
        ...(pool.spec as Json),
        template: {
          metadata: { labels: { "karpenter.sh/team": "a" } },
          spec: {
            ...(template.spec as Json),
            requirements: [{ key: "kubernetes.io/hostname", operator: "In", values: [] }],
          },
        },
      },
    };
    expect(celFailures("NodePool", broken)).toEqual([
      'spec.template.metadata.labels: label domain "karpenter.sh" is restricted',
      "spec.template.spec.requirements: requirements with operator 'In' must have a value defined",
      'spec.template.spec.requirements[].key: label "kubernetes.io/hostname" is restricted',
    ]);
    const nodeClass = karpenter.find((document) => document?.kind === "EC2NodeClass")!;
    const spec = nodeClass.spec as Json;
    expect(
      celFailures("EC2NodeClass", {
        ...nodeClass,
        spec: { ...spec, instanceProfile: "p", amiSelectorTerms: [{ alias: "al2023" }], subnetSelectorTerms: [] },
      }),
    ).toEqual([
      "spec: must specify exactly one of ['role', 'instanceProfile']",
      "spec.amiSelectorTerms[].alias: 'alias' is improperly formatted, must match the format 'family@version'",
      "spec.subnetSelectorTerms: subnetSelectorTerms cannot be empty",
      // CEL's all() of an empty list is true, so this rule fails on an empty list as well.
      "spec.subnetSelectorTerms: 'id' is mutually exclusive, cannot be set with a combination of other fields in a subnet selector term",
    ]);
  });

  it("translates or sets aside every CEL rule of the CRDs, each translation the rule's exact text at its place", () => {
    for (const kind of Object.keys(CRDS) as Kind[]) {
      const rules = celRules(kind);
      const translated = new Set(TRANSLATED[kind].map((translation) => `${translation.path} ${translation.rule}`));
      // Every translation is of a rule the CRD has, where it has it.
      expect([...translated].filter((key) => !rules.some((entry) => `${entry.path} ${entry.rule}` === key))).toEqual(
        [],
      );
      // Every rule is translated, or its place is set aside (transition rules name oldSelf).
      const setAside = new Map(NOT_APPLICABLE[kind].map((entry) => [entry.path, entry.why]));
      const unclassified = rules.filter((entry) => {
        if (translated.has(`${entry.path} ${entry.rule}`)) return false;
        const why = setAside.get(entry.path);
        return why === undefined || (why === "transition") !== entry.rule.includes("oldSelf");
      });
      expect(unclassified).toEqual([]);
    }
    // NodePool: 16 of its 20 rules translated; EC2NodeClass: 31 of its 54.
    expect([celRules("NodePool").length, celRules("EC2NodeClass").length]).toEqual([20, 54]);
    expect(TRANSLATED.NodePool).toHaveLength(16);
    expect(TRANSLATED.EC2NodeClass).toHaveLength(31);
  });
});
