import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isScalar, parseAllDocuments, visit } from "yaml";
import { costCluster, eksctlClusterConfig, karpenterManifests, planCluster, type Scenario } from "eksize";
import { catalog } from "eksize/data";
import { exportFile } from "../../src/export/export-files.js";
import { goYamlV2Tag } from "../support/go-yaml-v2.js";
import { scenario, SYSTEM_DAEMONSETS } from "../support/scenario.js";

// kubectl and eksctl read YAML 1.1 (go-yaml v2 through sigs.k8s.io/yaml), where a plain `no` is a
// boolean, `1_000` an integer and `2026-12-06` a timestamp. Every export is read back here with the
// `yaml` package in YAML 1.1 mode and with a port of go-yaml v2's resolver, and every string must
// come back as the same string.

/** Strings that YAML 1.1 or go-yaml v2 read as another type when they stand unquoted. */
const YAML_11_TRAPS = [
  ...["no", "No", "NO", "n", "N", "yes", "Yes", "y", "Y", "on", "On", "off", "OFF", "true", "False"],
  ...["~", "null", "Null", "<<", "="],
  ...["1_000", "0x1F", "0o17", "0b101", "017", "08", "1e3", "1.5", "1.33", "+1", "-1", "1:20", "190:20:30"],
  ...[".inf", "-.inf", ".NaN", ".5", "2026-12-06", "2026-1-6", "2026-12-06T10:00:00Z", "2026-12-06 10:00:00"],
  ...["e0", "E12"],
  // Line breaks to go-yaml v2 (NEL, LS, PS) and characters it refuses in a file (DEL, C1, U+FFFE).
  ...["a\u0085b: c", "a\u2028b", "a\u2029b", "a\u007fb", "a\u009fb", "a\ufffeb"],
];

/** Characters go-yaml v2 refuses in a file or reads as a line break: never raw in an export. */
// eslint-disable-next-line no-control-regex -- the control characters are what it looks for.
const RAW_UNSAFE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029\ufffe\uffff]/;

/** A name for the exports: a trap, a trap with a suffix, or any text, 1 to 40 characters. */
const adversarialName = fc.oneof(
  fc.constantFrom(...YAML_11_TRAPS),
  fc
    .tuple(fc.constantFrom(...YAML_11_TRAPS), fc.constantFrom("", " ", ":", " #", "-x", "\n", "'", '"'))
    .map(([trap, tail]) => `${trap}${tail}`),
  fc.string({ minLength: 1, maxLength: 40, unit: "binary" }),
);

function exported(input: Scenario, clusterName?: string) {
  const plan = planCluster(input, catalog);
  const options = clusterName === undefined ? {} : { clusterName };
  const exportInput = { scenario: input, plan, cost: costCluster(input, plan, catalog), catalog, ...options };
  const config = eksctlClusterConfig(input, plan, catalog, options);
  const manifests = karpenterManifests(input, plan, catalog, options);
  const eksctl = exportFile("eksctl", exportInput);
  const karpenter = exportFile("karpenter", exportInput);
  if (!config.ok || !manifests.ok || !eksctl.ok || !karpenter.ok) throw new Error("an export was refused");
  return {
    objects: {
      eksctl: [config.value.config],
      karpenter: [...manifests.value.nodePools, ...manifests.value.nodeClasses],
    },
    texts: { eksctl: eksctl.value.text, karpenter: karpenter.value.text },
  };
}

/** The plain scalars of a YAML text whose go-yaml v2 type is not a string: `text → tag`. */
function goYamlNonStrings(text: string): string[] {
  const found: string[] = [];
  for (const document of parseAllDocuments(text, { version: "1.1" })) {
    visit(document, {
      Scalar(_, node) {
        if (node.type === "PLAIN" && node.source !== undefined && typeof node.value === "string") {
          const tag = goYamlV2Tag(node.source);
          if (tag !== "str") found.push(`${node.source} → ${tag}`);
        }
      },
    });
  }
  return found;
}

/** Each YAML 1.1 document of a text as plain data (a timestamp stays a Date, so it cannot equal a string). */
function readYaml11(text: string): unknown[] {
  return parseAllDocuments(text, { version: "1.1" }).map((document) => {
    expect(document.errors).toEqual([]);
    return document.toJS() as unknown;
  });
}

describe("goYamlV2Tag, the port of go-yaml v2's resolver", () => {
  it("types plain scalars as go-yaml v2 does", () => {
    expect(
      [
        "no",
        "Yes",
        "y",
        "on",
        "OFF",
        "~",
        "",
        "<<",
        "1_000",
        "0x1F",
        "0o17",
        "017",
        "1e3",
        ".inf",
        ".5",
        "2026-12-06",
      ].map(goYamlV2Tag),
    ).toEqual([
      "bool",
      "bool",
      "bool",
      "bool",
      "bool",
      "null",
      "null",
      "merge",
      "int",
      "int",
      "int",
      "int",
      "float",
      "float",
      "float",
      "timestamp",
    ]);
    // go-yaml v2 dropped YAML 1.1's sexagesimal numbers ("purposefully unsupported"), and a word only
    // counts when it is exact.
    expect(["1:20", "nope", "Online", "m5.large", "2026-13-06", "=", "yes please"].map(goYamlV2Tag)).toEqual([
      "str",
      "str",
      "str",
      "str",
      "str",
      "str",
      "str",
    ]);
  });
});

