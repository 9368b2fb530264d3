/**
 * The kubectl import's worker: tens of megabytes of JSON are parsed here, off the page's thread, so
 * the page keeps responding (and can cancel by ending the worker).
 */
import type { KubeImport, Result } from "eksize";
import { runImportJob, type ImportRequest } from "./import-job.js";

/** The worker's side of the messaging: the DOM typings describe a window, whose postMessage differs. */
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ImportRequest>) => void) | null;
  postMessage: (result: Result<KubeImport>) => void;
};

scope.onmessage = (event) => {
  void runImportJob(event.data).then((result) => {
    scope.postMessage(result);
  });
};
