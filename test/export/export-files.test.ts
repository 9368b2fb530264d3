import * as v from "valibot";
import { describe, expect, it } from "vitest";
import { parse, parseAllDocuments } from "yaml";
import { costCluster, defaultScenario, planCluster, planReport, type Scenario } from "eksize";
import { catalog } from "eksize/data";
import { EXPORT_KINDS, exportFile, type ExportInput, type ExportKind } from "../../src/export/export-files.js";
import { describeIssue, translatorFor } from "../../src/present/i18n/translate.js";
import { scenario, SYSTEM_DAEMONSETS } from "../support/scenario.js";

/** The notes in English, as the CLI and the site write them into the YAML header. */
const english = translatorFor("en");

// Strict schemas of what eksize emits, after eksctl's config schema (eksctl-io/eksctl
// pkg/apis/eksctl.io/v1alpha5/assets/schema.json) and Karpenter's v1 NodePool and EC2NodeClass:
// an unknown or misspelt field, or a value of the wrong kind, fails.

const count = v.pipe(v.number(), v.integer(), v.minValue(0));
/** A Kubernetes label value: at most 63 characters, alphanumeric at both ends. */
const labelValue = v.pipe(v.string(), v.maxLength(63), v.regex(/^[A-Za-z0-9](?:[-A-Za-z0-9_.]*[A-Za-z0-9])?$/));
/** A DNS label: EKS node group, Fargate profile, NodePool and EC2NodeClass names as eksize makes them. */
const dnsLabel = v.pipe(v.string(), v.maxLength(63), v.regex(/^[a-z0-9](?:[-a-z0-9]*[a-z0-9])?$/));
const labels = v.record(v.string(), labelValue);

const managedNodeGroup = v.pipe(
  v.strictObject({
    name: dnsLabel,
    amiFamily: v.picklist(["AmazonLinux2023", "Bottlerocket"]),
    instanceTypes: v.pipe(v.array(v.string()), v.minLength(1)),
    spot: v.optional(v.literal(true)),
    desiredCapacity: count,
    minSize: count,
    maxSize: v.pipe(count, v.minValue(1)),
    volumeSize: v.pipe(count, v.minValue(1)),
    volumeType: v.picklist(["gp2", "gp3"]),
    maxPodsPerNode: v.pipe(count, v.minValue(1)),
    privateNetworking: v.optional(v.literal(true)),
    labels,
    iam: v.optional(v.strictObject({ withAddonPolicies: v.strictObject({ autoScaler: v.literal(true) }) })),
    propagateASGTags: v.optional(v.literal(true)),
  }),
  v.check(
    (group) => group.minSize <= group.desiredCapacity && group.desiredCapacity <= group.maxSize,
    "minSize ≤ desiredCapacity ≤ maxSize",
  ),
  // EKS CreateNodegroup: at most 20 instance types.
  v.check((group) => group.instanceTypes.length <= 20, "at most 20 instance types"),
);

