import { deflateSync, Inflate, strFromU8, strToU8 } from "fflate";
import { fail, type CoreIssue } from "../errors.js";
import type { Scenario } from "./scenario.js";
import { FORMAT_2_DICTIONARY } from "./share-dictionary.js";
import { validateScenario } from "./scenario-schema.js";

// ─────────────────────────────────────────────────────────────────────────────────────────────────
// THE WIRE FORMAT OF SHARE TOKENS MUST NEVER CHANGE.
//
// Format 1 (eksize 0.1.0 and 0.2.0): `1.<base64url(zlib(utf8(JSON payload)))>`
//   - base64url without padding (RFC 4648 §5);
//   - zlib (RFC 1950: 2-byte header, DEFLATE body per RFC 1951, Adler-32 of the JSON, big-endian);
//   - payload: `{ "s": <scenario, fields equal to their default left out>, "d"?: "<data date>" }`.
//
// Format 2 (the releases after 0.2.0; what `encodeScenario` writes): `2.<base64url(DEFLATE ‖ Adler-32)>`
//   - base64url without padding, as format 1;
//   - raw DEFLATE (RFC 1951, no zlib header) of the UTF-8 JSON, compressed with the preset
//     dictionary FORMAT_2_DICTIONARY (share-dictionary.ts: frozen, its SHA-256 pinned by the tests)
//     in the window before the data, then the Adler-32 of the JSON (4 bytes, big-endian);
//   - payload: exactly format 1's.
//   The dictionary takes the default scenario's token from 810 characters to under 400.
//
// Links made by every released eksize live in test/core/fixtures/links-v1.txt (format 1) and
// links-v2.txt (format 2) and must keep opening.
// A new layout gets a new number in FORMAT_DECODERS; the decoders of old numbers are kept forever.
// The scenario inside carries its own `version`, which `validateScenario` checks (and will migrate).
// ─────────────────────────────────────────────────────────────────────────────────────────────────

/** The token format `encodeScenario` writes. Older formats keep decoding; newer ones are refused. */
export const LINK_FORMAT_VERSION = 2;

/** The longest text `decodeScenario` reads, in characters (a default scenario's token is under 400). */
export const MAX_LINK_LENGTH = 100_000;

/** The most a token may expand to, in bytes of JSON: 1 MiB, far above the largest real scenario. */
export const MAX_PAYLOAD_BYTES = 1024 * 1024;

/** Options of {@link decodeScenario}. */
export interface DecodeOptions {
  /**
   * The longest text read, in characters; default {@link MAX_LINK_LENGTH}. A token kept somewhere
   * other than a link (the site keeps scenarios in the browser's storage as tokens) may allow more;
   * the expansion stays bounded by {@link MAX_PAYLOAD_BYTES} whatever this is.
   */
  readonly maxLength?: number;
}

/** What {@link decodeScenario} returns: the scenario and its data snapshot date, or what is wrong. */
export type DecodedScenario =
  | { readonly ok: true; readonly scenario: Scenario; readonly dataDate: string | null }
  | { readonly ok: false; readonly issues: readonly CoreIssue[] };

/** Options of {@link encodeScenario}. */
export interface EncodeOptions {
  /** The date of the data snapshot the scenario was planned with: `YYYY-MM-DD` or `YYYY-MM`. */
  readonly dataDate?: string;
}

const DATA_DATE = /^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/;

/**
 * Turns a scenario into a share token, `2.<base64url>`, for a link's hash (`#s=<token>`): the
 * scenario as JSON with every field equal to the default `validateScenario` fills left out,
 * DEFLATE compressed at level 9 against a preset dictionary of a scenario's words, with the JSON's
 * Adler-32 after it, base64url encoded (RFC 4648 §5, no padding). The token needs no URL escaping;
 * the default scenario's is 450 characters. The scenario is encoded as given; one that
 * `validateScenario` refuses decodes to the same issues. Throws an `EksizeError` (`invalid-option`) when `dataDate` is not `YYYY-MM-DD` or `YYYY-MM`.
 *
 * @example
 * const token = encodeScenario(defaultScenario, { dataDate: "2025-06-01" }) // "2.7VZL…"
 * const link = `https://eksize.example/#s=${token}`
 */
export function encodeScenario(scenario: Scenario, options: EncodeOptions = {}): string {
  const { dataDate } = options;
  if (dataDate !== undefined && !DATA_DATE.test(dataDate)) {
    fail("invalid-option", { option: "dataDate", value: dataDate, expected: "YYYY-MM-DD or YYYY-MM" });
  }
  const payload = dataDate === undefined ? { s: stripDefaults(scenario) } : { s: stripDefaults(scenario), d: dataDate };
  const json = strToU8(JSON.stringify(payload));
  const packed = deflateSync(json, { level: 9, dictionary: format2Dictionary() });
  const token = new Uint8Array(packed.length + 4);
  token.set(packed);
  new DataView(token.buffer).setUint32(packed.length, adler32(json));
  return `${LINK_FORMAT_VERSION}.${toBase64Url(token)}`;
}