describe("the eksctl and Karpenter files keep every string a string in YAML 1.1", () => {
  it("quotes a node group named no, a scenario named on and a workload named 2026-12-06", () => {
    const input = scenario({
      name: "on",
      workloads: [
        { name: "2026-12-06", replicas: 1, cpuMillicores: 250, memoryMiB: 512 },
        { name: "1_000", replicas: 1, cpuMillicores: 250, memoryMiB: 512 },
      ],
      daemonSets: SYSTEM_DAEMONSETS,
      nodeGroups: [{ name: "no", instanceTypes: ["m5.large"] }],
      fargateProfiles: [{ name: "off", workloads: ["2026-12-06", "1_000"] }],
    });
    const { texts, objects } = exported(input);
    expect(texts.eksctl).toContain('  name: "on"\n');
    expect(texts.eksctl).toContain('    eksize.io/name: "on"\n');
    expect(texts.eksctl).toContain('  - name: "no"\n');
    expect(texts.eksctl).toContain('      eksize.io/node-group: "no"\n');
    expect(texts.eksctl).toContain('  - name: "off"\n');
    expect(texts.eksctl).toContain('          app.kubernetes.io/name: "2026-12-06"\n');
    expect(texts.eksctl).toContain('          app.kubernetes.io/name: "1_000"\n');
    expect(texts.karpenter).toContain('  name: "no"\n');
    expect(readYaml11(texts.eksctl)).toEqual(JSON.parse(JSON.stringify(objects.eksctl)));
    expect(readYaml11(texts.karpenter)).toEqual(JSON.parse(JSON.stringify(objects.karpenter)));
    expect(goYamlNonStrings(texts.eksctl)).toEqual([]);
    // Numbers and booleans stay plain: they are meant as numbers and booleans.
    expect(texts.eksctl).toContain("    desiredCapacity: 0\n");
    expect(texts.eksctl).toContain("  withOIDC: true\n");
  });

  it("escapes NEL, LS and DEL, so a name cannot end the header comment or break a string for go-yaml v2", () => {
    const name = "x\u0085managedNodeGroups: []\u2028y\u007f";
    const { texts, objects } = exported(
      scenario({ name, nodeGroups: [{ name: "a\u2028b", instanceTypes: ["m5.large"] }] }),
    );
    expect(texts.eksctl.split("\n")[0]).toBe(
      '# An eksctl ClusterConfig generated by eksize from the scenario "x\\u0085managedNodeGroups: []\\u2028y\\u007f" (us-east-1).',
    );
    expect(texts.eksctl).toContain('    eksize.io/name: "x\\u0085managedNodeGroups: []\\u2028y\\u007f"\n');
    expect(texts.eksctl).not.toMatch(RAW_UNSAFE);
    expect(readYaml11(texts.eksctl)).toEqual(JSON.parse(JSON.stringify(objects.eksctl)));
    expect(readYaml11(texts.karpenter)).toEqual(JSON.parse(JSON.stringify(objects.karpenter)));
  });

  it("reads back every name as written, over many adversarial names (property)", () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ maxLength: 60 }), adversarialName),
        fc.uniqueArray(adversarialName, { minLength: 1, maxLength: 4 }),
        fc.uniqueArray(adversarialName, { minLength: 1, maxLength: 3 }),
        // Cluster names EKS and eksctl accept that YAML 1.1 would retype.
        fc.option(fc.constantFrom("no", "Yes", "y", "on", "0x1F", "1e3", "08", "017", "2026-12-06", "1-20", "e0")),
        (scenarioName, workloadNames, groupNames, clusterName) => {
          const input = scenario({
            name: scenarioName,
            workloads: workloadNames.map((name) => ({ name, replicas: 2, cpuMillicores: 250, memoryMiB: 512 })),
            nodeGroups: groupNames.map((name, index) => ({
              name,
              instanceTypes: [index % 2 === 0 ? "m5.large" : "m6g.large"],
              ...(index === 1 ? { capacity: { type: "spot" }, profile: "bottlerocket" } : {}),
            })),
            fargateProfiles: [{ name: workloadNames[0]!, workloads: [workloadNames[0]!] }],
          });
          const { texts, objects } = exported(input, clusterName ?? undefined);
          expect(readYaml11(texts.eksctl)).toEqual(JSON.parse(JSON.stringify(objects.eksctl)));
          expect(readYaml11(texts.karpenter)).toEqual(JSON.parse(JSON.stringify(objects.karpenter)));
          expect(goYamlNonStrings(texts.eksctl)).toEqual([]);
          expect(goYamlNonStrings(texts.karpenter)).toEqual([]);
          expect(texts.eksctl).not.toMatch(RAW_UNSAFE);
          expect(texts.karpenter).not.toMatch(RAW_UNSAFE);
        },
      ),
      { numRuns: 150 },
    );
  });

  it("leaves no scalar of the default exports that go-yaml v2 would retype", () => {
    const { texts } = exported(
      scenario({ name: "Shop", nodeGroups: [{ name: "general", instanceTypes: ["m5.large"] }] }),
    );
    // Karpenter's quantities start with digits: written quoted, "20Gi", "0s".
    expect(texts.karpenter).toContain('        volumeSize: "20Gi"\n');
    expect(texts.karpenter).toContain('    consolidateAfter: "0s"\n');
    const scalars: string[] = [];
    for (const document of parseAllDocuments(texts.karpenter, { version: "1.1" })) {
      visit(document, {
        Node(_, node) {
          if (isScalar(node) && typeof node.value === "string") scalars.push(node.value);
        },
      });
    }
    expect(scalars).toContain("20Gi");
  });
});
