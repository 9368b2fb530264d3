import { inflateRawSync } from "node:zlib";
import { expect } from "vitest";
import { FORMAT_2_DICTIONARY } from "../../src/core/scenario/share-dictionary.js";

/**
 * The JSON payload inside a token `encodeScenario` wrote (format 2), read with Node's own zlib: raw
 * DEFLATE (RFC 1951) with the format's preset dictionary, the 4-byte Adler-32 after it left aside.
 */
export function tokenPayload(token: string): unknown {
  expect(token.startsWith("2."), token.slice(0, 10)).toBe(true);
  const bytes = Buffer.from(token.slice(2), "base64url").subarray(0, -4);
  return JSON.parse(inflateRawSync(bytes, { dictionary: Buffer.from(FORMAT_2_DICTIONARY) }).toString("utf8"));
}
