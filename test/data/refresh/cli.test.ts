import { describe, expect, it } from "vitest";
import { REQUIRED_PERMISSIONS } from "../../../src/importer/refresh/aws-clients.js";
import { parseRefreshArgs } from "../../../src/importer/refresh/cli-args.js";
import { refreshWith } from "./refresh-run.js";
import { SCRIPT } from "./scenario.js";

describe("data:refresh --help", () => {
  it("lists the APIs, the IAM actions and the exit codes, and asks AWS nothing", async () => {
    const run = await refreshWith(["--help"], SCRIPT);
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toMatch(/^Usage: npm run data:refresh -- --regions <region>\[,<region>\.\.\.\] \[--data <folder>\]/);
    for (const permission of REQUIRED_PERMISSIONS) expect(run.stdout).toContain(`\n  ${permission}\n`);
    expect(run.stdout).toContain("DescribeInstanceTypes");
    expect(run.stdout).toContain("Price List API GetProducts (us-east-1 endpoint)");
    expect(run.stdout).toMatch(/\n {2}0 {2}every region refreshed.*\n {2}1 {2}some regions failed.*\n {2}2 {2}nothing written/);
    expect(run.calls).toEqual([]);
    expect(run.fetched).toEqual([]);
  });
});

describe("data:refresh arguments", () => {
  it("takes regions comma-separated or repeated, without repeats, sorted", () => {
    expect(parseRefreshArgs(["--regions", "us-east-1, eu-west-1", "--regions", "us-east-1"])).toEqual({
      help: false,
      regions: ["eu-west-1", "us-east-1"],
      data: "data",
    });
    expect(parseRefreshArgs(["--regions", "us-gov-west-1", "--data", "/tmp/d"]).data).toBe("/tmp/d");
  });

  it.each([
    [[], "--regions is required, e.g. --regions us-east-1,eu-west-1"],
    [["--regions", "us-east-1,moon-1"], '--regions: "moon-1" is not a region code such as us-east-1'],
    [["--regions", "us-east-1-bos-1"], '--regions: "us-east-1-bos-1" is not a region code such as us-east-1'],
    [["--regions", "cn-north-1"], "--regions: cn-north-1: China regions price in CNY, not USD"],
    [["--regions", "us-east-1", "--from", "x"], "Unknown option '--from'"],
    [["--regions", "us-east-1", "extra"], "Unexpected argument 'extra'"],
  ])("rejects %j", async (args, message) => {
    const run = await refreshWith(args, SCRIPT);
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toContain(`data:refresh: ${message}`);
    expect(run.stderr).toContain("Run with --help for the usage.");
    expect(run.calls).toEqual([]);
  });
});
