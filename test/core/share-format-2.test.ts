import { createHash } from "node:crypto";
import { deflateRawSync, deflateSync, inflateRawSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { decodeScenario, defaultScenario, encodeScenario, type CoreIssue } from "eksize";
import { FORMAT_2_DICTIONARY } from "../../src/core/scenario/share-dictionary.js";
import { typicalImportedScenario } from "../support/imported-cluster.js";

// Format 2 (src/core/scenario/share.ts): `2.<base64url(raw DEFLATE against FORMAT_2_DICTIONARY ‖ Adler-32)>`.
// Format 1's tests, and the round trip of generated scenarios through format 2, are in share.test.ts.

const DICTIONARY = Buffer.from(FORMAT_2_DICTIONARY, "utf8");

/** A format-2 token made by Node's own zlib around any bytes: how a damaged or hand-made link looks. */
function format2(payload: string | Uint8Array, dictionary: Uint8Array = DICTIONARY): string {
  const bytes = typeof payload === "string" ? Buffer.from(payload, "utf8") : payload;
  // A zlib stream (RFC 1950) ends with the Adler-32 of its data, big-endian: format 2's trailer.
  const adler32 = deflateSync(bytes).subarray(-4);
  return `2.${Buffer.concat([deflateRawSync(bytes, { level: 9, dictionary }), adler32]).toString("base64url")}`;
}

function issuesOf(text: string): readonly CoreIssue[] {
  const result = decodeScenario(text);
  return result.ok ? [] : result.issues;
}

const corrupt = (stage: string) => [{ code: "link-corrupt", params: { stage } }];
const smallest = { s: { version: 1, region: "eu-west-1" } };

describe("the format-2 dictionary", () => {
  it("never changes: every format-2 link ever made is compressed against these exact 1,024 bytes", () => {
    expect(DICTIONARY.length).toBe(1024);
    expect(createHash("sha256").update(DICTIONARY).digest("hex")).toBe(
      "e500b6698c2d62dba37f5cafb2bda1969143197244e0a1f308e19f16b55e5605",
    );
  });
});

describe("format 2 is plain RFC 1951 with a preset dictionary, then the Adler-32", () => {
  it("Node's zlib reads what encodeScenario writes", () => {
    const token = encodeScenario(defaultScenario, { dataDate: "2025-06-15" });
    expect(token).toMatch(/^2\.[A-Za-z0-9_-]+$/);
    const bytes = Buffer.from(token.slice(2), "base64url");
    const json = inflateRawSync(bytes.subarray(0, -4), { dictionary: DICTIONARY });
    expect(bytes.subarray(-4)).toEqual(deflateSync(json).subarray(-4));
    expect(JSON.parse(json.toString("utf8"))).toMatchObject({
      s: { version: 1, name: "Online shop, production" },
      d: "2025-06-15",
    });
  });

  it("decodeScenario reads what Node's zlib writes", () => {
    expect(decodeScenario(format2(JSON.stringify({ ...smallest, d: "2025-06" })))).toMatchObject({
      ok: true,
      scenario: { version: 1, region: "eu-west-1", workloads: [] },
      dataDate: "2025-06",
    });
  });
});

describe("format-2 tokens are short", () => {
  it("a typical imported cluster (43 workloads, 6 DaemonSets) takes a third fewer characters than in format 1", () => {
    const scenario = typicalImportedScenario();
    expect([scenario.workloads.length, scenario.daemonSets.length]).toEqual([43, 6]);
    const token = encodeScenario(scenario);
    // Format 1 made it 1,246 characters; format 2, 824. A change means the encoding changed.
    expect(token.length).toBe(824);
    expect(decodeScenario(token)).toEqual({ ok: true, scenario, dataDate: null });
  });
});

describe("decodeScenario says what is wrong with a format-2 token", () => {
  const valid = encodeScenario(defaultScenario);
  const bytes = Buffer.from(valid.slice(2), "base64url");
  const withByte = (index: number, value: number) => {
    const copy = Buffer.from(bytes);
    copy[index < 0 ? copy.length + index : index] = value;
    return `2.${copy.toString("base64url")}`;
  };

  it("link-malformed: a body that is not base64url", () => {
    for (const text of ["2.7VZL*DoI", "2.7VZL DoI", "2.7VZL+DoI/", "2.7VZLD", `2.${valid.slice(2, 40)}=x`]) {
      expect(issuesOf(text), text).toEqual([{ code: "link-malformed", params: { reason: "not-base64url" } }]);
    }
  });

  it("link-corrupt: nothing after the format, too short, cut short, or changed", () => {
    expect(issuesOf("2.")).toEqual(corrupt("inflate"));
    expect(issuesOf("2.AAAA")).toEqual(corrupt("inflate"));
    // A DEFLATE block of the reserved type 3.
    expect(issuesOf(`2.${Buffer.from([0xff, 0xff, 0, 0, 0, 0]).toString("base64url")}`)).toEqual(corrupt("inflate"));
    // Cut short: the stream ends early.
    expect(issuesOf(`2.${bytes.subarray(0, 100).toString("base64url")}`)).toEqual(corrupt("inflate"));
    // Cut short by 1 to 40 bytes: the stream stops early (inflate) or ends without its whole
    // checksum (checksum), by where the cut falls; either way the link is corrupt.
    for (let cut = 1; cut <= 40; cut += 1) {
      const issues = issuesOf(`2.${bytes.subarray(0, bytes.length - cut).toString("base64url")}`);
      expect(issues.map((issue) => issue.code)).toEqual(["link-corrupt"]);
    }
    // The checksum changed.
    expect(issuesOf(withByte(-1, bytes.at(-1)! ^ 1))).toEqual(corrupt("checksum"));
    // A bit of the stream changed: it breaks the stream (inflate), or inflates to other text than
    // the checksum is of (checksum); never to another scenario.
    for (let offset = -5; offset >= -40; offset -= 1) {
      const issues = issuesOf(withByte(offset, bytes.at(offset)! ^ 0x10));
      expect(issues.map((issue) => issue.code)).toEqual(["link-corrupt"]);
    }
  });

  it("link-corrupt: compressed against another dictionary, or in another format under `2.`", () => {
    const json = JSON.stringify({
      s: { ...smallest.s, daemonSets: [{ name: "aws-node", cpuMillicores: 25, memoryMiB: 0 }] },
    });
    // A dictionary of the same length with other words: the token refers to "aws-node" where the
    // decoder's dictionary has "aws-cni1", so it inflates to other text than its checksum is of.
    const other = Buffer.from(FORMAT_2_DICTIONARY.replace("aws-node", "aws-cni1"));
    expect(issuesOf(format2(json.replace("aws-node", "aws-cni1"), other))).toEqual(corrupt("checksum"));
    // A longer dictionary (100 bytes after it): every reference into it lands elsewhere.
    expect(issuesOf(format2(json, Buffer.concat([DICTIONARY, Buffer.alloc(100, "~")])))).toEqual(corrupt("checksum"));
    // No dictionary at all: nothing refers to one, so the token still opens.
    expect(issuesOf(format2(json, new Uint8Array(0)))).toEqual([]);
    // Format 1's zlib stream under `2.`, and format 2's stream under `1.`.
    expect(issuesOf(`2.${deflateSync(json).toString("base64url")}`)).toEqual(corrupt("inflate"));
    expect(issuesOf(`1.${valid.slice(2)}`)).toEqual(corrupt("inflate"));
  });

  it("link-corrupt: the bytes inflate but are not a payload", () => {
    expect(issuesOf(format2(new Uint8Array([0x7b, 0xff, 0xfe, 0x7d])))).toEqual(corrupt("text"));
    expect(issuesOf(format2('{"s": {"version": 1,'))).toEqual(corrupt("json"));
    expect(issuesOf(format2(JSON.stringify({ ...smallest, x: 1 })))).toEqual(corrupt("payload"));
  });

  it("link-too-large: a bomb of zeros, or of the dictionary's own text, is refused after at most 1 MiB", () => {
    const zeros = format2(new Uint8Array(50 * 1024 * 1024));
    expect(zeros.length).toBeLessThan(100_000);
    expect(issuesOf(zeros)).toEqual([{ code: "link-too-large", params: { maximum: 1_048_576 } }]);
    // 1,100 copies of the dictionary: 1,126,400 bytes.
    const dictionaryBomb = format2(Buffer.concat(Array.from({ length: 1100 }, () => DICTIONARY)));
    expect(dictionaryBomb.length).toBeLessThan(10_000);
    expect(issuesOf(dictionaryBomb)).toEqual([{ code: "link-too-large", params: { maximum: 1_048_576 } }]);
  });

  it("gives validateScenario's issues, with their paths, for a scenario with bad values", () => {
    const payload = {
      s: { ...smallest.s, workloads: [{ name: "web", replicas: -1, cpuMillicores: 250, memoryMiB: 512 }] },
    };
    expect(issuesOf(format2(JSON.stringify(payload)))).toEqual([
      {
        code: "scenario-out-of-range",
        path: "workloads.0.replicas",
        params: { bound: "min", limit: 0, received: "-1" },
      },
    ]);
  });
});
