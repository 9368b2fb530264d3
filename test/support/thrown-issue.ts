import { EksizeError, type CoreIssue } from "eksize";

/** The issue of the EksizeError `run` throws; undefined when it throws none (any other error is rethrown). */
export function thrownIssue(run: () => unknown): CoreIssue | undefined {
  try {
    run();
  } catch (error) {
    if (error instanceof EksizeError) return error.issue;
    throw error;
  }
  return undefined;
}
