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

/** An exact non-negative rational: `numerator / denominator`. */
interface Fraction {
  readonly numerator: bigint;
  readonly denominator: bigint;
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
  if (binary !== undefined) exponent2 = 10 * binary;
  else if (suffix.length > 1) exponent10 += Number(suffix.slice(1));
  else exponent10 += DECIMAL[suffix] ?? 0;
  // Beyond 10^±40 nothing is a plausible request; refusing keeps the BigInt work small.
  if (Math.abs(exponent10) > 40) return null;
  let numerator = BigInt(whole + fraction) << BigInt(exponent2);
  let denominator = 1n;
  if (exponent10 >= 0) numerator *= 10n ** BigInt(exponent10);
  else denominator = 10n ** BigInt(-exponent10);
  return { numerator, denominator };
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

/**
 * A memory quantity in whole MiB (2²⁰ bytes), rounded up. Null when it is not a quantity, negative,
 * or absurdly large.
 *
 * @example memoryMiB("512Mi") // 512
 * @example memoryMiB("1Gi") // 1024
 * @example memoryMiB("1G") // 954 (10⁹ bytes = 953.67 MiB)
 * @example memoryMiB("100Ki") // 1
 */
export function memoryMiB(value: unknown): number | null {
  const text = quantityText(value);
  const fraction = text === null ? null : parseFraction(text);
  return fraction === null ? null : ceilScaled(fraction, 1n, 1n << 20n);
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
