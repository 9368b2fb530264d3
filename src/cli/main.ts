#!/usr/bin/env node
/** The `eksize` executable: the command line with the process's arguments, streams and files. */
import { readFileSync } from "node:fs";
import { run } from "./run.js";

/** A file's text; `-` is standard input, so kubectl's output can be piped in. */
function readFile(path: string): string | null {
  try {
    return readFileSync(path === "-" ? 0 : path, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENAMETOOLONG" || code === "EISDIR") return null;
    throw error;
  }
}

// A reader that stops early (`eksize plan … | head`) closes the pipe: stop writing, as Unix tools do.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code !== "EPIPE") throw error;
  process.exit(process.exitCode ?? 0);
});

process.exitCode = run(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  readFile,
});
