import { bench, describe } from "vitest";
import { importKubernetes } from "eksize";
import { largeClusterPodsJson } from "../support/large-cluster.js";

// `npm run bench`: importing `kubectl get pods -A -o json` of a large cluster, 50,000 pods in 500
// Deployments of 100 replicas, each pod with an init container, a sidecar and two app containers.

const PODS = 50_000;
const text = largeClusterPodsJson(PODS);

describe(`kubectl get pods -A -o json, ${PODS} pods (${(text.length / 1e6).toFixed(1)} MB)`, () => {
  bench("importKubernetes", () => {
    const result = importKubernetes({ pods: text });
    if (!result.ok) throw new Error(result.issues[0]?.code);
  });
});