const eksctlConfig = v.strictObject({
  apiVersion: v.literal("eksctl.io/v1alpha5"),
  kind: v.literal("ClusterConfig"),
  metadata: v.strictObject({
    // EKS CreateCluster (a letter or digit first, at most 100) as eksctl takes it (no _).
    name: v.pipe(v.string(), v.maxLength(100), v.regex(/^[A-Za-z0-9][-A-Za-z0-9]*$/)),
    region: v.pipe(v.string(), v.regex(/^[a-z]{2}-[a-z]+-\d$/)),
    version: v.optional(v.pipe(v.string(), v.regex(/^1\.\d+$/))),
    tags: v.optional(v.strictObject({ "karpenter.sh/discovery": v.string() })),
    annotations: v.optional(v.strictObject({ "eksize.io/name": v.string() })),
  }),
  autoModeConfig: v.union([
    v.strictObject({ enabled: v.literal(false) }),
    v.strictObject({ enabled: v.literal(true), nodePools: v.tuple([v.literal("system")]) }),
  ]),
  iam: v.strictObject({ withOIDC: v.literal(true) }),
  karpenter: v.optional(
    v.strictObject({ version: v.literal("1.14.1"), withSpotInterruptionQueue: v.optional(v.literal(true)) }),
  ),
  addons: v.array(
    v.strictObject({
      name: v.literal("vpc-cni"),
      configurationValues: v.optional(
        v.pipe(
          v.string(),
          v.parseJson(),
          v.strictObject({
            env: v.record(
              v.picklist([
                "ENABLE_PREFIX_DELEGATION",
                "AWS_VPC_K8S_CNI_CUSTOM_NETWORK_CFG",
                "ENABLE_POD_ENI",
                "WARM_ENI_TARGET",
                "WARM_IP_TARGET",
                "MINIMUM_IP_TARGET",
                "WARM_PREFIX_TARGET",
                "MAX_ENI",
              ]),
              v.pipe(v.string(), v.regex(/^(true|\d+)$/)),
            ),
          }),
        ),
      ),
      resolveConflicts: v.optional(v.literal("overwrite")),
    }),
  ),
  privateCluster: v.optional(
    v.strictObject({
      enabled: v.literal(true),
      additionalEndpointServices: v.optional(v.array(v.picklist(["autoscaling", "cloudformation", "logs"]))),
    }),
  ),
  managedNodeGroups: v.array(managedNodeGroup),
  fargateProfiles: v.optional(
    v.array(
      v.strictObject({
        name: v.pipe(
          dnsLabel,
          v.check((name) => !name.startsWith("eks-"), "EKS reserves eks-"),
        ),
        selectors: v.pipe(
          v.array(v.strictObject({ namespace: v.literal("default"), labels })),
          v.minLength(1),
          v.maxLength(5),
        ),
      }),
    ),
  ),
});

const quantity = (unit: string) => v.pipe(v.string(), v.regex(new RegExp(`^[1-9]\\d*${unit}$`)));
const metadata = v.strictObject({ name: dnsLabel, annotations: v.strictObject({ "eksize.io/name": v.string() }) });
const nodePool = v.strictObject({
  apiVersion: v.literal("karpenter.sh/v1"),
  kind: v.literal("NodePool"),
  metadata,
  spec: v.strictObject({
    template: v.strictObject({
      metadata: v.strictObject({ labels }),
      spec: v.strictObject({
        nodeClassRef: v.strictObject({
          group: v.literal("karpenter.k8s.aws"),
          kind: v.literal("EC2NodeClass"),
          name: dnsLabel,
        }),
        requirements: v.array(
          v.variant("key", [
            v.strictObject({
              key: v.literal("node.kubernetes.io/instance-type"),
              operator: v.literal("In"),
              values: v.pipe(v.array(v.string()), v.minLength(1)),
            }),
            v.strictObject({
              key: v.literal("karpenter.sh/capacity-type"),
              operator: v.literal("In"),
              values: v.union([
                v.tuple([v.literal("on-demand")]),
                v.tuple([v.literal("spot")]),
                v.tuple([v.literal("spot"), v.literal("on-demand")]),
              ]),
            }),
            v.strictObject({
              key: v.literal("kubernetes.io/arch"),
              operator: v.literal("In"),
              values: v.pipe(v.array(v.picklist(["amd64", "arm64"])), v.minLength(1)),
            }),
          ]),
        ),
      }),
    }),
    limits: v.strictObject({ cpu: quantity(""), memory: quantity("Mi"), nodes: v.optional(quantity("")) }),
    disruption: v.strictObject({
      consolidationPolicy: v.literal("WhenEmptyOrUnderutilized"),
      consolidateAfter: v.pipe(v.string(), v.regex(/^(([0-9]+(s|m|h))+|Never)$/)),
    }),
  }),
});
const tagSelector = v.array(v.strictObject({ tags: v.strictObject({ "karpenter.sh/discovery": v.string() }) }));
const ebs = v.strictObject({
  volumeSize: quantity("Gi"),
  volumeType: v.picklist(["gp2", "gp3"]),
  encrypted: v.literal(true),
});
const nodeClass = v.strictObject({
  apiVersion: v.literal("karpenter.k8s.aws/v1"),
  kind: v.literal("EC2NodeClass"),
  metadata,
  spec: v.strictObject({
    role: v.pipe(v.string(), v.maxLength(64), v.regex(/^eksctl-KarpenterNodeRole-[A-Za-z0-9][-A-Za-z0-9]*$/)),
    amiSelectorTerms: v.tuple([v.strictObject({ alias: v.picklist(["al2023@latest", "bottlerocket@latest"]) })]),
    subnetSelectorTerms: tagSelector,
    securityGroupSelectorTerms: tagSelector,
    kubelet: v.strictObject({ maxPods: v.pipe(count, v.minValue(1)) }),
    blockDeviceMappings: v.union([
      v.tuple([v.strictObject({ deviceName: v.literal("/dev/xvda"), ebs })]),
      v.tuple([
        v.strictObject({ deviceName: v.literal("/dev/xvda"), ebs }),
        v.strictObject({ deviceName: v.literal("/dev/xvdb"), ebs }),
      ]),
    ]),
  }),
});
const karpenterDocument = v.variant("kind", [nodePool, nodeClass]);

