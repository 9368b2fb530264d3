import { EksizeError, type CoreIssue, type Result } from "../errors.js";
import { ADDRESSES_PER_PREFIX } from "../nodes/max-pods.js";

/** An IPv4 CIDR block, checked: no bits set after the prefix. */
export interface Ipv4Cidr {
  /** The first address as an unsigned 32-bit number. */
  readonly network: number;
  /** Prefix length, 0 to 32. */
  readonly prefixLength: number;
  /** The canonical text, e.g. `10.0.0.0/24`. */
  readonly text: string;
}

/** Addresses AWS reserves in every subnet: the first four and the last (Amazon VPC user guide, "Subnet CIDR blocks"). */
export const AWS_RESERVED_ADDRESSES_PER_SUBNET = 5;

/** The largest subnet AWS allows: a /16 (Amazon VPC user guide, "Subnet sizing"). */
export const LARGEST_SUBNET_PREFIX_LENGTH = 16;

/** The smallest subnet AWS allows: a /28, 16 addresses of which 11 are usable. */
export const SMALLEST_SUBNET_PREFIX_LENGTH = 28;

/**
 * Reads an IPv4 CIDR the way AWS subnets are written, `a.b.c.d/n`, and checks it: four decimal numbers
 * of at most 255 without leading zeros, a prefix length within the given bounds (an AWS subnet's, /16 to
 * /28, by default), and no bits set after the prefix. Surrounding whitespace is ignored.
 *
 * @returns the CIDR, or one coded issue: `cidr-syntax`, `cidr-octet-out-of-range`,
 *   `cidr-prefix-out-of-range`, `cidr-host-bits-set` (with the network that was probably meant).
 * @example
 * checkCidr("10.0.0.0/19")  // { ok: true, value: { network: 167772160, prefixLength: 19, text: "10.0.0.0/19" } }
 * checkCidr("10.0.1.0/16")  // { ok: false, issues: [{ code: "cidr-host-bits-set", params: { value: "10.0.1.0/16", network: "10.0.0.0/16" } }] }
 */
export function checkCidr(
  text: string,
  bounds: { readonly minimum: number; readonly maximum: number } = {
    minimum: LARGEST_SUBNET_PREFIX_LENGTH,
    maximum: SMALLEST_SUBNET_PREFIX_LENGTH,
  },
): Result<Ipv4Cidr> {
  const refuse = (issue: CoreIssue): Result<Ipv4Cidr> => ({ ok: false, issues: [issue] });
  const match = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\/(\d{1,3})$/.exec(text.trim());
  const parts = match?.slice(1) ?? [];
  if (parts.length !== 5 || parts.some((part) => part.length > 1 && part.startsWith("0"))) {
    return refuse({ code: "cidr-syntax", params: { value: text } });
  }
  const [a, b, c, d, length] = parts.map(Number) as [number, number, number, number, number];
  const octets = [a, b, c, d];
  const high = octets.findIndex((octet) => octet > 255);
  if (high >= 0) {
    return refuse({
      code: "cidr-octet-out-of-range",
      params: { value: text, octet: high + 1, received: octets[high]! },
    });
  }
  if (length < bounds.minimum || length > bounds.maximum) {
    const params = { value: text, prefixLength: length, minimum: bounds.minimum, maximum: bounds.maximum };
    return refuse({ code: "cidr-prefix-out-of-range", params });
  }
  const address = (((a << 24) >>> 0) + (b << 16) + (c << 8) + d) >>> 0;
  const network = (address & prefixMask(length)) >>> 0;
  if (network !== address) {
    return refuse({ code: "cidr-host-bits-set", params: { value: text, network: formatCidr(network, length) } });
  }
  return { ok: true, value: { network, prefixLength: length, text: formatCidr(network, length) } };
}

/**
 * {@link checkCidr} that throws: the CIDR, or an {@link EksizeError} with the issue.
 *
 * @example parseCidr("10.0.0.0/19").prefixLength // 19
 */
export function parseCidr(text: string): Ipv4Cidr {
  const checked = checkCidr(text);
  if (!checked.ok) throw new EksizeError(checked.issues[0]!);
  return checked.value;
}

/** `a.b.c.d/n` for a network number (unsigned 32-bit) and a prefix length. */
export function formatCidr(network: number, prefixLength: number): string {
  const octets = [24, 16, 8, 0].map((shift) => (network >>> shift) & 255);
  return `${octets.join(".")}/${prefixLength}`;
}

/** Addresses in a CIDR of this prefix length: 2^(32 − length). */
export function cidrSize(prefixLength: number): number {
  return 2 ** (32 - prefixLength);
}

/** Addresses an AWS subnet of this prefix length offers: its size less the 5 AWS reserves (/28: 11, /24: 251). */
export function usableAddresses(prefixLength: number): number {
  return Math.max(0, cidrSize(prefixLength) - AWS_RESERVED_ADDRESSES_PER_SUBNET);
}

/**
 * Aligned /28 blocks of an AWS subnet that can become prefixes: every block but the first (it holds
 * the network address and the three AWS reserves after it) and the last (the broadcast address). A /26
 * has 2, a /24 14, a /28 or /27 none.
 */
export function prefixBlocks(prefixLength: number): number {
  return Math.max(0, cidrSize(prefixLength) / ADDRESSES_PER_PREFIX - 2);
}

/** Whether two CIDR blocks share an address. */
export function cidrsOverlap(a: Ipv4Cidr, b: Ipv4Cidr): boolean {
  const shorter = Math.min(a.prefixLength, b.prefixLength);
  const mask = prefixMask(shorter);
  return (a.network & mask) >>> 0 === (b.network & mask) >>> 0;
}

/**
 * The longest prefix length (the smallest AWS subnet) that offers `addresses` usable addresses, and,
 * with prefix delegation, `prefixes` whole /28 blocks besides `singles` single addresses (those may
 * share the first and last blocks with the AWS reserves: 27 addresses). Null when even a /16 is too small.
 *
 * @example
 * smallestSubnet(100)                          // 25: 128 − 5 = 123 usable
 * smallestSubnet(99, { prefixes: 6, singles: 3 }) // 25: 8 blocks, 6 of them whole
 */
export function smallestSubnet(
  addresses: number,
  delegated: { readonly prefixes: number; readonly singles: number } = { prefixes: 0, singles: 0 },
): number | null {
  for (let length = SMALLEST_SUBNET_PREFIX_LENGTH; length >= LARGEST_SUBNET_PREFIX_LENGTH; length--) {
    const sharedBlocks = 2 * ADDRESSES_PER_PREFIX - AWS_RESERVED_ADDRESSES_PER_SUBNET;
    const blocksNeeded =
      delegated.prefixes + Math.ceil(Math.max(0, delegated.singles - sharedBlocks) / ADDRESSES_PER_PREFIX);
    const fitsBlocks = delegated.prefixes === 0 || prefixBlocks(length) >= blocksNeeded;
    if (usableAddresses(length) >= addresses && fitsBlocks) return length;
  }
  return null;
}

function prefixMask(length: number): number {
  return length === 0 ? 0 : (0xffffffff << (32 - length)) >>> 0;
}
