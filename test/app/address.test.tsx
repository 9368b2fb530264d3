/**
 * The site's address scheme (src/app/store/address.ts): routes beside the planner's `#s=…`, old
 * links read as the planner's, in-page targets not addresses at all; and the explorer's column ids
 * (src/present/explorer/column-ids.ts) are the table's.
 */
import { describe, expect, test } from "vitest";
import { createColumns } from "../../src/app/features/explorer/columns.js";
import { addressHash, paramValue, readAddress, withParam } from "../../src/app/store/address.js";
import { translatorFor } from "../../src/present/i18n/translate.js";
import { formattersFor } from "../../src/present/format.js";
import { EXPLORER_COLUMNS, UNSORTABLE_COLUMNS } from "../../src/present/explorer/column-ids.js";

describe("the site's addresses", () => {
  test("a page's route and parameters, values as written", () => {
    expect(readAddress("#/explorer?s=1.abc&sort=-maxPods&name=m5%20c7g")).toEqual({
      page: "explorer",
      params: [
        ["s", "1.abc"],
        ["sort", "-maxPods"],
        ["name", "m5%20c7g"],
      ],
    });
    expect(readAddress("#/network")).toEqual({ page: "network", params: [] });
    expect(readAddress("/scenarios/?s=1.abc")).toEqual({ page: "scenarios", params: [["s", "1.abc"]] });
    expect(readAddress("#/planner?s=1.abc")).toEqual({ page: "planner", params: [["s", "1.abc"]] });
  });

  test("a hash without a route is the planner's, as links made before routes are; an unknown route opens the planner", () => {
    expect(readAddress("#s=1.abc&lang=ko")).toEqual({
      page: "planner",
      params: [
        ["s", "1.abc"],
        ["lang", "ko"],
      ],
    });
    expect(readAddress("")).toEqual({ page: "planner", params: [] });
    expect(readAddress("#/pricing?s=1.abc")).toEqual({ page: "planner", params: [["s", "1.abc"]] });
  });

  test("an in-page target is not an address", () => {
    expect(readAddress("#planner-results")).toBeNull();
    expect(readAddress("#instance-table")).toBeNull();
  });

  test("hashes: the planner's without a route, none when it has no parameters", () => {
    expect(addressHash({ page: "planner", params: [["s", "1.abc"]] })).toBe("#s=1.abc");
    expect(addressHash({ page: "planner", params: [] })).toBe("");
    expect(addressHash({ page: "import", params: [] })).toBe("#/import");
    expect(
      addressHash({
        page: "explorer",
        params: [
          ["s", "1.abc"],
          ["region", "eu-west-1"],
        ],
      }),
    ).toBe("#/explorer?s=1.abc&region=eu-west-1");
  });

  test("a parameter is read, set in place, put first when new, and removed", () => {
    const params = [
      ["lang", "ko"],
      ["s", "1.old"],
    ] as const;
    expect(paramValue(params, "s")).toBe("1.old");
    expect(paramValue(params, "region")).toBeNull();
    expect(withParam(params, "s", "1.new")).toEqual([
      ["lang", "ko"],
      ["s", "1.new"],
    ]);
    expect(withParam([["lang", "ko"]], "s", "1.new")).toEqual([
      ["s", "1.new"],
      ["lang", "ko"],
    ]);
    expect(withParam(params, "s", null)).toEqual([["lang", "ko"]]);
  });
});

describe("the explorer's column ids", () => {
  test("are the table's columns, in order, and say which cannot be sorted", () => {
    const columns = createColumns({ t: translatorFor("en"), format: formattersFor("en"), region: "us-east-1" });
    const ids = columns.map((column) => column.id ?? ("accessorKey" in column ? column.accessorKey : undefined));
    expect(ids).toEqual([...EXPLORER_COLUMNS]);
    expect(ids.filter((_id, index) => columns[index]?.enableSorting === false)).toEqual([...UNSORTABLE_COLUMNS]);
  });
});
