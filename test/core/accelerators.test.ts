/**
 * Accelerators of every kind: the devices each instance type offers (the dataset's GPUs and Neuron
 * devices, with the NeuronCores per device of AWS Neuron's hardware pages), and pods that need them.
 */
import { describe, expect, it } from "vitest";
import {
  acceleratorUnits,
  decodeScenario,
  encodeScenario,
  nodeAcceleratorUnits,
  planCluster,
  validateScenario,
  type AcceleratorResource,
  type InstanceType,
} from "eksize";
import { catalog, getInstanceType } from "eksize/data";
import { scenario } from "../support/scenario.js";
import { tokenPayload } from "../support/share-token.js";

const type = (name: string): InstanceType => {
  const found = getInstanceType(name);
  if (found === undefined) throw new Error(`${name} is not in the dataset`);
  return found;
};

describe("the accelerator units of a node", () => {
  // GPUs as EC2 lists them; Neuron devices × NeuronCores per device: Inferentia 4 (NeuronCore-v1),
  // Inferentia2 and Trainium 2 (NeuronCore-v2), Trainium2 8 (NeuronCore-v3).
  it.each([
    ["p5.48xlarge", 8],
    ["g5.12xlarge", 4],
    ["g4ad.16xlarge", 4],
    ["inf1.24xlarge", 64],
    ["inf2.xlarge", 2],
    ["inf2.48xlarge", 24],
    ["trn1.32xlarge", 32],
    ["trn2.48xlarge", 128],
    ["m5.large", 0],
    // A Qualcomm AI 100 has no device plugin resource eksize plans.
    ["dl2q.24xlarge", 0],
  ])("%s offers %i", (name, units) => {
    expect(nodeAcceleratorUnits(type(name))).toBe(units);
  });

  it.each<[string, AcceleratorResource, number, number | null]>([
    ["g5.xlarge", "nvidia.com/gpu", 1, 1],
    ["g5.xlarge", "amd.com/gpu", 1, null],
    ["g4ad.xlarge", "amd.com/gpu", 1, 1],
    ["g4ad.xlarge", "nvidia.com/gpu", 1, null],
    ["inf2.xlarge", "aws.amazon.com/neuron", 1, 2],
    ["inf2.xlarge", "aws.amazon.com/neuroncore", 1, 1],
    ["inf1.6xlarge", "aws.amazon.com/neuron", 2, 8],
    ["trn2.48xlarge", "aws.amazon.com/neuron", 16, 128],
    ["trn1.2xlarge", "nvidia.com/gpu", 1, null],
    ["g5.xlarge", "aws.amazon.com/neuroncore", 1, null],
    ["m5.large", "nvidia.com/gpu", 0, 0],
  ])("%s: %s × %i takes %s", (name, resource, count, units) => {
    expect(acceleratorUnits(type(name), resource, count)).toBe(units);
  });
});

describe("the scenario's accelerator kind", () => {
  it("defaults to nvidia.com/gpu, what scenarios made before it meant, and allows only the four kinds", () => {
    const checked = validateScenario({
      version: 1,
      region: "us-east-1",
      workloads: [{ name: "trainer", replicas: 1, cpuMillicores: 1000, memoryMiB: 1024, gpus: 1 }],
    });
    expect(checked.ok && checked.value.workloads[0]?.accelerator).toBe("nvidia.com/gpu");
    const tpu = validateScenario({
      version: 1,
      region: "us-east-1",
      workloads: [{ name: "t", replicas: 1, cpuMillicores: 1, memoryMiB: 1, gpus: 1, accelerator: "google.com/tpu" }],
    });
    expect(tpu.ok ? [] : tpu.issues.map((issue) => [issue.code, issue.path])).toEqual([
      ["scenario-not-allowed", "workloads.0.accelerator"],
    ]);
  });
});

