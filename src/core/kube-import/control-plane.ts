import { isObject, type JsonObject } from "./read-json.js";

/**
 * Why live pods are left out of the plan: what they are does not exist on EKS, where AWS runs the
 * control plane on its own hosts and a cluster has no control-plane nodes (EKS user guide, "Amazon
 * EKS control plane"):
 *
 * - `control-plane-static-pod`: a static pod of the control plane (see {@link isControlPlaneStaticPod});
 * - `control-plane-daemonset`: a pod of a DaemonSet that runs only on control-plane nodes (see
 *   {@link runsOnlyOnControlPlane}).
 */
export type NotOnEks = "control-plane-static-pod" | "control-plane-daemonset";

/** The control plane's components that kubeadm (and most installers) run as static pods, labelled `component`. */
export const CONTROL_PLANE_COMPONENTS = ["etcd", "kube-apiserver", "kube-controller-manager", "kube-scheduler"];

/** The node labels of control-plane nodes: `node-role.kubernetes.io/control-plane`, and `master` before Kubernetes 1.24. */
export const CONTROL_PLANE_ROLE_LABELS = ["node-role.kubernetes.io/control-plane", "node-role.kubernetes.io/master"];

/** The annotation the kubelet puts on the API server's mirror of a static pod (Kubernetes, "Create static Pods"). */
export const MIRROR_POD_ANNOTATION = "kubernetes.io/config.mirror";

/**
 * Whether a pod is a static pod: the API server's mirror of one (the {@link MIRROR_POD_ANNOTATION}
 * annotation, and since Kubernetes 1.17 the node as its owner, kind `Node`), or one as the kubelet's own
 * `/pods` lists it (annotation `kubernetes.io/config.source` `file` or `http`, where API pods say `api`).
 */
function isStaticPod(metadata: JsonObject, controllerKind: string | null): boolean {
  const annotations = isObject(metadata.annotations) ? metadata.annotations : {};
  const source = annotations["kubernetes.io/config.source"];
  return (
    typeof annotations[MIRROR_POD_ANNOTATION] === "string" ||
    controllerKind === "Node" ||
    source === "file" ||
    source === "http"
  );
}

/**
 * Whether a pod is a static pod of the control plane: a static pod (mirror annotation, owner kind
 * `Node`, or a file or http source) that is one of {@link CONTROL_PLANE_COMPONENTS} (its `component`
 * label, as kubeadm sets it, or its name, `etcd-<node>`), or that runs on a node `controlPlaneNodes`
 * lists (the nodes list's nodes with a {@link CONTROL_PLANE_ROLE_LABELS} label; null without one).
 */
export function isControlPlaneStaticPod(
  metadata: JsonObject,
  controllerKind: string | null,
  nodeName: string | null,
  controlPlaneNodes: ReadonlySet<string> | null,
): boolean {
  if (!isStaticPod(metadata, controllerKind)) return false;
  const labels = isObject(metadata.labels) ? metadata.labels : {};
  const name = typeof metadata.name === "string" ? metadata.name : "";
  return (
    CONTROL_PLANE_COMPONENTS.some((component) => labels.component === component || name.startsWith(`${component}-`)) ||
    (nodeName !== null && controlPlaneNodes?.has(nodeName) === true)
  );
}

/**
 * Whether a DaemonSet's pod runs only on control-plane nodes: its `nodeSelector` has a
 * {@link CONTROL_PLANE_ROLE_LABELS} label, or every term of its required node affinity (terms are ORed)
 * asks for one (`Exists`, or `In`). Such a pod also tolerates the control-plane taint, or it would run
 * nowhere; what decides where it runs is the selector, so tolerations are not read.
 */
export function runsOnlyOnControlPlane(spec: JsonObject): boolean {
  const selector = isObject(spec.nodeSelector) ? spec.nodeSelector : {};
  if (CONTROL_PLANE_ROLE_LABELS.some((label) => label in selector)) return true;
  const affinity = isObject(spec.affinity) && isObject(spec.affinity.nodeAffinity) ? spec.affinity.nodeAffinity : {};
  const required = affinity.requiredDuringSchedulingIgnoredDuringExecution;
  const terms = isObject(required) && Array.isArray(required.nodeSelectorTerms) ? required.nodeSelectorTerms : [];
  return (
    terms.length > 0 &&
    terms.every(
      (term: unknown) =>
        isObject(term) &&
        Array.isArray(term.matchExpressions) &&
        term.matchExpressions.some(
          (expression: unknown) =>
            isObject(expression) &&
            typeof expression.key === "string" &&
            CONTROL_PLANE_ROLE_LABELS.includes(expression.key) &&
            (expression.operator === "Exists" || expression.operator === "In"),
        ),
    )
  );
}
