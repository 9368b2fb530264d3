import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  checkCidr,
  cidrSize,
  cidrsOverlap,
  EksizeError,
  formatCidr,
  parseCidr,
  prefixBlocks,
  smallestSubnet,
  usableAddresses,
} from "eksize";

// AWS subnet facts (Amazon VPC user guide, "Subnet CIDR blocks"): 5 reserved addresses per subnet,
// /16 the largest and /28 the smallest subnet.

describe("checkCidr", () => {
  it("reads AWS subnet CIDRs", () => {
    expect(checkCidr("10.0.0.0/19")).toEqual({
      ok: true,
      value: { network: 167_772_160, prefixLength: 19, text: "10.0.0.0/19" },
    });
    expect(checkCidr("  192.168.100.16/28 \n")).toEqual({
      ok: true,
      value: { network: 3_232_261_136, prefixLength: 28, text: "192.168.100.16/28" },
    });
    expect(checkCidr("255.255.0.0/16")).toMatchObject({ ok: true, value: { network: 4_294_901_760 } });
    expect(parseCidr("100.64.0.0/16").prefixLength).toBe(16);
  });

  it("cidr-syntax: anything that is not a.b.c.d/n with plain decimal numbers", () => {
    for (const value of [
      "",
      "10.0.0.0",
      "10.0.0/24",
      "10.0.0.0.0/24",
      "10.0.0.0/",
      "/24",
      "10.0.0.0/24/1",
      "10.0.0.a/24",
      "10.0.0.-1/24",
      "+10.0.0.0/24",
      "010.0.0.0/24",
      "10.0.00.0/24",
      "10.0.0.0/024",
      "10.0.0.0 /24",
      "10.0.0.0/2 4",
      "10.0.0.1000/24",
      "10.0.0.0/1000",
      "fd00::/64",
      "10,0,0,0/24",
    ]) {
      expect(checkCidr(value), value).toEqual({ ok: false, issues: [{ code: "cidr-syntax", params: { value } }] });
    }
  });

  it("cidr-octet-out-of-range: names the first octet above 255, counted from 1", () => {
    expect(checkCidr("256.0.0.0/16")).toEqual({
      ok: false,
      issues: [{ code: "cidr-octet-out-of-range", params: { value: "256.0.0.0/16", octet: 1, received: 256 } }],
    });
    expect(checkCidr("10.0.300.999/24")).toEqual({
      ok: false,
      issues: [{ code: "cidr-octet-out-of-range", params: { value: "10.0.300.999/24", octet: 3, received: 300 } }],
    });
  });

  it("cidr-prefix-out-of-range: an AWS subnet is /16 to /28", () => {
    for (const [value, prefixLength] of [
      ["10.0.0.0/15", 15],
      ["10.0.0.0/8", 8],
      ["0.0.0.0/0", 0],
      ["10.0.0.0/29", 29],
      ["10.0.0.0/32", 32],
      ["10.0.0.0/33", 33],
    ] as const) {
      expect(checkCidr(value), value).toEqual({
        ok: false,
        issues: [{ code: "cidr-prefix-out-of-range", params: { value, prefixLength, minimum: 16, maximum: 28 } }],
      });
    }
    expect(checkCidr("10.0.0.0/8", { minimum: 0, maximum: 32 }).ok).toBe(true);
  });

  it("cidr-host-bits-set: gives the network that was probably meant", () => {
    expect(checkCidr("10.0.1.0/16")).toEqual({
      ok: false,
      issues: [{ code: "cidr-host-bits-set", params: { value: "10.0.1.0/16", network: "10.0.0.0/16" } }],
    });
    expect(checkCidr("10.0.0.17/28")).toEqual({
      ok: false,
      issues: [{ code: "cidr-host-bits-set", params: { value: "10.0.0.17/28", network: "10.0.0.16/28" } }],
    });
    expect(checkCidr("192.168.1.130/25")).toMatchObject({
      issues: [{ params: { network: "192.168.1.128/25" } }],
    });
  });

  it("parseCidr throws the same coded issue", () => {
    try {
      parseCidr("10.0.0.1/24");
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(EksizeError);
      expect((error as EksizeError).issue).toEqual({
        code: "cidr-host-bits-set",
        params: { value: "10.0.0.1/24", network: "10.0.0.0/24" },
      });
    }
  });
});