/**
 * Reads a scenario from a share token or a whole link (`https://…/#s=2.…`, or `?s=` in the query),
 * of any format eksize has made (1 and 2).
 * It trims surrounding whitespace and undoes one extra layer of URL encoding (chat apps add one).
 * Nothing is thrown, and the work is bounded: a text over {@link MAX_LINK_LENGTH} characters (or
 * `options.maxLength`) is refused before any decoding, and expansion stops at {@link MAX_PAYLOAD_BYTES}.
 * A broken link gives a `link-*` issue; a scenario with bad values gives `validateScenario`'s issues,
 * with their paths.
 *
 * @example
 * decodeScenario(`https://eksize.example/#s=${encodeScenario(defaultScenario)}`)
 * // { ok: true, scenario: defaultScenario, dataDate: null }
 * decodeScenario("3.eNp…") // { ok: false, issues: [{ code: "link-version-too-new", params: { version: 3, supported: 2 } }] }
 */
export function decodeScenario(text: string, options: DecodeOptions = {}): DecodedScenario {
  const maximum = options.maxLength ?? MAX_LINK_LENGTH;
  if (text.length > maximum) return refuse("link-too-long", { length: text.length, maximum });
  let candidate = text.trim();
  for (let layer = 0; ; layer++) {
    const token = tokenOf(candidate);
    if (token === "") return refuse("link-empty", {});
    const prefix = /^(\d+)\./.exec(token);
    if (prefix) return decodeToken(Number(prefix[1]), token.slice(prefix[0].length));
    if (layer === 1) break;
    try {
      candidate = decodeURIComponent(candidate).trim();
    } catch {
      break;
    }
  }
  return refuse("link-malformed", { reason: "no-version" });
}

