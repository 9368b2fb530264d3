import { defaultScenario, importedScenario, importKubernetes, type Scenario } from "eksize";

/** One owner of the typical cluster: namespace, name, kind, pods, CPU (millicores) and memory (MiB) per pod. */
type Owner = readonly [
  namespace: string,
  name: string,
  kind: "Deployment" | "StatefulSet" | "DaemonSet",
  pods: number,
  cpu: number,
  memory: number,
];

/** A typical production cluster's owners: 43 workloads in thirteen namespaces and 6 DaemonSets. */
const OWNERS: readonly Owner[] = [
  ["kube-system", "coredns", "Deployment", 2, 100, 70],
  ["kube-system", "aws-load-balancer-controller", "Deployment", 2, 100, 200],
  ["kube-system", "cluster-autoscaler", "Deployment", 1, 100, 600],
  ["kube-system", "metrics-server", "Deployment", 2, 100, 200],
  ["kube-system", "ebs-csi-controller", "Deployment", 2, 60, 240],
  ["kube-system", "aws-node", "DaemonSet", 0, 25, 0],
  ["kube-system", "kube-proxy", "DaemonSet", 0, 100, 0],
  ["kube-system", "ebs-csi-node", "DaemonSet", 0, 30, 120],
  ["cert-manager", "cert-manager", "Deployment", 1, 50, 128],
  ["cert-manager", "cert-manager-cainjector", "Deployment", 1, 50, 128],
  ["cert-manager", "cert-manager-webhook", "Deployment", 1, 50, 64],
  ["ingress-nginx", "ingress-nginx-controller", "Deployment", 3, 500, 512],
  ["external-dns", "external-dns", "Deployment", 1, 50, 64],
  ["argocd", "argocd-server", "Deployment", 2, 250, 256],
  ["argocd", "argocd-repo-server", "Deployment", 2, 500, 512],
  ["argocd", "argocd-application-controller", "StatefulSet", 1, 1000, 1024],
  ["argocd", "argocd-redis", "Deployment", 1, 100, 128],
  ["monitoring", "prometheus-server", "StatefulSet", 2, 1000, 8192],
  ["monitoring", "alertmanager", "StatefulSet", 2, 100, 256],
  ["monitoring", "grafana", "Deployment", 1, 250, 512],
  ["monitoring", "kube-state-metrics", "Deployment", 1, 100, 256],
  ["monitoring", "node-exporter", "DaemonSet", 0, 100, 180],
  ["logging", "fluent-bit", "DaemonSet", 0, 100, 128],
  ["logging", "loki", "StatefulSet", 3, 500, 2048],
  ["security", "falco", "DaemonSet", 0, 100, 512],
  ["shop", "web-frontend", "Deployment", 6, 250, 512],
  ["shop", "api-gateway", "Deployment", 3, 500, 1024],
  ["shop", "catalog-api", "Deployment", 3, 250, 512],
  ["shop", "search-api", "Deployment", 2, 1000, 4096],
  ["shop", "cart-api", "Deployment", 3, 250, 512],
  ["shop", "recommendations", "Deployment", 2, 500, 2048],
  ["shop", "image-resizer", "Deployment", 2, 1000, 1024],
  ["orders", "orders-api", "Deployment", 4, 500, 1024],
  ["orders", "orders-worker", "Deployment", 3, 250, 512],
  ["orders", "inventory-api", "Deployment", 2, 250, 512],
  ["orders", "shipping-api", "Deployment", 2, 250, 512],
  ["payments", "payments-api", "Deployment", 3, 500, 768],
  ["payments", "fraud-check", "Deployment", 2, 1000, 2048],
  ["payments", "ledger", "StatefulSet", 3, 500, 1024],
  ["accounts", "accounts-api", "Deployment", 3, 250, 512],
  ["accounts", "auth-service", "Deployment", 3, 250, 256],
  ["accounts", "notifications", "Deployment", 2, 100, 256],
  ["accounts", "email-worker", "Deployment", 2, 250, 512],
  ["data", "postgres", "StatefulSet", 3, 2000, 8192],
  ["data", "redis", "StatefulSet", 3, 500, 4096],
  ["data", "kafka", "StatefulSet", 3, 2000, 8192],
  ["data", "zookeeper", "StatefulSet", 3, 500, 1024],
  ["data", "elasticsearch", "StatefulSet", 3, 2000, 16384],
  ["data", "etl-runner", "Deployment", 1, 2000, 4096],
];

/** Three nodes for the DaemonSets' pods. */
const NODES = ["ip-10-0-1-10.ec2.internal", "ip-10-0-2-10.ec2.internal", "ip-10-0-3-10.ec2.internal"];

function pod(owner: Owner, index: number, node: string): object {
  const [namespace, name, kind, , cpu, memory] = owner;
  const ownerReference =
    kind === "Deployment"
      ? { apiVersion: "apps/v1", kind: "ReplicaSet", name: `${name}-5d8f7c6b9`, uid: "u", controller: true }
      : { apiVersion: "apps/v1", kind, name, uid: "u", controller: true };
  return {
    apiVersion: "v1",
    kind: "Pod",
    metadata: { name: `${name}-${index}`, namespace, labels: { app: name }, ownerReferences: [ownerReference] },
    spec: {
      nodeName: node,
      hostNetwork: kind === "DaemonSet" && memory === 0,
      containers: [{ name, resources: { requests: { cpu: `${cpu}m`, memory: `${memory}Mi` } } }],
    },
    status: { phase: "Running" },
  };
}

/**
 * The default scenario with the workloads and DaemonSets `importKubernetes` makes of a typical
 * production cluster's pods (`kubectl get pods -A -o json`): 43 workloads in thirteen namespaces
 * (system add-ons, monitoring, logging, a shop's services, data stores) and 6 DaemonSets.
 */
export function typicalImportedScenario(): Scenario {
  const items = OWNERS.flatMap((owner) =>
    owner[2] === "DaemonSet"
      ? NODES.map((node, index) => pod(owner, index, node))
      : Array.from({ length: owner[3] }, (_, index) => pod(owner, index, NODES[index % NODES.length]!)),
  );
  const imported = importKubernetes({ pods: JSON.stringify({ apiVersion: "v1", kind: "List", items }) });
  if (!imported.ok) throw new Error(JSON.stringify(imported.issues));
  const scenario = importedScenario(defaultScenario, imported.value, "Imported from kubectl");
  if (!scenario.ok) throw new Error(JSON.stringify(scenario.issues));
  return scenario.value;
}
