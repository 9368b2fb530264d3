import { readFileSync } from "node:fs";
import { run } from "../../src/cli/run.js";

/** What a command line printed and returned. */
export interface CliResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the command line in-process, reading real files, and collects its output. */
export function cli(...args: string[]): CliResult {
  let stdout = "";
  let stderr = "";
  const code = run(args, {
    out: (text) => {
      stdout += text;
    },
    err: (text) => {
      stderr += text;
    },
    readFile: (path) => {
      try {
        return readFileSync(path, "utf8");
      } catch {
        return null;
      }
    },
  });
  return { code, stdout, stderr };
}
