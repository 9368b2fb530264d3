import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { loadRegionNames, REGION_NAMES_EN, regionLabel } from "../../src/present/region-names.js";
import { REGION_NAMES_KO } from "../../src/present/region-names-ko.js";

// The dataset's own file, not the tests' fixed prices (which hold seven regions).
const prices = JSON.parse(readFileSync(new URL("../../data/prices.json", import.meta.url), "utf8")) as {
  regions: Record<string, unknown>;
};

describe("region names", () => {
  test("every region with prices has a name in English and Korean, and no name is for a region without prices", () => {
    const codes = Object.keys(prices.regions).sort();
    expect(Object.keys(REGION_NAMES_EN).sort()).toEqual(codes);
    expect(Object.keys(REGION_NAMES_KO).sort()).toEqual(codes);
    for (const code of codes) {
      expect(REGION_NAMES_EN[code], code).toMatch(/^[A-Z][\w .-]+ ?\([^)]+\)$/);
      expect(REGION_NAMES_KO[code], code).toMatch(/^[^()]+\([^)]+\)$/);
    }
  });

  test("a region is its name and its code, the Korean name as the Korean console writes it", async () => {
    await loadRegionNames("ko");
    expect(regionLabel("en", "ap-northeast-2")).toBe("Asia Pacific (Seoul), ap-northeast-2");
    expect(regionLabel("ko", "ap-northeast-2")).toBe("아시아 태평양(서울), ap-northeast-2");
    expect(regionLabel("en", "us-east-1")).toBe("US East (N. Virginia), us-east-1");
    expect(regionLabel("ko", "us-gov-west-1")).toBe("AWS GovCloud(미국 서부), us-gov-west-1");
  });

  test("a code without a name shows as the code", () => {
    expect(regionLabel("en", "xx-test-1")).toBe("xx-test-1");
  });
});
