import { bench, describe } from "vitest";
import { importKubernetes } from "eksize";

// `npm run bench`: importing `kubectl get pods -A -o json` of a large cluster, 50,000 pods in 500
// Deployments of 100 replicas, each pod with an init container, a sidecar and two app containers.

const PODS = 50_000;
const DEPLOYMENTS = 500;

function pod(index: number): unknown {
  const deployment = `app-${index % DEPLOYMENTS}`;
  const hash = "7d9f8b6c5d";
  const resources = (cpu: string, memory: string) => ({ requests: { cpu, memory }, limits: { memory } });
  return {
    apiVersion: "v1",
    kind: "Pod",
    metadata: {
      name: `${deployment}-${hash}-${index.toString(36)}`,
      namespace: `team-${index % 40}`,
      labels: { app: deployment, "pod-template-hash": hash },
      ownerReferences: [{ apiVersion: "apps/v1", kind: "ReplicaSet", name: `${deployment}-${hash}`, controller: true }],
    },
    spec: {
      nodeName: `ip-10-0-${index % 250}-${index % 200}.ec2.internal`,
      initContainers: [
        { name: "proxy", restartPolicy: "Always", resources: resources("100m", "64Mi") },
        { name: "migrate", resources: resources("500m", "256Mi") },
      ],
      containers: [
        { name: "app", image: "example/app:1.0", resources: resources("250m", "512Mi") },
        { name: "log", image: "example/log:1.0", resources: resources("50m", "32Mi") },
      ],
      nodeSelector: { "kubernetes.io/arch": index % 2 === 0 ? "amd64" : "arm64" },
    },
    status: { phase: index % 50 === 0 ? "Succeeded" : "Running", qosClass: "Burstable" },
  };
}

const text = JSON.stringify({ apiVersion: "v1", kind: "List", items: Array.from({ length: PODS }, (_, i) => pod(i)) });

describe(`kubectl get pods -A -o json, ${PODS} pods (${(text.length / 1e6).toFixed(1)} MB)`, () => {
  bench("importKubernetes", () => {
    const result = importKubernetes({ pods: text });
    if (!result.ok) throw new Error(result.issues[0]?.code);
  });
});
