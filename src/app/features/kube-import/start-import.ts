/**
 * Starts a kubectl import in a Web Worker, so the page never freezes on a large cluster; where the
 * browser (or the test environment) has no Worker, it runs on the page after the current event.
 */
import type { KubeImport, Result } from "eksize";
import { runImportJob, type ImportRequest, type WorkerAnswer } from "./import-job.js";

/**
 * A running import: its result (rejected with the reason when the import could not run at all: a
 * file that cannot be read, memory exhausted, the worker's script not loading), and how to stop it
 * (the result then never settles).
 */
export interface RunningImport {
  readonly result: Promise<Result<KubeImport>>;
  readonly cancel: () => void;
}

/** Starts `request`; each call has its own worker, ended when the answer arrives, on failure or on cancel. */
export function startImport(request: ImportRequest): RunningImport {
  if (typeof Worker === "undefined") {
    let cancelled = false;
    const result = new Promise<Result<KubeImport>>((resolve, reject) => {
      setTimeout(() => {
        if (!cancelled) runImportJob(request).then(resolve, reject);
      }, 0);
    });
    return {
      result,
      cancel: () => {
        cancelled = true;
      },
    };
  }
  const worker = new Worker(new URL("./import-worker.ts", import.meta.url), { type: "module" });
  const result = new Promise<Result<KubeImport>>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<WorkerAnswer>) => {
      worker.terminate();
      if (event.data.kind === "result") resolve(event.data.result);
      else reject(new Error(event.data.message));
    };
    worker.onmessageerror = () => {
      worker.terminate();
      reject(new Error("the worker's answer could not be read"));
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(event.message));
    };
  });
  worker.postMessage(request);
  return {
    result,
    cancel: () => {
      worker.terminate();
    },
  };
}
