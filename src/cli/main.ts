#!/usr/bin/env node
/** The `eksize` executable: the command line with the process's arguments, streams and files. */
import { readFileText } from "./read-file.js";
import { run } from "./run.js";

process.exitCode = run(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  readFile: readFileText,
});
