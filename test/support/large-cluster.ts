/**
 * A large cluster's `kubectl get pods -A -o json`, generated: pods of 500 Deployments spread over 40
 * namespaces, each pod with a native sidecar, an init container and two app containers, half of them
 * pinned to arm64, one in 50 completed. The benchmark and the browser test import it.
 */

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

/** The JSON text of `pods` generated pods (50,000 make 46.5 MB). */
export function largeClusterPodsJson(pods: number): string {
  return JSON.stringify({ apiVersion: "v1", kind: "List", items: Array.from({ length: pods }, (_, i) => pod(i)) });
}
