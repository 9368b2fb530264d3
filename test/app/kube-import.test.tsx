/**
 * The import page: kubectl output pasted or chosen as a file becomes the planner's workloads and
 * DaemonSets (jsdom has no Worker, so the import runs on the page, through the same job the worker
 * runs); broken input imports nothing and keeps the scenario; the choice for pods without requests
 * changes what they are given; the nodes summary appears with the nodes list.
 *
 * The fixture (test/core/fixtures/kube) holds 9 workloads and 2 DaemonSets from 15 live pods, with 2
 * completed pods left out; legacy has no requests (100m / 128 MiB assumed, or its limits, 500m / 1 GiB).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fireEvent, screen, within } from "@testing-library/react";
import { defaultScenario } from "eksize";
import { describe, expect, test, vi } from "vitest";
import { ImportPage } from "../../src/app/features/kube-import/ImportPage.js";
import { useKubeImportStore } from "../../src/app/store/kube-import-store.js";
import { usePlannerStore } from "../../src/app/store/planner-store.js";
import { useLibraryStore } from "../../src/app/store/scenario-library.js";
import { useSiteStore } from "../../src/app/store/site-store.js";
import { renderFeature, renderSite, type Rendered } from "./helpers.js";

const fixture = (name: string): string => readFileSync(join("test/core/fixtures/kube", name), "utf8");

/** Renders the import page alone, or in the whole site with `inSite`, and returns once its heading is on screen. */
async function renderImport({ inSite = false } = {}): Promise<Rendered["user"]> {
  const { user } = inSite ? renderSite("import") : renderFeature(<ImportPage />);
  await screen.findByRole("heading", { name: "Import a cluster's workloads" });
  return user;
}

/** A dropped item as the browser's DataTransfer gives it: its file-system entry tells a folder from a file. */
function entryItem(isDirectory: boolean): { webkitGetAsEntry: () => { isDirectory: boolean } } {
  return { webkitGetAsEntry: () => ({ isDirectory }) };
}

function paste(label: RegExp, text: string): void {
  fireEvent.change(screen.getByRole("textbox", { name: label }), { target: { value: text } });
}

/** What the import's workloads table says workload `name` needs (its "Needs" cell). */
function needsOf(workloads: HTMLElement, name: string): string | null | undefined {
  return within(within(workloads).getByRole("row", { name: new RegExp(`^${name}`) }))
    .getAllByRole("cell")
    .at(-2)?.textContent;
}

