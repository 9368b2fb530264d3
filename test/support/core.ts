import { EksizeError, type InstanceType } from "eksize";
import { getInstanceType } from "eksize/data";

/** A dataset record that the test needs to exist. */
export function instance(name: string): InstanceType {
  const found = getInstanceType(name);
  if (!found) throw new Error(`${name} is not in the dataset`);
  return found;
}

/** The code of the EksizeError that `run` throws, or undefined when it returns. */
export function errorCode(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    if (error instanceof EksizeError) return error.issue.code;
    throw error;
  }
  return undefined;
}
