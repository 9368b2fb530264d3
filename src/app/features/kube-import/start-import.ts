/**
 * Starts a kubectl import in a Web Worker, so the page never freezes on a large cluster; where the
 * browser (or the test environment) has no Worker, it runs on the page after the current event.
 */
import type { KubeImport, Result } from "eksize";
import { runImportJob, type ImportRequest } from "./import-job.js";

/** A running import: its result, and how to stop it (the result then never comes). */
export interface RunningImport {
  readonly result: Promise<Result<KubeImport>>;
  readonly cancel: () => void;
}

/** Starts `request`; each call has its own worker, ended when the result arrives or on cancel. */
export function startImport(request: ImportRequest): RunningImport {
  if (typeof Worker === "undefined") {
    let cancelled = false;
    const result = new Promise<Result<KubeImport>>((resolve) => {
      setTimeout(() => {
        if (!cancelled) void runImportJob(request).then(resolve);
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
    worker.onmessage = (event: MessageEvent<Result<KubeImport>>) => {
      worker.terminate();
      resolve(event.data);
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