/** The value parsed by `schema`, or an error listing every issue with its path. */
function valid<T extends v.GenericSchema>(schema: T, value: unknown): v.InferOutput<T> {
  const result = v.safeParse(schema, value);
  if (!result.success) {
    throw new Error(result.issues.map((issue) => `${v.getDotPath(issue) ?? "(root)"}: ${issue.message}`).join("\n"));
  }
  return result.output;
}

/** A small RFC 4180 reader: quoted fields with doubled quotes, commas and line breaks; CRLF records. */
function readCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = "";
  let quoted = false;
  for (let index = 0; index < text.length; index++) {
    const char = text[index]!;
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        field += '"';
        index++;
      } else if (char === '"') {
        quoted = false;
      } else {
        field += char;
      }
    } else if (char === '"' && field === "") {
      quoted = true;
    } else if (char === ",") {
      record.push(field);
      field = "";
    } else if (char === "\r" && text[index + 1] === "\n") {
      record.push(field);
      records.push(record);
      record = [];
      field = "";
      index++;
    } else if (char === '"' || char === "\n" || char === "\r") {
      throw new Error(`Bare ${JSON.stringify(char)} at ${index}: not RFC 4180`);
    } else {
      field += char;
    }
  }
  if (quoted || field !== "" || record.length > 0) throw new Error("The last record does not end with CRLF");
  return records;
}

/** The CSV's rows as objects keyed by the header row. */
function csvObjects(text: string): Record<string, string>[] {
  const [header, ...rows] = readCsv(text);
  return rows.map((row) => {
    expect(row).toHaveLength(header!.length);
    return Object.fromEntries(header!.map((column, index) => [column, row[index]!]));
  });
}

/** A report figure as its CSV cell: empty for null. */
const cell = (value: string | number | boolean | null): string => (value === null ? "" : String(value));

/** The file of an export that must succeed. */
function file(kind: ExportKind, input: ExportInput) {
  const made = exportFile(kind, input);
  if (!made.ok) throw new Error(JSON.stringify(made.issues));
  return made.value;
}

function exportInput(input: Scenario, dataDate?: string): ExportInput {
  const plan = planCluster(input, catalog);
  return {
    scenario: input,
    plan,
    cost: costCluster(input, plan, catalog),
    catalog,
    ...(dataDate ? { dataDate } : {}),
    describeNote: (note) => describeIssue(english, note),
  };
}

const ODD = 'Tom\'s "prod", #1: 서울\n2팀';
const oddScenario = scenario({
  name: ODD,
  workloads: [
    { name: 'web, "front": #1', replicas: 4, cpuMillicores: 500, memoryMiB: 1024 },
    { name: "배치\r\njobs", replicas: 2, cpuMillicores: 250, memoryMiB: 512 },
    { name: "# not a comment", replicas: 1, cpuMillicores: 250, memoryMiB: 512, privileged: true },
  ],
  daemonSets: SYSTEM_DAEMONSETS,
  nodeGroups: [
    { name: '일반: "A", #1', instanceTypes: ["m5.large", "m6g.large"], maxNodes: 5 },
    { name: "spot, 야간", instanceTypes: ["c5.large"], capacity: { type: "spot" }, profile: "bottlerocket" },
  ],
  fargateProfiles: [{ name: "eks: jobs", workloads: ["배치\r\njobs", "# not a comment"] }],
  network: { cni: { warmIpTarget: 5 }, securityGroupWorkloads: ['web, "front": #1'] },
  cluster: { privateCluster: true, kubernetesVersion: "1.33" },
});

