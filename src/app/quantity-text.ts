/**
 * CPU and memory as the site's fields take them: in Kubernetes' own units, read by the core's
 * quantity parser (`kubeCpuMillicores`, `kubeMemoryMiB`), and written back in Kubernetes' canonical
 * form (`kubeCpuQuantity`, `kubeMemoryQuantity`) when a field is left.
 *
 * - CPU: `500m`, `0.5` or `2`. A bare number is cores, as in a manifest; shown as whole cores (`2`)
 *   or millicores (`0.5` → `500m`, `1.5` → `1500m`).
 * - Memory: `512Mi`, `1Gi`, `1G` (10⁹ bytes, 954 MiB rounded up) or a bare number of MiB, the
 *   scenario's unit, so a number typed before the fields took units keeps its meaning; shown in the
 *   largest binary unit that holds it whole (`1024` → `1Gi`, `1536` → `1536Mi`).
 */
import { kubeCpuMillicores, kubeCpuQuantity, kubeMemoryMiB, kubeMemoryQuantity } from "eksize";

/** The resources a quantity field can hold. */
export type QuantityKind = "cpu" | "memory";

interface QuantityUnit {
  /** The amount in the scenario's unit (millicores, MiB), or null when the text is not a quantity. */
  readonly read: (text: string) => number | null;
  /** The amount in Kubernetes' canonical form. */
  readonly write: (amount: number) => string;
}

/** How each kind of quantity is read and written. */
export const QUANTITY_UNITS: Readonly<Record<QuantityKind, QuantityUnit>> = {
  cpu: { read: (text) => kubeCpuMillicores(text), write: kubeCpuQuantity },
  memory: { read: (text) => kubeMemoryMiB(text, "MiB"), write: kubeMemoryQuantity },
};

/**
 * A typed quantity as the scenario document takes it: millicores or MiB when the text is a
 * quantity, else the text itself, which the schema then reports at the field's path.
 *
 * @example quantityOrText("cpu", "0.5") // 500
 * @example quantityOrText("memory", "1Gi") // 1024
 * @example quantityOrText("memory", "12x") // "12x"
 */
export function quantityOrText(kind: QuantityKind, text: string): number | string {
  return QUANTITY_UNITS[kind].read(text) ?? text;
}

/**
 * The text a field shows once it is left: the canonical form of a quantity, or the text as typed
 * when it is not one (so a mistake stays in view to be fixed).
 *
 * @example normalisedQuantity("cpu", "0.5") // "500m"
 * @example normalisedQuantity("memory", "1024") // "1Gi"
 */
export function normalisedQuantity(kind: QuantityKind, text: string): string {
  const amount = QUANTITY_UNITS[kind].read(text);
  return amount === null ? text : QUANTITY_UNITS[kind].write(amount);
}

/** The bare CPU number from which a field asks whether millicores were meant (few pods ask for 20 cores). */
const BARE_CORES_WARNING = 20;

/**
 * The cores a CPU text asks for when it is a bare number of 20 or more: most likely millicores
 * typed the old way (`250` for 250m), which the field warns about; null otherwise.
 *
 * @example bareCores("250") // 250
 * @example bareCores("250m") // null
 */
export function bareCores(text: string): number | null {
  const trimmed = text.trim();
  if (!/^\d+(\.\d*)?$/.test(trimmed)) return null;
  const cores = Number(trimmed);
  return cores >= BARE_CORES_WARNING ? cores : null;
}
