/** How the `eksize` command reads the files named on its command line. */
import { readFileSync } from "node:fs";
import { UsageError } from "./io.js";

/**
 * A file's text; `-` is standard input, so kubectl's output can be piped in. Null when there is no
 * such file (the commands then say so, or read the argument as a share link); a {@link UsageError}
 * (exit 2) for a folder, such as the one `kubectl cluster-info dump --output-directory` writes, whose
 * files are to be given one by one. Other read errors throw.
 */
export function readFileText(path: string): string | null {
  try {
    return readFileSync(path === "-" ? 0 : path, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "EISDIR") throw new UsageError(`${path} is a folder, not a file: give one of the JSON files in it`);
    if (code === "ENOENT" || code === "ENAMETOOLONG") return null;
    throw error;
  }
}
