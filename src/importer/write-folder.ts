import { mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { checkDataFiles } from "./schema.js";

/**
 * Writes a dataset's files (by file name, as text) into `folder`, all or nothing: the files are
 * checked against the schema first, then written beside their targets and renamed over them only
 * once every one is written.
 *
 * @throws when the files break the schema (each problem on its own line) or a write fails; `folder`
 * is then left as it was.
 */
export function writeDataFolder(folder: string, files: Readonly<Record<string, string>>): void {
  const problems = checkDataFiles(files);
  if (problems.length > 0)
    throw new Error(`the dataset breaks its schema, nothing was written:\n${problems.join("\n")}`);
  mkdirSync(folder, { recursive: true });
  const staged: [temporary: string, target: string][] = [];
  try {
    for (const [name, text] of Object.entries(files)) {
      const temporary = join(folder, `.${name}.partial`);
      staged.push([temporary, join(folder, name)]);
      writeFileSync(temporary, text);
    }
  } catch (error) {
    for (const [temporary] of staged) rmSync(temporary, { force: true });
    throw error;
  }
  for (const [temporary, target] of staged) renameSync(temporary, target);
}
