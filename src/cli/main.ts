#!/usr/bin/env node
/** The `eksize` executable: the command line with the process's arguments, streams and files. */
import { readFileText } from "./read-file.js";
import { run } from "./run.js";

// A reader that stops early (`eksize plan … | head`) closes the pipe: stop writing, as Unix tools do.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code !== "EPIPE") throw error;
  process.exit(process.exitCode ?? 0);
});

process.exitCode = await run(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  readFile: readFileText,
});