describe("subnet sizes", () => {
  it("usable addresses are the size less the 5 AWS reserves", () => {
    expect(
      [28, 27, 26, 25, 24, 23, 22, 20, 19, 16].map((length) => [cidrSize(length), usableAddresses(length)]),
    ).toEqual([
      [16, 11],
      [32, 27],
      [64, 59],
      [128, 123],
      [256, 251],
      [512, 507],
      [1024, 1019],
      [4096, 4091],
      [8192, 8187],
      [65_536, 65_531],
    ]);
  });

  it("whole /28 blocks: every block but the first (network + 3 reserves) and the last (broadcast)", () => {
    expect([28, 27, 26, 25, 24, 22, 16].map(prefixBlocks)).toEqual([0, 0, 2, 6, 14, 62, 4094]);
  });

  it("formats and compares CIDRs", () => {
    expect(formatCidr(3_232_235_776, 24)).toBe("192.168.1.0/24");
    const wide = parseCidr("10.0.0.0/16");
    expect(cidrsOverlap(wide, parseCidr("10.0.128.0/17"))).toBe(true);
    expect(cidrsOverlap(parseCidr("10.0.128.0/17"), wide)).toBe(true);
    expect(cidrsOverlap(parseCidr("10.0.0.0/24"), parseCidr("10.0.1.0/24"))).toBe(false);
    expect(cidrsOverlap(parseCidr("10.1.0.0/16"), wide)).toBe(false);
  });

  it("smallestSubnet: the smallest subnet with the usable addresses", () => {
    expect(smallestSubnet(0)).toBe(28);
    expect(smallestSubnet(11)).toBe(28);
    expect(smallestSubnet(12)).toBe(27);
    expect(smallestSubnet(100)).toBe(25);
    expect(smallestSubnet(123)).toBe(25);
    expect(smallestSubnet(124)).toBe(24);
    expect(smallestSubnet(283)).toBe(23);
    expect(smallestSubnet(65_531)).toBe(16);
    expect(smallestSubnet(65_532)).toBeNull();
  });

  it("smallestSubnet with prefixes: whole /28 blocks besides the single addresses", () => {
    // 99 addresses fit a /25 (123 usable) and its 6 whole blocks hold the 6 prefixes; the 3 singles share
    // the first and last blocks with the AWS reserves (27 addresses there).
    expect(smallestSubnet(99, { prefixes: 6, singles: 3 })).toBe(25);
    // 7 prefixes need 7 whole blocks: a /25 has 6.
    expect(smallestSubnet(115, { prefixes: 7, singles: 3 })).toBe(24);
    // 8 prefixes and 10 singles (138 addresses): /24.
    expect(smallestSubnet(138, { prefixes: 8, singles: 10 })).toBe(24);
    // 1 prefix and 40 singles: 56 addresses fit a /26, but 40 singles spill 13 beyond the shared blocks, so
    // 1 + 1 blocks are needed; a /26 has 2.
    expect(smallestSubnet(56, { prefixes: 1, singles: 40 })).toBe(26);
    // 2 prefixes and 40 singles: 72 addresses → /25.
    expect(smallestSubnet(72, { prefixes: 2, singles: 40 })).toBe(25);
  });
});

describe("CIDR properties", () => {
  it("any a.b.c.d/n within bounds reads back to its canonical text, or says the host bits are set", () => {
    fc.assert(
      fc.property(fc.ipV4(), fc.integer({ min: 16, max: 28 }), (ip, length) => {
        const checked = checkCidr(`${ip}/${length}`);
        if (checked.ok) {
          expect(checked.value.text).toBe(`${ip}/${length}`);
        } else {
          const issue = checked.issues[0]!;
          expect(issue.code).toBe("cidr-host-bits-set");
          if (issue.code === "cidr-host-bits-set") expect(checkCidr(issue.params.network).ok).toBe(true);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it("any text gives a CIDR or exactly one coded issue, never a throw", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.stringMatching(/^[0-9./]{0,20}$/)), (text) => {
        const checked = checkCidr(text);
        if (!checked.ok) {
          expect(checked.issues).toHaveLength(1);
          expect(checked.issues[0]!.code).toMatch(/^cidr-/);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it("smallestSubnet always holds the demand, and the next smaller subnet does not", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 4000 }), fc.integer({ min: 0, max: 3000 }), (prefixes, singles) => {
        const addresses = prefixes * 16 + singles;
        const length = smallestSubnet(addresses, { prefixes, singles });
        const blocksNeeded = prefixes + Math.ceil(Math.max(0, singles - 27) / 16);
        const holds = (candidate: number) =>
          usableAddresses(candidate) >= addresses && (prefixes === 0 || prefixBlocks(candidate) >= blocksNeeded);
        if (length === null) {
          expect(holds(16)).toBe(false);
        } else {
          expect(holds(length)).toBe(true);
          if (length < 28) expect(holds(length + 1)).toBe(false);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