describe("exportFile", () => {
  const input = exportInput(defaultScenario, "2026-09-20");

  it("renders every kind with its file name and media type", () => {
    expect(
      EXPORT_KINDS.map((kind) => {
        const made = file(kind, input);
        return [kind, made.fileName, made.mediaType, made.text.endsWith("\n")];
      }),
    ).toEqual([
      ["eksctl", "online-shop-production.eksctl.yaml", "application/yaml", true],
      ["karpenter", "online-shop-production.karpenter.yaml", "application/yaml", true],
      ["auto-mode", "online-shop-production.auto-mode.yaml", "application/yaml", true],
      ["csv", "online-shop-production.plan.csv", "text/csv", true],
      ["json", "online-shop-production.plan.json", "application/json", true],
    ]);
    // The cluster name as given, or refused for every kind of file.
    expect(file("json", { ...input, clusterName: "Shop-2" }).fileName).toBe("Shop-2.plan.json");
    for (const kind of EXPORT_KINDS) {
      // The Karpenter file names eksctl's node role: 39 characters at most there.
      expect(exportFile(kind, { ...input, clusterName: "Shop 2" })).toEqual({
        ok: false,
        issues: [
          {
            code: "export-cluster-name-invalid",
            params: { name: "Shop 2", reason: "characters", maximum: kind === "karpenter" ? 39 : 100 },
          },
        ],
      });
    }
  });

  it("writes the default scenario's eksctl ClusterConfig as one YAML document", () => {
    expect(file("eksctl", input).text).toBe(
      [
        '# An eksctl ClusterConfig generated by eksize from the scenario "Online shop, production" (us-east-1).',
        "# Review it before use: names, subnets, IAM and versions are eksize's assumptions, not your account's.",
        "# The Fargate selectors assume namespace default and the pod label app.kubernetes.io/name: <workload>; edit them for other namespaces.",
        "---",
        "apiVersion: eksctl.io/v1alpha5",
        "kind: ClusterConfig",
        "metadata:",
        "  name: online-shop-production",
        "  region: us-east-1",
        "  annotations:",
        "    eksize.io/name: Online shop, production",
        "autoModeConfig:",
        "  enabled: false",
        "iam:",
        "  withOIDC: true",
        "addons:",
        "  - name: vpc-cni",
        "managedNodeGroups:",
        "  - name: general-on-demand",
        "    amiFamily: AmazonLinux2023",
        "    instanceTypes:",
        "      - m6i.xlarge",
        "      - m5.xlarge",
        "      - m6a.xlarge",
        "    desiredCapacity: 3",
        "    minSize: 2",
        "    maxSize: 5",
        "    volumeSize: 20",
        "    volumeType: gp3",
        "    maxPodsPerNode: 58",
        "    labels:",
        "      eksize.io/node-group: general",
        "    iam:",
        "      withAddonPolicies:",
        "        autoScaler: true",
        "    propagateASGTags: true",
        "  - name: general-spot",
        "    amiFamily: AmazonLinux2023",
        "    instanceTypes:",
        "      - m6i.xlarge",
        "      - m5.xlarge",
        "      - m6a.xlarge",
        "    spot: true",
        "    desiredCapacity: 1",
        "    minSize: 0",
        "    maxSize: 3",
        "    volumeSize: 20",
        "    volumeType: gp3",
        "    maxPodsPerNode: 58",
        "    labels:",
        "      eksize.io/node-group: general",
        "    iam:",
        "      withAddonPolicies:",
        "        autoScaler: true",
        "    propagateASGTags: true",
        "  - name: batch-spot",
        "    amiFamily: AmazonLinux2023",
        "    instanceTypes:",
        "      - c6i.xlarge",
        "      - c5.xlarge",
        "      - c6a.xlarge",
        "      - c5a.xlarge",
        "    spot: true",
        "    desiredCapacity: 2",
        "    minSize: 0",
        "    maxSize: 4",
        "    volumeSize: 20",
        "    volumeType: gp3",
        "    maxPodsPerNode: 58",
        "    labels:",
        "      eksize.io/node-group: batch-spot",
        "    iam:",
        "      withAddonPolicies:",
        "        autoScaler: true",
        "    propagateASGTags: true",
        "fargateProfiles:",
        "  - name: workers",
        "    selectors:",
        "      - namespace: default",
        "        labels:",
        "          app.kubernetes.io/name: email-worker",
        "",
      ].join("\n"),
    );
  });

  it("writes an eksctl ClusterConfig that parses back into the schema with the planned values", () => {
    const documents = parseAllDocuments(file("eksctl", input).text);
    expect(documents).toHaveLength(1);
    expect(documents[0]!.errors).toEqual([]);
    const config = valid(eksctlConfig, documents[0]!.toJS());
    expect(
      config.managedNodeGroups.map((group) => [
        group.name,
        group.desiredCapacity,
        group.maxSize,
        group.maxPodsPerNode,
        group.spot,
      ]),
    ).toEqual([
      ["general-on-demand", 3, 5, 58, undefined],
      ["general-spot", 1, 3, 58, true],
      ["batch-spot", 2, 4, 58, true],
    ]);
  });

  it("writes Karpenter NodePools then EC2NodeClasses, one YAML document each, each valid", () => {
    const text = file("karpenter", input).text;
    expect(text.split("\n").slice(0, 4)).toEqual([
      '# Karpenter v1 NodePools and EC2NodeClasses generated by eksize from the scenario "Online shop, production" (us-east-1).',
      "# Review it before use: names, subnets, IAM and versions are eksize's assumptions, not your account's.",
      "# The scenario’s autoscaler is not Karpenter, so its eksctl file installs no Karpenter: create the node role eksctl-KarpenterNodeRole-online-shop-production and tag the subnets and security groups karpenter.sh/discovery yourself, or choose Karpenter",
      "---",
    ]);
    // Shared objects are written in full, not as YAML anchors and aliases.
    expect(text).not.toMatch(/[&*]a\d/);
    const documents = parseAllDocuments(text);
    expect(documents.map((document) => document.errors)).toEqual([[], [], [], []]);
    const manifests = documents.map((document) => valid(karpenterDocument, document.toJS()));
    expect(manifests.map((manifest) => [manifest.kind, manifest.metadata.name])).toEqual([
      ["NodePool", "general"],
      ["NodePool", "batch-spot"],
      ["EC2NodeClass", "general"],
      ["EC2NodeClass", "batch-spot"],
    ]);
    const [general] = manifests;
    expect(general?.kind === "NodePool" && general.spec.limits).toEqual({ cpu: "32", memory: "131072Mi" });
    const generalClass = manifests[2];
    expect(generalClass?.kind === "EC2NodeClass" && generalClass.spec.kubelet.maxPods).toBe(58);
  });

  it("fails the schema on a misspelt or unknown field", () => {
    const text = file("eksctl", input).text;
    expect(() => valid(eksctlConfig, parse(text.replace("desiredCapacity", "desiredCapasity")))).toThrow(
      /managedNodeGroups\.0\.desiredCapasity/,
    );
    expect(() => valid(eksctlConfig, parse(text.replace("maxPodsPerNode: 58", "maxPodsPerNode: none")))).toThrow(
      /managedNodeGroups\.0\.maxPodsPerNode/,
    );
    const karpenter = parseAllDocuments(file("karpenter", input).text).map((document) => document.toJS() as object);
    expect(() => valid(karpenterDocument, { ...karpenter[0], extra: 1 })).toThrow(/extra/);
  });

  it("writes the report as CSV whose rows read back to the report's figures", () => {
    const report = planReport(input.scenario, input.plan, input.cost, { dataDate: "2026-09-20" });
    const rows = csvObjects(file("csv", input).text);
    const groups = rows.filter((row) => row.section === "node-group");
    expect(groups).toEqual(
      report.nodeGroups.map((group) => ({
        section: "node-group",
        name: group.name,
        node_group: "",
        instance_type: cell(group.instanceType),
        nodes: cell(group.nodes),
        on_demand_nodes: cell(group.onDemandNodes),
        spot_nodes: cell(group.spotNodes),
        max_pods: cell(group.maxPods),
        cpu_utilisation_percent: cell(group.cpuUtilisationPercent),
        memory_utilisation_percent: cell(group.memoryUtilisationPercent),
        pods: "",
        vcpu: "",
        memory_gb: "",
        reason: "",
        rate_region: "",
        on_demand_usd_per_month: cell(group.onDemandUsdPerMonth),
        spot_usd_per_month: cell(group.spotUsdPerMonth),
        root_volumes_usd_per_month: cell(group.rootVolumesUsdPerMonth),
        usd_per_month: cell(group.usdPerMonth),
      })),
    );
    expect(groups.map((row) => [row.name, row.nodes, row.max_pods, row.usd_per_month])).toEqual([
      ["general", "4", "58", "449.13"],
      ["batch-spot", "2", "58", "99.94"],
    ]);
    const bill = rows.filter((row) => row.section === "bill").map((row) => [row.name, row.usd_per_month]);
    expect(bill).toEqual([
      ...report.bill.lines.map((line) => [line.line, cell(line.usdPerMonth)]),
      ["total", cell(report.bill.totalUsdPerMonth)],
    ]);
    expect(bill.at(-1)).toEqual(["total", "686.4"]);
    expect(
      rows.filter((row) => row.section === "fargate").map((row) => [row.name, row.pods, row.usd_per_month]),
    ).toEqual([["email-worker", "2", "21.26"]]);
  });

  it("writes the report as JSON equal to planReport, indented by 2 spaces", () => {
    const text = file("json", input).text;
    expect(text.startsWith('{\n  "scenario": "Online shop, production",\n')).toBe(true);
    expect(JSON.parse(text)).toEqual(planReport(input.scenario, input.plan, input.cost, { dataDate: "2026-09-20" }));
  });
});