describe("the import page", () => {
  test("imports pasted pods and workloads, lists what it found, and plans them", async () => {
    // The document title is the site's.
    const user = await renderImport({ inSite: true });
    expect(document.title).toBe("eksize: import a cluster's workloads");
    const importButton = screen.getByRole("button", { name: "Import workloads" });
    expect(importButton).toHaveProperty("disabled", true);

    paste(/^Pods/, fixture("pods.json"));
    paste(/^Workloads/, fixture("workloads.json"));
    await user.click(importButton);

    expect((await screen.findByText(/workloads and .* DaemonSets from/)).textContent).toBe(
      "9 workloads and 2 DaemonSets from 15 running or pending pods. Left out: 2 completed pods and 0 pods of finished Jobs.",
    );
    const noRequests = screen.getByRole("region", { name: "2 pods without requests" });
    expect(within(noRequests).getByRole("row", { name: /legacy-6f7c9d8b5-pz4wd/ }).textContent).toBe(
      "default/legacy-6f7c9d8b5-pz4wd" + "CPU, memory" + "100m, 128 MiB (the default)" + "legacy",
    );
    const workloads = screen.getByRole("region", { name: "Workloads" });
    const web = within(workloads).getByRole("row", { name: /^shop\/web/ });
    expect(
      within(web)
        .getAllByRole("cell")
        .map((cell) => cell.textContent),
    ).toEqual([
      // spec.replicas from the workloads list: what the cluster is meant to run (2 pods are live).
      "3",
      "600m",
      "608 MiB",
      "",
      "Deployment shop/web",
    ]);
    const trainer = within(workloads).getByRole("row", { name: /^trainer/ });
    expect(within(trainer).getAllByRole("cell").at(-2)?.textContent).toBe("amd64, 1 × NVIDIA GPU");

    await user.click(screen.getByRole("button", { name: "Plan these workloads" }));
    expect(useSiteStore.getState().page).toBe("planner");
    const scenario = usePlannerStore.getState().scenario;
    expect(scenario.name).toMatch(/^Imported cluster \d{4}-\d{2}-\d{2}$/);
    expect(scenario.workloads.map((workload) => workload.name)).toContain("shop/web");
    expect(scenario.daemonSets.map((daemonSet) => daemonSet.name)).toEqual(["aws-node", "node-exporter"]);
    expect(scenario.nodeGroups).toEqual(defaultScenario.nodeGroups);
  });

  test("uses the pods' limits when asked, and refuses a default that is not a positive number", async () => {
    const user = await renderImport();
    paste(/^Pods/, fixture("pods.json"));
    const cpu = screen.getByRole("textbox", { name: "CPU per pod" });
    expect(cpu).toHaveProperty("value", "100m");
    expect(screen.getByRole("textbox", { name: "Memory per pod" })).toHaveProperty("value", "128Mi");
    await user.clear(cpu);
    await user.type(cpu, "-5");
    expect(screen.getByText("Enter CPU like 500m, 0.5 or 2")).toBeTruthy();
    expect(screen.getByRole("button", { name: "Import workloads" })).toHaveProperty("disabled", true);
    await user.clear(cpu);
    await user.type(cpu, "0");
    expect(screen.getByText("“0” is not above 0")).toBeTruthy();
    await user.clear(cpu);
    await user.type(cpu, "0.25");
    await user.tab();
    expect(cpu).toHaveProperty("value", "250m");

    await user.click(screen.getByRole("radio", { name: /Use their limits/ }));
    await user.click(screen.getByRole("button", { name: "Import workloads" }));
    const noRequests = await screen.findByRole("region", { name: "2 pods without requests" });
    expect(within(noRequests).getByRole("row", { name: /legacy-6f7c9d8b5-pz4wd/ }).textContent).toMatch(
      /500m, 1,024 MiB \(its limits\)legacy$/,
    );
    const legacy = within(screen.getByRole("region", { name: "Workloads" })).getByRole("row", { name: /^legacy/ });
    expect(
      within(legacy)
        .getAllByRole("cell")
        .map((cell) => cell.textContent)
        .slice(1, 3),
    ).toEqual(["500m", "1,024 MiB"]);
  });

  test("reads chosen files and sums up today's nodes", async () => {
    const user = await renderImport();
    const file = (name: string) => new File([fixture(name)], name, { type: "application/json" });
    await user.upload(screen.getByLabelText("Choose a file for Pods (required)"), file("pods.json"));
    await user.upload(screen.getByLabelText("Choose a file for Nodes (optional)"), file("nodes.json"));
    expect(screen.getByText(/^pods\.json, 29\.8 kB/)).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Import workloads" }));

    await screen.findByRole("heading", { name: "Today's nodes: 4" });
    const nodes = screen.getByRole("region", { name: "Today's nodes: 4" });
    expect(
      within(nodes)
        .getAllByRole("row")
        .map((row) => row.textContent),
    ).toMatchInlineSnapshot(`
      [
        "Instance type or shapeNodesCPU per nodeMemory per node",
        "m5.large22,000m7.57 GiB",
        "m6g.xlarge14,000m15.13 GiB",
        "No instance type label18,000m32 GiB",
        "Total capacity416,000m62.27 GiB",
      ]
    `);

    await user.click(screen.getByRole("button", { name: "Remove pods.json" }));
    // The button is gone with the file: the focus moves to the text area that takes its place.
    expect(document.activeElement).toBe(screen.getByRole("textbox", { name: /^Pods/ }));
  });

  test("a file dropped onto a field becomes that field's source; dropped text is left to the text area", async () => {
    await renderImport();
    const field = screen.getByRole("group", { name: "Nodes (optional)" });
    const file = new File([fixture("nodes.json")], "nodes.json", { type: "application/json" });
    const text = fireEvent.drop(field, { dataTransfer: { files: [], types: ["text/plain"] } });
    // Not handled here: the browser's own drop into the text area goes ahead.
    expect(text).toBe(true);
    expect(useKubeImportStore.getState().sources.nodes).toBeUndefined();
    fireEvent.dragOver(field, { dataTransfer: { files: [file], types: ["Files"] } });
    expect(field.className).toBe("import-source dragging");
    fireEvent.drop(field, { dataTransfer: { files: [file], items: [entryItem(false)], types: ["Files"] } });
    expect(field.className).toBe("import-source");
    expect(screen.getByText("nodes.json, 3.4 kB")).toBeTruthy();
    expect(useKubeImportStore.getState().sources.nodes).toEqual({ kind: "file", file });
  });

  test("a folder dropped onto a field is refused with its name; a file dropped then replaces the message", async () => {
    await renderImport();
    const field = screen.getByRole("group", { name: "Pods (required)" });
    // A dropped folder reaches the page as a File of no type; only its entry says it is a directory.
    const folder = new File([], "cluster-state", { type: "" });
    fireEvent.drop(field, { dataTransfer: { files: [folder], items: [entryItem(true)], types: ["Files"] } });
    expect(within(field).getByRole("alert").textContent).toBe(
      "“cluster-state” is a folder, not a file: drop one of the JSON files in it.",
    );
    expect(useKubeImportStore.getState().sources.pods).toBeUndefined();
    expect(screen.getByRole("button", { name: "Import workloads" })).toHaveProperty("disabled", true);

    const file = new File([fixture("raw/pods.json")], "pods.json", { type: "application/json" });
    fireEvent.drop(field, { dataTransfer: { files: [file], items: [entryItem(false)], types: ["Files"] } });
    expect(within(field).queryByRole("alert")).toBeNull();
    expect(useKubeImportStore.getState().sources.pods).toEqual({ kind: "file", file });
  });

  test("an API PodList: what is left out and why, what pods without requests were planned with, accelerators", async () => {
    const user = await renderImport();
    paste(/^Pods/, fixture("raw/pods.json"));
    paste(/^Nodes/, fixture("raw/nodes.json"));
    await user.click(screen.getByRole("button", { name: "Import workloads" }));
    const leftOut = await screen.findByRole("region", { name: "6 not planned, as EKS has no such pods" });
    expect(within(leftOut).getAllByRole("listitem")[0]?.textContent).toBe(
      "kube-system/aws-cloud-controller-manager (DaemonSet, 1 pod): a DaemonSet that runs only on control-plane nodes",
    );
    const noRequests = screen.getByRole("region", { name: "4 pods without requests" });
    expect(within(noRequests).getByRole("row", { name: /queue-5d7f9c6b8-h4n2s/ }).textContent).toBe(
      "default/queue-5d7f9c6b8-h4n2s" + "CPU, memory" + "100m, 128 MiB (the default)" + "queue",
    );
    const workloads = screen.getByRole("region", { name: "Workloads" });
    expect(
      within(within(workloads).getByRole("row", { name: /^llm/ }))
        .getAllByRole("cell")
        .at(-2)?.textContent,
    ).toBe("2 × NeuronCore");
  });

  test("a NodeList given as the pods is refused, saying which list it is", async () => {
    const user = await renderImport();
    paste(/^Pods/, fixture("raw/nodes.json"));
    await user.click(screen.getByRole("button", { name: "Import workloads" }));
    expect((await screen.findByRole("alert")).textContent).toBe(
      "Nothing was imported: the input has a problem. Your current scenario is unchanged." +
        "The pods text is a NodeList: it belongs in the nodes, not the pods",
    );
  });

  test("a file the browser cannot read fails the import with the reason, and nothing changes", async () => {
    const user = await renderImport();
    await user.upload(
      screen.getByLabelText("Choose a file for Pods (required)"),
      new File([fixture("pods.json")], "pods.json", { type: "application/json" }),
    );
    vi.spyOn(Blob.prototype, "text").mockRejectedValue(new Error("the file changed on disk"));
    await user.click(screen.getByRole("button", { name: "Import workloads" }));
    expect((await screen.findByRole("alert")).textContent).toBe(
      "The browser could not run the import (the file changed on disk). Your current scenario is unchanged.",
    );
    expect(usePlannerStore.getState().scenario).toEqual(defaultScenario);
  });

  test("imports nothing from broken JSON, says where it breaks, and keeps the scenario", async () => {
    const user = await renderImport();
    paste(/^Pods/, '{"kind": "List", "items": [\n  {"kind": "Pod",, }\n]}');
    await user.click(screen.getByRole("button", { name: "Import workloads" }));
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toBe(
      "Nothing was imported: the input has a problem. Your current scenario is unchanged." +
        "The pods text is not valid JSON: unexpected “,” at line 2, column 18",
    );
    expect(usePlannerStore.getState().scenario).toEqual(defaultScenario);
    expect(useLibraryStore.getState().saved).toEqual([]);
    // What was pasted stays, to be mended.
    expect(screen.getByRole<HTMLTextAreaElement>("textbox", { name: /^Pods/ }).value).toContain('"Pod",, }');
  });
});

