/**
 * Kubernetes quantities (`"250m"`, `"1.5"`, `"512Mi"`, `"1G"`, `"1e3"`), read exactly, as the API
 * server's `resource.Quantity` does, then rounded up to eksize's units. Source: Kubernetes,
 * "Resource Management for Pods and Containers" (Meaning of CPU, Meaning of memory) and the
 * `k8s.io/apimachinery/pkg/api/resource` grammar:
 *
 * ```
 * <quantity> ::= <sign>? <digits> ( "." <digits>? )? <suffix> | <sign>? "." <digits> <suffix>
 * <suffix>   ::= "Ki" | "Mi" | "Gi" | "Ti" | "Pi" | "Ei" | "n" | "u" | "m" | "" | "k" | "M" | "G" | "T" | "P" | "E"
 *              | ("e" | "E") <sign>? <digits>
 * ```
 *
 * Negative quantities are refused (a request cannot be negative). The arithmetic is exact (BigInt
 * fractions), so `"0.1"` CPU is 100 millicores, never 100.00000000000001.
 */

/** An exact non-negative rational: `numerator / denominator`; `bare` when it was written without a suffix (`"512"`, `"1e3"`). */
interface Fraction {
  readonly numerator: bigint;
  readonly denominator: bigint;
  readonly bare: boolean;
}

/** Powers of 1024 of the binary suffixes (Ki = 1024¹ … Ei = 1024⁶). */
const BINARY: Record<string, number> = { Ki: 1, Mi: 2, Gi: 3, Ti: 4, Pi: 5, Ei: 6 };
/** Powers of 10 of the decimal suffixes (n = 10⁻⁹ … E = 10¹⁸). */
const DECIMAL: Record<string, number> = { n: -9, u: -6, m: -3, "": 0, k: 3, M: 6, G: 9, T: 12, P: 15, E: 18 };
const QUANTITY = /^\+?(\d*)(?:\.(\d*))?(Ki|Mi|Gi|Ti|Pi|Ei|[eE][+-]?\d+|[numkMGTPE]?)$/;
/** The longest quantity text read; far above any real one, and it bounds the BigInt work. */
const MAX_QUANTITY_LENGTH = 64;
/** The largest result returned; a larger one is refused as unreadable (no pod asks for it). */
const MAX_RESULT = Number.MAX_SAFE_INTEGER;

function parseFraction(text: string): Fraction | null {
  if (text.length === 0 || text.length > MAX_QUANTITY_LENGTH) return null;
  const match = QUANTITY.exec(text);
  if (match === null) return null;
  const whole = match[1] ?? "";
  const fraction = match[2] ?? "";
  const suffix = match[3] ?? "";
  if (whole === "" && fraction === "") return null;
  let exponent10 = -fraction.length;
  let exponent2 = 0;
  const binary = BINARY[suffix];
  const exponent = binary === undefined && suffix.length > 1;
  if (binary !== undefined) exponent2 = 10 * binary;
  else if (exponent) exponent10 += Number(suffix.slice(1));
  else exponent10 += DECIMAL[suffix] ?? 0;
  // Beyond 10^±40 nothing is a plausible request; refusing keeps the BigInt work small.
  if (Math.abs(exponent10) > 40) return null;
  let numerator = BigInt(whole + fraction) << BigInt(exponent2);
  let denominator = 1n;
  if (exponent10 >= 0) numerator *= 10n ** BigInt(exponent10);
  else denominator = 10n ** BigInt(-exponent10);
  return { numerator, denominator, bare: suffix === "" || exponent };
}

/** `⌈value × multiplier / divisor⌉` as a number, or null when it is beyond {@link MAX_RESULT}. */
function ceilScaled(value: Fraction, multiplier: bigint, divisor: bigint): number | null {
  const numerator = value.numerator * multiplier;
  const denominator = value.denominator * divisor;
  const result = (numerator + denominator - 1n) / denominator;
  return result > BigInt(MAX_RESULT) ? null : Number(result);
}

/** The text of a quantity as JSON gives it: a string, or (hand-written) a non-negative number. */
function quantityText(value: unknown): string | null {
  if (typeof value === "string") return value.trim();
  if (typeof value === "number" && Number.isFinite(value) && value >= 0) return String(value);
  return null;
}

/**
 * A CPU quantity in whole millicores, rounded up (the API server rounds CPU requests up to 1m too).
 * Null when it is not a quantity, negative, or absurdly large.
 *
 * @example cpuMillicores("250m") // 250
 * @example cpuMillicores("0.5") // 500
 * @example cpuMillicores("1e3") // 1000000
 * @example cpuMillicores("100u") // 1
 */
export function cpuMillicores(value: unknown): number | null {
  const text = quantityText(value);
  const fraction = text === null ? null : parseFraction(text);
  return fraction === null ? null : ceilScaled(fraction, 1000n, 1n);
}

/** What a number without a suffix counts in {@link memoryMiB}: bytes, as Kubernetes reads it, or MiB, eksize's unit. */
export type BareMemoryUnit = "bytes" | "MiB";

/**
 * A memory quantity in whole MiB (2²⁰ bytes), rounded up. Null when it is not a quantity, negative,
 * or absurdly large. A number without a suffix (`"512"`, `"1e3"`) is bytes, as in a manifest, unless
 * `bare` is `"MiB"`: the unit of eksize's scenarios, which a form field typed as a bare number keeps.
 *
 * @example memoryMiB("512Mi") // 512
 * @example memoryMiB("1Gi") // 1024
 * @example memoryMiB("1G") // 954 (10⁹ bytes = 953.67 MiB)
 * @example memoryMiB("100Ki") // 1
 * @example memoryMiB("1024", "MiB") // 1024 (but memoryMiB("1024") is 1: 1,024 bytes)
 */
export function memoryMiB(value: unknown, bare: BareMemoryUnit = "bytes"): number | null {
  const text = quantityText(value);
  const fraction = text === null ? null : parseFraction(text);
  if (fraction === null) return null;
  return ceilScaled(fraction, bare === "MiB" && fraction.bare ? 1n << 20n : 1n, 1n << 20n);
}

/**
 * Millicores written as Kubernetes writes a CPU quantity (its canonical form): whole cores as a
 * bare number, anything else in millicores.
 *
 * @example cpuQuantity(500) // "500m"
 * @example cpuQuantity(2000) // "2"
 * @example cpuQuantity(1500) // "1500m"
 */
export function cpuQuantity(millicores: number): string {
  return millicores % 1000 === 0 ? String(millicores / 1000) : `${millicores}m`;
}

/**
 * MiB written as Kubernetes writes a memory quantity given in binary units (its canonical form):
 * the largest of Ti, Gi and Mi that holds it whole.
 *
 * @example memoryQuantity(1024) // "1Gi"
 * @example memoryQuantity(1536) // "1536Mi"
 * @example memoryQuantity(0) // "0"
 */
export function memoryQuantity(mib: number): string {
  if (mib === 0) return "0";
  if (mib % 1_048_576 === 0) return `${mib / 1_048_576}Ti`;
  return mib % 1024 === 0 ? `${mib / 1024}Gi` : `${mib}Mi`;
}

/**
 * A count quantity (an extended resource such as `nvidia.com/gpu`), rounded up to a whole number.
 *
 * @example wholeQuantity("2") // 2
 */
export function wholeQuantity(value: unknown): number | null {
  const text = quantityText(value);
  const fraction = text === null ? null : parseFraction(text);
  return fraction === null ? null : ceilScaled(fraction, 1n, 1n);
}