/** The value of the last `s=` parameter in a link's query or hash, or the whole text when it has none. */
function tokenOf(text: string): string {
  if (!/[#?]/.test(text)) return text;
  let token: string | undefined;
  for (const match of text.matchAll(/[#?&]s=([^&#\s]*)/g)) token = match[1];
  return token ?? text;
}

/** Decoders by token format. Never remove one: links made by released versions must keep opening. */
const FORMAT_DECODERS: Readonly<Record<number, (body: string) => DecodedScenario>> = {
  1: (body) => decodeBody(body, unzlib),
  2: (body) => decodeBody(body, unpackFormat2),
};

function decodeToken(version: number, body: string): DecodedScenario {
  const decoder = FORMAT_DECODERS[version];
  if (decoder) return decoder(body);
  if (version > LINK_FORMAT_VERSION) {
    return refuse("link-version-too-new", { version, supported: LINK_FORMAT_VERSION });
  }
  return refuse("link-malformed", { reason: "unknown-version" });
}

/** What unpacking a token's bytes gives: the JSON's bytes, or the stage that failed. */
type Unpacked = Uint8Array | "too-large" | "inflate" | "checksum";

/** The scenario in a token's base64url body, whose bytes `unpack` turns into the payload's JSON. */
function decodeBody(body: string, unpack: (bytes: Uint8Array) => Unpacked): DecodedScenario {
  const bytes = fromBase64Url(body.replace(/=+$/, ""));
  if (bytes === undefined) return refuse("link-malformed", { reason: "not-base64url" });
  const json = unpack(bytes);
  if (typeof json === "string") {
    return json === "too-large"
      ? refuse("link-too-large", { maximum: MAX_PAYLOAD_BYTES })
      : refuse("link-corrupt", { stage: json });
  }
  // Valid UTF-8 is exactly what survives decoding and encoding again unchanged.
  let text: string;
  try {
    text = strFromU8(json);
  } catch {
    return refuse("link-corrupt", { stage: "text" });
  }
  if (!sameBytes(strToU8(text), json)) return refuse("link-corrupt", { stage: "text" });
  let payload: unknown;
  try {
    payload = JSON.parse(text);
  } catch {
    return refuse("link-corrupt", { stage: "json" });
  }
  if (typeof payload !== "object" || payload === null || Array.isArray(payload)) {
    return refuse("link-corrupt", { stage: "payload" });
  }
  const { s, d, ...rest } = payload as { s?: unknown; d?: unknown };
  if (s === undefined || Object.keys(rest).length > 0 || (d !== undefined && !isDataDate(d))) {
    return refuse("link-corrupt", { stage: "payload" });
  }
  const result = validateScenario(s);
  if (!result.ok) return result;
  return { ok: true, scenario: result.value, dataDate: d ?? null };
}

function isDataDate(value: unknown): value is string {
  return typeof value === "string" && DATA_DATE.test(value);
}

function refuse<C extends CoreIssue["code"]>(
  code: C,
  params: Extract<CoreIssue, { code: C }>["params"],
): DecodedScenario {
  return { ok: false, issues: [{ code, params } as CoreIssue] };
}

/** Bytes of input inflated between two size checks; DEFLATE expands at most ~1,032 times (RFC 1951). */
const INFLATE_STEP = 1024;

/** Format 1's bytes: zlib (RFC 1950) without a preset dictionary. */
function unzlib(data: Uint8Array): Unpacked {
  const [cmf = 0, flg = 0] = data;
  // RFC 1950 §2.2: method 8 (DEFLATE), window ≤ 32 KiB, header a multiple of 31, no preset dictionary.
  if (data.length < 7 || (cmf & 15) !== 8 || cmf >> 4 > 7 || ((cmf << 8) | flg) % 31 !== 0 || flg & 32) {
    return "inflate";
  }
  return inflateChecked(data.subarray(2), undefined);
}

/** Format 2's bytes: raw DEFLATE against {@link FORMAT_2_DICTIONARY}, then the Adler-32. */
function unpackFormat2(data: Uint8Array): Unpacked {
  return data.length < 5 ? "inflate" : inflateChecked(data, format2Dictionary());
}

let cachedDictionary: Uint8Array | undefined;

/** {@link FORMAT_2_DICTIONARY} as bytes, made once. */
function format2Dictionary(): Uint8Array {
  cachedDictionary ??= strToU8(FORMAT_2_DICTIONARY);
  return cachedDictionary;
}

/**
 * Inflates DEFLATE data followed by the Adler-32 of what it holds (4 bytes, big-endian), with the
 * output bounded: input is fed in small steps and decoding stops as soon as the output passes
 * {@link MAX_PAYLOAD_BYTES}, so a compression bomb (a dictionary's matches included) costs at most
 * about 2 MiB of work. fflate checks no checksum, so it is checked here.
 */
function inflateChecked(data: Uint8Array, dictionary: Uint8Array | undefined): Unpacked {
  const body = data.subarray(0, -4);
  const chunks: Uint8Array[] = [];
  let size = 0;
  const inflater = new Inflate({ dictionary }, (chunk) => {
    size += chunk.length;
    if (size <= MAX_PAYLOAD_BYTES) chunks.push(chunk);
  });
  try {
    for (let at = 0; at < body.length && size <= MAX_PAYLOAD_BYTES; at += INFLATE_STEP) {
      const end = Math.min(at + INFLATE_STEP, body.length);
      inflater.push(body.subarray(at, end), end === body.length);
    }
  } catch {
    return "inflate";
  }
  if (size > MAX_PAYLOAD_BYTES) return "too-large";
  const output = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    output.set(chunk, offset);
    offset += chunk.length;
  }
  const trailer = data.subarray(-4);
  const expected = ((trailer[0]! << 24) | (trailer[1]! << 16) | (trailer[2]! << 8) | trailer[3]!) >>> 0;
  return adler32(output) === expected ? output : "checksum";
}

/** Adler-32 (RFC 1950 §8.2). */
function adler32(data: Uint8Array): number {
  let a = 1;
  let b = 0;
  for (let i = 0; i < data.length;) {
    // 5,552 bytes is the most that cannot overflow before the modulo (zlib's NMAX).
    for (const end = Math.min(i + 5552, data.length); i < end; i++) {
      a += data[i]!;
      b += a;
    }
    a %= 65521;
    b %= 65521;
  }
  return ((b << 16) | a) >>> 0;
}

function sameBytes(left: Uint8Array, right: Uint8Array): boolean {
  if (left.length !== right.length) return false;
  for (let i = 0; i < left.length; i++) if (left[i] !== right[i]) return false;
  return true;
}

const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/** base64url without padding (RFC 4648 §5). */
function toBase64Url(bytes: Uint8Array): string {
  let out = "";
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    out += ALPHABET[n >> 18]! + ALPHABET[(n >> 12) & 63]!;
    if (i + 1 < bytes.length) out += ALPHABET[(n >> 6) & 63]!;
    if (i + 2 < bytes.length) out += ALPHABET[n & 63]!;
  }
  return out;
}

/** The bytes of unpadded base64url text, or undefined when it is not base64url. */
function fromBase64Url(text: string): Uint8Array | undefined {
  if (text.length % 4 === 1) return undefined;
  const out = new Uint8Array(Math.floor((text.length * 3) / 4));
  let bits = 0;
  let value = 0;
  let at = 0;
  for (let i = 0; i < text.length; i++) {
    const digit = ALPHABET.indexOf(text.charAt(i));
    if (digit < 0) return undefined;
    value = ((value << 6) | digit) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[at++] = (value >> bits) & 255;
    }
  }
  return out;
}

interface Defaults {
  readonly scenario: Record<string, unknown>;
  readonly workloads: Record<string, unknown>;
  readonly daemonSets: Record<string, unknown>;
  readonly nodeGroups: Record<string, unknown>;
  readonly fargateProfiles: Record<string, unknown>;
  readonly network: Record<string, unknown>;
  readonly subnets: Record<string, unknown>;
}

let cachedDefaults: Defaults | undefined;

/**
 * The values `validateScenario` fills in for omitted fields, taken from the schema itself: a minimal
 * scenario with one minimal item in each list is validated, and whatever it gained is a default.
 */
function defaults(): Defaults {
  if (cachedDefaults) return cachedDefaults;
  const minimal = {
    version: 1,
    region: "us-east-1",
    workloads: [{ name: "w", replicas: 0, cpuMillicores: 0, memoryMiB: 0 }],
    daemonSets: [{ name: "d", cpuMillicores: 0, memoryMiB: 0 }],
    nodeGroups: [{ name: "g", instanceTypes: ["x"] }],
    fargateProfiles: [{ name: "f", workloads: [] }],
    network: { subnets: [{ availabilityZone: "a", cidr: "10.0.0.0/24" }] },
  };
  const filled = validateScenario(minimal);
  const required = { version: minimal.version, region: minimal.region };
  const empty = validateScenario(required);
  // Both are valid (the tests pin it); were they not, nothing would be left out and tokens would only be longer.
  const gained = (input: object, output: object | undefined): Record<string, unknown> =>
    Object.fromEntries(Object.entries(output ?? {}).filter(([key]) => !(key in input)));
  const item = (list: (typeof LISTS)[number]) =>
    gained(minimal[list][0]!, filled.ok ? filled.value[list][0] : undefined);
  cachedDefaults = {
    scenario: gained(required, empty.ok ? empty.value : undefined),
    workloads: item("workloads"),
    daemonSets: item("daemonSets"),
    nodeGroups: item("nodeGroups"),
    fargateProfiles: item("fargateProfiles"),
    network: gained(minimal.network, filled.ok ? filled.value.network : undefined),
    subnets: gained(minimal.network.subnets[0]!, filled.ok ? filled.value.network?.subnets[0] : undefined),
  };
  return cachedDefaults;
}

const LISTS = ["workloads", "daemonSets", "nodeGroups", "fargateProfiles"] as const;

/** The scenario without the fields `validateScenario` would fill in with the same value. */
function stripDefaults(scenario: Scenario): Record<string, unknown> {
  const known = defaults();
  const top = stripObject(scenario as unknown as Record<string, unknown>, known.scenario);
  for (const list of LISTS) {
    if (list in top) top[list] = scenario[list].map((item) => stripObject({ ...item }, known[list]));
  }
  // `network` has no default of its own (a scenario without it stays without it), so it is kept, with
  // only the fields inside it that differ from their defaults.
  if (scenario.network) {
    const network = stripObject({ ...scenario.network }, known.network);
    if ("subnets" in network) {
      network["subnets"] = scenario.network.subnets.map((subnet) => stripObject({ ...subnet }, known.subnets));
    }
    top["network"] = network;
  }
  return top;
}

/**
 * The fields of `value` that differ from `fallback`; a field whose default is an object keeps only
 * its own differing fields (every such object in the schema has all of its fields optional).
 */
function stripObject(value: Record<string, unknown>, fallback: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) {
    if (!(key in fallback)) {
      out[key] = field;
      continue;
    }
    const standard = fallback[key];
    if (deepEqual(field, standard)) continue;
    // A capacity is a variant whose fields are required, so it is kept whole; every other object
    // with a default (network, rootVolume, cluster and its parts) has all of its fields optional.
    out[key] = key !== "capacity" && isRecord(field) && isRecord(standard) ? stripObject(field, standard) : field;
  }
  return out;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function deepEqual(left: unknown, right: unknown): boolean {
  if (left === right) return true;
  if (Array.isArray(left) && Array.isArray(right)) {
    return left.length === right.length && left.every((item, index) => deepEqual(item, right[index]));
  }
  if (isRecord(left) && isRecord(right)) {
    const keys = Object.keys(left);
    return keys.length === Object.keys(right).length && keys.every((key) => deepEqual(left[key], right[key]));
  }
  return false;
}