describe("the import store", () => {
  const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

  test("a second run replaces the first: only the last one's result is shown", async () => {
    const kinds: string[] = [];
    const unsubscribe = useKubeImportStore.subscribe((state) => kinds.push(state.status.kind));
    const store = useKubeImportStore.getState();
    store.setSource("pods", { kind: "text", text: "not json" });
    store.run();
    store.setSource("pods", { kind: "text", text: fixture("pods.json") });
    useKubeImportStore.getState().run();
    expect(useKubeImportStore.getState().status.kind).toBe("running");
    await settle();
    const status = useKubeImportStore.getState().status;
    expect(status.kind === "done" && status.result.workloads.length).toBe(9);
    unsubscribe();
    // The first run's refusal of "not json" never showed.
    expect(kinds.filter((kind) => kind !== "running")).toEqual(["idle", "done"]);
  });

  test("cancel brings back the previous outcome, and the cancelled run's result never lands", async () => {
    const store = useKubeImportStore.getState();
    store.setSource("pods", { kind: "text", text: fixture("pods.json") });
    store.run();
    await settle();
    const done = useKubeImportStore.getState().status;
    expect(done.kind).toBe("done");

    useKubeImportStore.getState().setSource("pods", { kind: "text", text: "[" });
    useKubeImportStore.getState().run();
    useKubeImportStore.getState().cancel();
    expect(useKubeImportStore.getState().status).toBe(done);
    await settle();
    expect(useKubeImportStore.getState().status).toBe(done);
  });

  test("without pods, or with a default that is not a positive number, nothing runs", () => {
    useKubeImportStore.getState().run();
    expect(useKubeImportStore.getState().status.kind).toBe("idle");
    useKubeImportStore.getState().setSource("pods", { kind: "text", text: fixture("pods.json") });
    useKubeImportStore.getState().setDefaults({ defaultMemory: "0" });
    useKubeImportStore.getState().run();
    expect(useKubeImportStore.getState().status.kind).toBe("idle");
  });

  test("reads PodDisruptionBudgets from their own field, and shows each workload's spread and budget", async () => {
    const user = await renderImport();
    expect(screen.getByText("kubectl get pdb -A -o json > pdbs.json")).toBeTruthy();
    paste(/^Pods/, fixture("spread/pods.json"));
    paste(/^PodDisruptionBudgets/, fixture("spread/pdbs.json"));
    await user.click(screen.getByRole("button", { name: "Import workloads" }));
    const workloads = await screen.findByRole("region", { name: "Workloads" });
    const needs = (name: string) => needsOf(workloads, name);
    expect(needs("web")).toBe("Zone spread: required, maxSkew 1, Max per node: 1, PDB minAvailable: 100%");
    expect(needs("kafka")).toBe("Zone spread: required, maxSkew 2, PDB maxUnavailable: 1");
    expect(needs("api")).toBe("PDB minAvailable: 1");
    expect(screen.getByText("4 warnings")).toBeTruthy();
  });

  test("reads HorizontalPodAutoscalers from their own field, with its command, and warns of those it leaves out", async () => {
    const user = await renderImport();
    expect(screen.getByText("kubectl get hpa -A -o json > hpas.json")).toBeTruthy();
    paste(/^Pods/, fixture("autoscaling/pods.json"));
    paste(/^HorizontalPodAutoscalers/, fixture("autoscaling/hpas.json"));
    await user.click(screen.getByRole("button", { name: "Import workloads" }));
    const workloads = await screen.findByRole("region", { name: "Workloads" });
    const status = useKubeImportStore.getState().status;
    expect(status.kind === "done" && status.result.workloads.find((w) => w.name === "web")?.autoscaling).toMatchObject({
      minReplicas: 2,
      maxReplicas: 5,
    });
    // The workloads' table says so in what each needs.
    expect(needsOf(workloads, "web")).toBe("scales 2–5 pods");
    await user.click(screen.getByText("3 warnings"));
    expect(screen.getByText(/^HorizontalPodAutoscaler api-v2 in shop scales Deployment api-v2/)).toBeTruthy();
  });
});
