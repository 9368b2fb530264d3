import { readFileText } from "../../src/cli/read-file.js";
import { run } from "../../src/cli/run.js";

/** What a command line printed and returned. */
export interface CliResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the command line in-process, reading real files as `eksize` does, and collects its output. */
export async function cli(...args: string[]): Promise<CliResult> {
  let stdout = "";
  let stderr = "";
  const code = await run(args, {
    out: (text) => {
      stdout += text;
    },
    err: (text) => {
      stderr += text;
    },
    readFile: readFileText,
  });
  return { code, stdout, stderr };
}
