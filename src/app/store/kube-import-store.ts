/**
 * The kubectl import page's state: the texts and files given, the choice for pods without requests,
 * and the last import's outcome. It lives outside the page, so leaving the page and coming back keeps
 * everything the user pasted or chose.
 */
import {
  DEFAULT_ASSUMED_CPU_MILLICORES,
  DEFAULT_ASSUMED_MEMORY_MIB,
  type CoreIssue,
  type KubeImport,
  type KubeInput,
} from "eksize";
import { create } from "zustand";
import { QUANTITY_UNITS, type QuantityKind } from "../quantity-text.js";
import type { KubeSource } from "../features/kube-import/import-job.js";
import { startImport, type RunningImport } from "../features/kube-import/start-import.js";

/** What the last import gave. */
export type ImportStatus =
  | { readonly kind: "idle" }
  | { readonly kind: "running" }
  | { readonly kind: "done"; readonly result: KubeImport }
  /** The input was refused: nothing was imported. */
  | { readonly kind: "refused"; readonly issues: readonly CoreIssue[] }
  /** The browser could not run the import (the worker failed to load or ran out of memory). */
  | { readonly kind: "failed"; readonly message: string };

/** The import page's state and actions. */
export interface KubeImportState {
  readonly sources: Readonly<Partial<Record<KubeInput, KubeSource>>>;
  /** For pods without requests: the defaults below, or their limits. */
  readonly withoutRequests: "default" | "limits";
  /** The CPU and memory assumed for pods without requests, as typed, in Kubernetes' units (`100m`, `128Mi`). */
  readonly defaultCpu: string;
  readonly defaultMemory: string;
  readonly status: ImportStatus;
  setSource: (input: KubeInput, source: KubeSource | undefined) => void;
  setWithoutRequests: (choice: "default" | "limits") => void;
  setDefaults: (defaults: { defaultCpu?: string; defaultMemory?: string }) => void;
  /** Imports what is given; does nothing without pods or with a default that is not a positive number. */
  run: () => void;
  /** Stops a running import; the previous outcome is shown again. */
  cancel: () => void;
}

/** A typed default in millicores or MiB, or null when it is not a quantity above 0. */
export function positiveQuantity(kind: QuantityKind, text: string): number | null {
  const amount = QUANTITY_UNITS[kind].read(text);
  return amount !== null && amount > 0 ? amount : null;
}

let running: { job: RunningImport; previous: ImportStatus } | null = null;

/** The state the page opens with: nothing given, the core's defaults for pods without requests. */
export function initialKubeImportData(): Pick<
  KubeImportState,
  "sources" | "withoutRequests" | "defaultCpu" | "defaultMemory" | "status"
> {
  return {
    sources: {},
    withoutRequests: "default",
    defaultCpu: QUANTITY_UNITS.cpu.write(DEFAULT_ASSUMED_CPU_MILLICORES),
    defaultMemory: QUANTITY_UNITS.memory.write(DEFAULT_ASSUMED_MEMORY_MIB),
    status: { kind: "idle" },
  };
}

export const useKubeImportStore = create<KubeImportState>()((set, get) => ({
  ...initialKubeImportData(),
  setSource: (input, source) => {
    set((state) => ({
      // A removed source leaves no key behind, so every value in `sources` is a source.
      sources: Object.fromEntries([
        ...Object.entries(state.sources).filter(([name]) => name !== input),
        ...(source === undefined ? [] : [[input, source]]),
      ]) as KubeImportState["sources"],
    }));
  },
  setWithoutRequests: (withoutRequests) => {
    set({ withoutRequests });
  },
  setDefaults: (defaults) => {
    set(defaults);
  },
  run: () => {
    const { sources, withoutRequests, defaultCpu, defaultMemory, status } = get();
    const cpu = positiveQuantity("cpu", defaultCpu);
    const memory = positiveQuantity("memory", defaultMemory);
    if (sources.pods === undefined || cpu === null || memory === null) return;
    running?.job.cancel();
    const job = startImport({
      sources: { ...sources, pods: sources.pods },
      options: { withoutRequests, defaultCpuMillicores: cpu, defaultMemoryMiB: memory },
    });
    running = { job, previous: status.kind === "running" ? (running?.previous ?? status) : status };
    set({ status: { kind: "running" } });
    job.result.then(
      (result) => {
        if (running?.job !== job) return;
        running = null;
        set({
          status: result.ok ? { kind: "done", result: result.value } : { kind: "refused", issues: result.issues },
        });
      },
      (error: unknown) => {
        if (running?.job !== job) return;
        running = null;
        set({ status: { kind: "failed", message: error instanceof Error ? error.message : String(error) } });
      },
    );
  },
  cancel: () => {
    if (running === null) return;
    running.job.cancel();
    const { previous } = running;
    running = null;
    set({ status: previous });
  },
}));