describe("exportFile's header: the core's notes, one comment line each", () => {
  it("says where the VPC CNI lowers max pods and where the Fargate profiles pass the quota, and leaves out the Fargate line without Fargate", () => {
    const input = exportInput(
      scenario({
        name: "Web",
        workloads: [{ name: "web", replicas: 10, cpuMillicores: 500, memoryMiB: 1024 }],
        daemonSets: SYSTEM_DAEMONSETS,
        nodeGroups: [{ name: "web", instanceTypes: ["m5.xlarge"], network: { customNetworking: true } }],
        network: { cni: { maxEni: 3 }, securityGroupWorkloads: ["web"] },
      }),
    );
    const made = file("eksctl", input);
    expect(made.text.split("\n").slice(0, 4)).toEqual([
      '# An eksctl ClusterConfig generated by eksize from the scenario "Web" (us-east-1).',
      "# Review it before use: names, subnets, IAM and versions are eksize's assumptions, not your account's.",
      "# web was planned with 44 pods a node on m5.xlarge, but the VPC CNI gives addresses to 16 there (MAX_ENI, custom networking, the trunk ENI): the files set 16, and the plan may need more nodes",
      "---",
    ]);
    expect(made.notes.map((note) => note.code)).toEqual(["export-max-pods-limited"]);
    expect(valid(eksctlConfig, parse(made.text)).managedNodeGroups.map((group) => group.maxPodsPerNode)).toEqual([16]);
    // Without a describer: the code and its parameters.
    expect(file("eksctl", { ...input, describeNote: undefined }).text.split("\n")[2]).toBe(
      '# export-max-pods-limited {"nodeGroup":"web","instanceType":"m5.xlarge","planned":44,"exported":16}',
    );
  });
});

