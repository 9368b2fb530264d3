/**
 * `eksize max-pods` against the results AWS's max-pods-calculator.sh documents: the golden table
 * (the script's rules worked out per type) and the amazon-eks-ami repository's own test cases. Expectations are written out, not computed.
 */
import { describe, expect, test } from "vitest";
import { MAX_PODS_GOLDEN } from "../support/max-pods-golden.js";
import { cli } from "./run-cli.js";

/** Flag sets of the golden table's columns, in its order (CNI 1.18.0 throughout, so prefix delegation is possible). */
const COLUMNS = {
  default: [],
  showMaxAllowed: ["--show-max-allowed"],
  prefixDelegation: ["--cni-prefix-delegation-enabled"],
  prefixDelegationRaw: ["--cni-prefix-delegation-enabled", "--show-max-allowed"],
  customNetworking: ["--cni-custom-networking-enabled"],
  customNetworkingAndPrefixDelegation: ["--cni-custom-networking-enabled", "--cni-prefix-delegation-enabled"],
} as const;

describe("the same single number as max-pods-calculator.sh", () => {
  const columns = Object.entries(COLUMNS);
  for (const [type, ...expected] of MAX_PODS_GOLDEN) {
    test(`${type} in every documented flag combination`, async () => {
      const printed: string[] = [];
      for (const [, flags] of columns) {
        const result = await cli("max-pods", "--instance-type", type, "--cni-version", "1.18.0", ...flags);
        expect(result.code).toBe(0);
        expect(result.stderr).toBe("");
        printed.push(result.stdout);
      }
      expect(printed).toEqual(expected.map((value) => `${value}\n`));
    });
  }

  test("the amazon-eks-ami repository's test cases", async () => {
    expect((await cli("max-pods", "--instance-type", "m4.xlarge", "--cni-version", "1.7.5")).stdout).toBe("58\n");
    expect((await cli("max-pods", "--instance-type", "m5.8xlarge", "--cni-version", "1.11.2")).stdout).toBe("234\n");
    expect(
      (
        await cli(
          "max-pods",
          "--instance-type",
          "m5.8xlarge",
          "--cni-version",
          "1.11.2",
          "--cni-prefix-delegation-enabled",
        )
      ).stdout,
    ).toBe("250\n");
    expect(
      (await cli("max-pods", "--instance-type", "c6in.32xlarge", "--cni-version", "1.18.0", "--show-max-allowed"))
        .stdout,
    ).toBe("394\n");
  });

  test("prefix delegation needs VPC CNI 1.9; --cni-max-eni applies before custom networking", async () => {
    const pd = ["--instance-type", "m5.large", "--cni-prefix-delegation-enabled"];
    expect((await cli("max-pods", ...pd, "--cni-version", "1.8.9")).stdout).toBe("29\n");
    expect((await cli("max-pods", ...pd, "--cni-version", "1.9.0-eksbuild.1")).stdout).toBe("110\n");
    expect((await cli("max-pods", "--instance-type", "m5.large", "--cni-max-eni", "2")).stdout).toBe("20\n");
    expect(
      (await cli("max-pods", "--instance-type", "m5.large", "--cni-max-eni", "2", "--cni-custom-networking-enabled"))
        .stdout,
    ).toBe("11\n");
  });
});

describe("several types, globs, JSON and CSV", () => {
  test("a glob gives a table in reading order", async () => {
    const { code, stdout } = await cli("max-pods", "t3.*");
    expect(code).toBe(0);
    expect(stdout.split("\n").map((line) => line.split(/\s+/).slice(0, 2).join(" "))).toEqual([
      "INSTANCE TYPE",
      "t3.nano 4",
      "t3.micro 4",
      "t3.small 11",
      "t3.medium 17",
      "t3.large 35",
      "t3.xlarge 58",
      "t3.2xlarge 58",
      "",
    ]);
  });

  test("--json parses, with why prefix delegation was not applied", async () => {
    const { code, stdout } = await cli(
      "max-pods",
      "m5.large",
      "t2.medium",
      "m5.metal",
      "--cni-prefix-delegation-enabled",
      "--json",
    );
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual([
      {
        instanceType: "m5.large",
        maxPods: 110,
        enis: 3,
        ipv4PerEni: 10,
        ceiling: 110,
        prefixDelegation: true,
        note: null,
      },
      {
        instanceType: "m5.metal",
        maxPods: 250,
        enis: 15,
        ipv4PerEni: 50,
        ceiling: 250,
        prefixDelegation: false,
        note: "max-pods-calculator.sh ignores prefix delegation on m5.metal: EC2 reports no hypervisor for bare metal, although VPC CNI 1.11 or later delegates prefixes there.",
      },
      {
        instanceType: "t2.medium",
        maxPods: 17,
        enis: 3,
        ipv4PerEni: 6,
        ceiling: 110,
        prefixDelegation: false,
        note: "Prefix delegation is on but was not applied: t2.medium is not a Nitro type, and the VPC CNI delegates prefixes only on Nitro.",
      },
    ]);
  });

  test("--csv has a header row and one row per type", async () => {
    expect((await cli("max-pods", "m5.large", "m5.xlarge", "--csv")).stdout).toBe(
      "INSTANCE TYPE,MAX PODS,ENIS,IPV4 PER ENI,CEILING,PREFIX DELEGATION,NOTE\r\nm5.large,29,3,10,110,false,\r\nm5.xlarge,58,4,15,110,false,\r\n",
    );
  });
});

describe("bad input: exit 2, a clear message on stderr, nothing on stdout", () => {
  const cases: [string, string[], string][] = [
    [
      "an unknown type names the nearest",
      ["--instance-type", "m5.lage"],
      "m5.lage is not in the dataset. Did you mean m5.large, m5.xlarge, m5a.large?",
    ],
    ["a glob that matches nothing", ["m9.*"], "no instance type matches m9.*"],
    ["no type", ["--cni-version", "1.18.0"], "You must specify an instance type (--instance-type TYPE)"],
    [
      "an unknown flag",
      ["--instance-type", "m5.large", "--max-pods-ceiling", "100"],
      "Unknown option '--max-pods-ceiling'",
    ],
    ["a bad CNI version", ["--instance-type", "m5.large", "--cni-version", "one"], "“one” is not a VPC CNI version"],
    [
      "a bad ENI count",
      ["--instance-type", "m5.large", "--cni-max-eni", "0"],
      '--cni-max-eni must be a whole number of at least 1, got "0"',
    ],
    ["IMDS", ["--instance-type-from-imds"], "--instance-type-from-imds needs the instance metadata service"],
    ["both --json and --csv", ["m5.large", "--json", "--csv"], "choose one of --json and --csv"],
  ];
  for (const [name, args, message] of cases) {
    test(name, async () => {
      const result = await cli("max-pods", ...args);
      expect(result.code).toBe(2);
      expect(result.stdout).toBe("");
      expect(result.stderr).toContain(message);
      expect(result.stderr).toMatch(/^eksize max-pods: /);
    });
  }

  test("an unknown command and --version", async () => {
    expect(await cli("maxpods")).toMatchObject({ code: 2, stdout: "" });
    expect((await cli("maxpods")).stderr).toMatch(/^eksize: unknown command "maxpods"/);
    expect(await cli("--version")).toEqual({ code: 0, stdout: "0.2.0\n", stderr: "" });
    expect((await cli("max-pods", "--help")).stdout).toMatch(/^Usage: eksize max-pods --instance-type TYPE/);
  });
});
