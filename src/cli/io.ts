/**
 * What a command reads and writes, injected so that tests drive the commands without a process:
 * the answer goes to `out` (stdout), everything else to `err` (stderr).
 */
export interface Io {
  /** Writes to standard output. */
  readonly out: (text: string) => void;
  /** Writes to standard error. */
  readonly err: (text: string) => void;
  /** A file's text, or null when there is no such file (other read errors throw; a folder is a `UsageError`). */
  readonly readFile: (path: string) => string | null;
}

/** Exit codes: 0 done; 1 the answer is "no" (`plan`: pods that cannot run); 2 bad input or usage. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

/** A usage or input error: its message goes to stderr and the process exits 2. */
export class UsageError extends Error {
  override readonly name = "UsageError";
}