describe("exportFile with names full of quotes, commas, colons, #, line breaks and Korean", () => {
  const input = exportInput(oddScenario);

  it("keeps the scenario's name in the eksctl file and makes every restricted name valid", () => {
    const text = file("eksctl", input).text;
    expect(text.split("\n").slice(0, 6)).toEqual([
      `# An eksctl ClusterConfig generated by eksize from the scenario ${JSON.stringify(ODD)} (us-east-1).`,
      "# Review it before use: names, subnets, IAM and versions are eksize's assumptions, not your account's.",
      "# The Fargate selectors assume namespace default and the pod label app.kubernetes.io/name: <workload>; edit them for other namespaces.",
      '# 일반: "A", #1 mixes instance types of several EKS AMI types (x86, arm64, NVIDIA, Neuron), and a managed node group has one: it is split into a-1-arm64, a-1-x86, the planned nodes in the first. The Cluster Autoscaler limits each on its own, so together they can exceed its maximum',
      '# 일반: "A", #1 was planned with 29 pods a node on m6g.large, but the VPC CNI gives addresses to 20 there (MAX_ENI, custom networking, the trunk ENI): the files set 20, and the plan may need more nodes',
      "---",
    ]);
    const config = valid(eksctlConfig, parse(text));
    expect(config.metadata).toEqual({
      name: "tom-s-prod-1-2",
      region: "us-east-1",
      version: "1.33",
      annotations: { "eksize.io/name": ODD },
    });
    expect(config.privateCluster).toEqual({ enabled: true, additionalEndpointServices: ["autoscaling"] });
    // A JSON string in the YAML (eksctl passes it to EKS as is), which the schema parses.
    expect((parse(text) as { addons: { configurationValues: unknown }[] }).addons[0]?.configurationValues).toBe(
      '{"env":{"ENABLE_POD_ENI":"true","WARM_IP_TARGET":"5"}}',
    );
    expect(config.addons[0]?.configurationValues).toEqual({ env: { ENABLE_POD_ENI: "true", WARM_IP_TARGET: "5" } });
    // x86 m5.large and arm64 m6g.large cannot share a managed node group: one each, the planned
    // m6g.large first. Security groups for pods: the trunk takes one of their 3 ENIs, 2 × 9 + 2 = 20
    // pods, below AL2023's 29 and the Bottlerocket ENI table's 29 for c5.large.
    expect(
      config.managedNodeGroups.map((group) => [
        group.name,
        group.amiFamily,
        group.instanceTypes,
        group.labels,
        group.privateNetworking,
        group.maxPodsPerNode,
      ]),
    ).toEqual([
      ["a-1-arm64", "AmazonLinux2023", ["m6g.large"], { "eksize.io/node-group": "a-1" }, true, 20],
      ["a-1-x86", "AmazonLinux2023", ["m5.large"], { "eksize.io/node-group": "a-1" }, true, 20],
      ["spot", "Bottlerocket", ["c5.large"], { "eksize.io/node-group": "spot" }, true, 20],
    ]);
    // The privileged workload cannot run on Fargate and is left out of the profile.
    expect(config.fargateProfiles).toEqual([
      { name: "fp-eks-jobs", selectors: [{ namespace: "default", labels: { "app.kubernetes.io/name": "jobs" } }] },
    ]);
  });

  it("keeps the node groups' names in the Karpenter annotations", () => {
    const documents = parseAllDocuments(file("karpenter", input).text).map((document) =>
      valid(karpenterDocument, document.toJS()),
    );
    expect(documents.map((document) => [document.kind, document.metadata.name, document.metadata.annotations])).toEqual(
      [
        ["NodePool", "a-1", { "eksize.io/name": '일반: "A", #1' }],
        ["NodePool", "spot", { "eksize.io/name": "spot, 야간" }],
        ["EC2NodeClass", "a-1", { "eksize.io/name": '일반: "A", #1' }],
        ["EC2NodeClass", "spot", { "eksize.io/name": "spot, 야간" }],
      ],
    );
    const pool = documents[0];
    // m5.large is amd64, m6g.large arm64, in one NodePool; maxNodes 5, and 5 × 2 vCPU and 8192 MiB.
    expect(pool?.kind === "NodePool" && pool.spec.template.spec.requirements).toEqual([
      { key: "node.kubernetes.io/instance-type", operator: "In", values: ["m5.large", "m6g.large"] },
      { key: "karpenter.sh/capacity-type", operator: "In", values: ["on-demand"] },
      { key: "kubernetes.io/arch", operator: "In", values: ["amd64", "arm64"] },
    ]);
    expect(pool?.kind === "NodePool" && pool.spec.limits).toEqual({ cpu: "10", memory: "40960Mi", nodes: "5" });
  });

  it("round-trips the names through CSV and JSON", () => {
    const report = planReport(input.scenario, input.plan, input.cost);
    const csv = file("csv", input).text;
    // Only quoted fields hold line breaks: every record still ends in CRLF.
    expect(csv).toContain('"배치\r\njobs"');
    const rows = csvObjects(csv);
    expect(rows.filter((row) => row.section === "node-group").map((row) => row.name)).toEqual([
      '일반: "A", #1',
      "spot, 야간",
    ]);
    expect(rows.filter((row) => row.section === "fargate").map((row) => [row.name, row.pods])).toEqual([
      ["배치\r\njobs", "2"],
    ]);
    expect(rows.filter((row) => row.section === "unschedulable").map((row) => [row.name, row.reason])).toEqual([
      ["# not a comment", "fargate:privileged"],
    ]);
    expect(report.unschedulable).toEqual([
      { workload: "# not a comment", pods: 1, nodeGroup: null, reason: "fargate", detail: "privileged" },
    ]);
    const json = JSON.parse(file("json", input).text) as unknown;
    expect(json).toEqual(report);
    expect(report.scenario).toBe(ODD);
  });
});
