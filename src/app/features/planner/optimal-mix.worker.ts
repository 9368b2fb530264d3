/**
 * The optimal mix's worker: loads HiGHS (WebAssembly, about 3.5 MB) once, then searches each request's
 * node groups off the page's thread, so the page keeps responding for the seconds a search takes.
 */
import type { LinearProgramSolver } from "eksize";
import { loadHighsSolver } from "eksize/optimal";
import wasmUrl from "highs/runtime?url";
import { searchMixes, type MixAnswer, type MixRequest } from "./optimal-mix-job.js";

/** The worker's side of the messaging: the DOM typings describe a window, whose postMessage differs. */
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<MixRequest>) => void) | null;
  postMessage: (answer: MixAnswer) => void;
};

/** The solver, loaded on the first request and kept for the next (a failed load is tried again). */
let solver: Promise<LinearProgramSolver> | null = null;

scope.onmessage = (event) => {
  const { id, scenario, catalog } = event.data;
  solver ??= loadHighsSolver({ wasmUrl });
  solver.then(
    (solve) => {
      try {
        scope.postMessage({
          id,
          kind: "result",
          mixes: searchMixes(scenario, catalog, solve, () => performance.now()),
        });
      } catch (error) {
        scope.postMessage({ id, kind: "failed", stage: "search", message: messageOf(error) });
      }
    },
    (error: unknown) => {
      solver = null;
      scope.postMessage({ id, kind: "failed", stage: "solver", message: messageOf(error) });
    },
  );
};

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
