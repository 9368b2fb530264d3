/**
 * Starts optimal-mix searches in one Web Worker (`optimal-mix.worker.ts`), made on the first search
 * and kept, so HiGHS loads once a visit. A search started while another runs supersedes it: the
 * worker, busy with a scenario no longer shown, is ended, and the earlier search never settles.
 */
import type { Catalog, NodeGroupMix, Scenario } from "eksize";
import { requestCatalog, type MixAnswer, type MixFailure, type MixRequest } from "./optimal-mix-job.js";

/**
 * How a search ended: the node groups' mixes, or why there are none (`load`: the worker's script
 * did not load or the browser has no Workers; the others as the worker says, see {@link MixFailure}).
 */
export type MixOutcome =
  | { readonly kind: "result"; readonly mixes: readonly NodeGroupMix[] }
  | { readonly kind: "failed"; readonly stage: MixFailure | "load"; readonly message: string };

/** A search of `scenario`'s node groups with `catalog`'s prices; never rejects. */
export type MixSearch = (scenario: Scenario, catalog: Catalog) => Promise<MixOutcome>;

let worker: Worker | null = null;
let running: { readonly id: number; readonly settle: (outcome: MixOutcome) => void } | null = null;
let lastId = 0;

/** Ends the worker (with the search it runs), so the next search starts a fresh one. */
function endWorker(): void {
  worker?.terminate();
  worker = null;
}

/** The worker, made (and wired) when there is none. */
function searchWorker(): Worker {
  if (worker !== null) return worker;
  const made = new Worker(new URL("./optimal-mix.worker.ts", import.meta.url), { type: "module" });
  const fail = (message: string) => {
    endWorker();
    const settle = running?.settle;
    running = null;
    settle?.({ kind: "failed", stage: "load", message });
  };
  made.onmessage = (event: MessageEvent<MixAnswer>) => {
    const answer = event.data;
    if (running === null || answer.id !== running.id) return;
    const { settle } = running;
    running = null;
    settle(
      answer.kind === "result"
        ? { kind: "result", mixes: answer.mixes }
        : { kind: "failed", stage: answer.stage, message: answer.message },
    );
  };
  made.onmessageerror = () => {
    fail("the worker's answer could not be read");
  };
  made.onerror = (event) => {
    event.preventDefault();
    fail(event.message || "the worker's script did not load");
  };
  worker = made;
  return made;
}

/** Starts a search (see {@link MixSearch}), superseding the one that runs. */
export const startMixSearch: MixSearch = (scenario, catalog) => {
  if (typeof Worker === "undefined") {
    return Promise.resolve({ kind: "failed", stage: "load", message: "this browser has no Web Workers" });
  }
  if (running !== null) {
    running = null;
    endWorker();
  }
  lastId += 1;
  const id = lastId;
  return new Promise<MixOutcome>((settle) => {
    running = { id, settle };
    const request: MixRequest = { id, scenario, catalog: requestCatalog(catalog, scenario.region) };
    searchWorker().postMessage(request);
  });
};
