/**
 * The kubectl import's worker: tens of megabytes of JSON are parsed here, off the page's thread, so
 * the page keeps responding (and can cancel by ending the worker).
 */
import { runImportJob, type ImportRequest, type WorkerAnswer } from "./import-job.js";

/** The worker's side of the messaging: the DOM typings describe a window, whose postMessage differs. */
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ImportRequest>) => void) | null;
  postMessage: (answer: WorkerAnswer) => void;
};

scope.onmessage = (event) => {
  // A file that cannot be read, or memory that runs out, must reach the page too: it waits for an answer.
  runImportJob(event.data).then(
    (result) => {
      scope.postMessage({ kind: "result", result });
    },
    (error: unknown) => {
      scope.postMessage({ kind: "failed", message: error instanceof Error ? error.message : String(error) });
    },
  );
};