describe("share links with the accelerator kind", () => {
  it("carry a kind other than the default, and leave the default out of the token", () => {
    const neuron = scenario({
      workloads: [
        {
          name: "inference",
          replicas: 2,
          cpuMillicores: 1000,
          memoryMiB: 2048,
          gpus: 1,
          accelerator: "aws.amazon.com/neuron",
        },
      ],
    });
    expect(decodeScenario(encodeScenario(neuron))).toEqual({ ok: true, scenario: neuron, dataDate: null });
    const nvidia = scenario({ workloads: [{ name: "t", replicas: 1, cpuMillicores: 1, memoryMiB: 1, gpus: 1 }] });
    const payload = (token: string) => tokenPayload(token) as { s: { workloads: Record<string, unknown>[] } };
    expect(payload(encodeScenario(nvidia)).s.workloads[0]).toEqual({
      name: "t",
      replicas: 1,
      cpuMillicores: 1,
      memoryMiB: 1,
      gpus: 1,
    });
    expect(payload(encodeScenario(neuron)).s.workloads[0]?.["accelerator"]).toBe("aws.amazon.com/neuron");
  });
});

describe("planCluster with accelerators", () => {
  const pod = { cpuMillicores: 1000, memoryMiB: 2048 };

  it("packs NeuronCores two to an inf2.xlarge device, and whole devices one a node", () => {
    const plan = planCluster(
      scenario({
        workloads: [
          { name: "cores", replicas: 4, ...pod, gpus: 1, accelerator: "aws.amazon.com/neuroncore", nodeGroup: "a" },
          { name: "devices", replicas: 4, ...pod, gpus: 1, accelerator: "aws.amazon.com/neuron", nodeGroup: "b" },
        ],
        nodeGroups: [
          { name: "a", instanceTypes: ["inf2.xlarge"] },
          { name: "b", instanceTypes: ["inf2.xlarge"] },
        ],
      }),
      catalog,
    );
    expect(plan.nodeGroups.map((group) => [group.name, group.nodes, group.workloadCapacity?.gpus])).toEqual([
      ["a", 2, 2],
      ["b", 4, 2],
    ]);
    expect(plan.unschedulable).toEqual([]);
  });

  it("sends each kind to the first group whose first type has that device", () => {
    const plan = planCluster(
      scenario({
        workloads: [
          { name: "cuda", replicas: 1, ...pod, gpus: 1 },
          { name: "rocm", replicas: 1, ...pod, gpus: 1, accelerator: "amd.com/gpu" },
          { name: "neuron", replicas: 1, ...pod, gpus: 1, accelerator: "aws.amazon.com/neuron" },
        ],
        nodeGroups: [
          { name: "general", instanceTypes: ["m5.xlarge"] },
          { name: "inferentia", instanceTypes: ["inf2.xlarge"] },
          { name: "radeon", instanceTypes: ["g4ad.xlarge"] },
          { name: "nvidia", instanceTypes: ["g5.xlarge"] },
        ],
      }),
      catalog,
    );
    expect(plan.nodeGroups.map((group) => [group.name, group.workloads])).toEqual([
      ["general", []],
      ["inferentia", ["neuron"]],
      ["radeon", ["rocm"]],
      ["nvidia", ["cuda"]],
    ]);
    expect(plan.unschedulable).toEqual([]);
  });

  it("says which device a pod lacks on its group's types, and never sends accelerator pods to Fargate", () => {
    const plan = planCluster(
      scenario({
        workloads: [
          { name: "cuda", replicas: 2, ...pod, gpus: 1, nodeGroup: "radeon" },
          { name: "many-cores", replicas: 1, ...pod, gpus: 3, accelerator: "aws.amazon.com/neuroncore" },
          { name: "inference", replicas: 3, ...pod, gpus: 1, accelerator: "aws.amazon.com/neuron" },
        ],
        nodeGroups: [
          { name: "inferentia", instanceTypes: ["inf2.xlarge"] },
          { name: "radeon", instanceTypes: ["g4ad.xlarge"] },
        ],
        fargateProfiles: [{ name: "serverless", workloads: ["inference"] }],
      }),
      catalog,
    );
    expect(plan.fargate).toEqual([]);
    expect(plan.unschedulable).toEqual([
      { workload: "inference", pods: 3, nodeGroup: null, reason: { kind: "fargate", ineligibility: "gpu" } },
      {
        workload: "many-cores",
        pods: 1,
        nodeGroup: "inferentia",
        reason: { kind: "exceeds-node", resource: "gpus", accelerator: "aws.amazon.com/neuroncore", devices: 3 },
      },
      {
        workload: "cuda",
        pods: 2,
        nodeGroup: "radeon",
        reason: { kind: "exceeds-node", resource: "gpus", accelerator: "nvidia.com/gpu", devices: 1 },
      },
    ]);
  });
});
