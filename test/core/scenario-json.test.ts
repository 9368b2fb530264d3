import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import {
  defaultScenario,
  MAX_SCENARIO_JSON_LENGTH,
  parseScenarioJson,
  validateScenario,
  type CoreIssue,
  type ParsedScenario,
} from "eksize";
import { VALIDATION_CODES } from "../support/scenario.js";

// ── Helpers ───────────────────────────────────────────────────────────────────────────────────────

function issuesOf(text: string): readonly CoreIssue[] {
  const result = parseScenarioJson(text);
  return result.ok ? [] : result.issues;
}

/** The issue of a text that is not JSON, broken at the given place. */
function syntax(position: number, line: number, column: number, found: string | null): CoreIssue[] {
  return [{ code: "scenario-json-syntax", params: { position, line, column, found } }];
}

/** Every code parsing may give: the file's own and validateScenario's. */
const PARSE_CODES = new Set<string>([
  "scenario-json-too-large",
  "scenario-json-empty",
  "scenario-json-syntax",
  ...VALIDATION_CODES,
]);

/** A parse that did not throw: a valid scenario, or at least one known coded issue with sound params. */
function expectWellFormed(text: string, result: ParsedScenario): void {
  if (result.ok) {
    expect(validateScenario(result.scenario)).toEqual({ ok: true, value: result.scenario });
    return;
  }
  expect(result.issues.length).toBeGreaterThan(0);
  for (const issue of result.issues) {
    expect(PARSE_CODES.has(issue.code), issue.code).toBe(true);
    if (issue.code === "scenario-json-syntax") {
      const { position, line, column, found } = issue.params;
      const body = text.startsWith("\uFEFF") ? text.slice(1) : text;
      expect(Number.isInteger(position) && position >= 0 && position <= body.length).toBe(true);
      expect(Number.isInteger(line) && line >= 1 && Number.isInteger(column) && column >= 1).toBe(true);
      expect(column).toBeLessThanOrEqual(position + 1);
      expect(found).toBe(position < body.trimEnd().length ? String.fromCodePoint(body.codePointAt(position)!) : null);
    }
  }
}

const exported = JSON.stringify(defaultScenario, null, 2);

// ── Tests ─────────────────────────────────────────────────────────────────────────────────────────

describe("parseScenarioJson reads exported and hand-written scenarios", () => {
  it("round-trips the default scenario exported with JSON.stringify(…, null, 2), and compact", () => {
    expect(parseScenarioJson(exported)).toEqual({ ok: true, scenario: defaultScenario });
    expect(parseScenarioJson(JSON.stringify(defaultScenario))).toEqual({ ok: true, scenario: defaultScenario });
    // The bound (MAX_SCENARIO_JSON_LENGTH, 5,000,000) is far above a real export: 8,286 characters
    // since every workload carries its accelerator kind, its spread, its disruption budget and its autoscaling.
    expect(exported.length).toBeLessThan(9000);
  });

  it("fills in the defaults of a partial document", () => {
    const text = `{
      "version": 1,
      "region": "ap-northeast-2",
      "workloads": [{ "name": "web", "replicas": 3, "cpuMillicores": 250, "memoryMiB": 512 }],
      "nodeGroups": [{ "name": "general", "instanceTypes": ["m6i.large"], "rootVolume": { "sizeGiB": 50 } }],
      "cluster": { "loadBalancers": { "nlbs": 2 } }
    }`;
    expect(parseScenarioJson(text)).toEqual({
      ok: true,
      scenario: {
        version: 1,
        name: "",
        region: "ap-northeast-2",
        hoursPerMonth: 730,
        currency: "USD",
        krwPerUsd: 1400,
        workloads: [
          {
            name: "web",
            replicas: 3,
            cpuMillicores: 250,
            memoryMiB: 512,
            architecture: null,
            gpus: 0,
            accelerator: "nvidia.com/gpu",
            hostNetwork: false,
            privileged: false,
            fargate: true,
            nodeGroup: null,
            zoneSpread: null,
            maxPodsPerNode: null,
            disruptionBudget: null,
            autoscaling: null,
          },
        ],
        daemonSets: [],
        nodeGroups: [
          {
            name: "general",
            instanceTypes: ["m6i.large"],
            capacity: { type: "on-demand" },
            minNodes: 0,
            maxNodes: null,
            availabilityZones: 3,
            network: { prefixDelegation: false, customNetworking: false },
            maxPods: null,
            profile: "amazon-linux",
            amazonLinux: "2023",
            vmMemoryOverheadPercent: null,
            rootVolume: { sizeGiB: 50, type: "gp3" },
            targetUtilisationPercent: 100,
            minValues: null,
            consolidationPolicy: "WhenEmptyOrUnderutilized",
          },
        ],
        fargateProfiles: [],
        cluster: {
          supportTier: "standard",
          controlPlaneTier: "standard",
          peakPodsPerSecond: null,
          peakApiSeats: null,
          kubernetesVersion: null,
          privateCluster: false,
          autoscaler: "cluster-autoscaler",
          scaleDownDelayMinutes: null,
          loadBalancers: {
            ingresses: 0,
            ingressesPerAlb: 1,
            nlbs: 2,
            nlbTargetType: "instance",
            capacityUnitsPerHour: 1,
          },
          discounts: {
            computeSavingsPercent: 0,
            enterpriseDiscountPercent: 0,
            savingsPlanType: "compute",
            savingsPlanDiscountPercent: 0,
          },
        },
      },
    });
  });

  it("ignores a leading byte order mark and surrounding whitespace, and reads CRLF files", () => {
    const ok = { ok: true, scenario: defaultScenario };
    expect(parseScenarioJson(`\uFEFF${exported}`)).toEqual(ok);
    expect(parseScenarioJson(`\uFEFF \n\t${exported}\r\n\n `)).toEqual(ok);
    expect(parseScenarioJson(`\n\n   ${exported.replaceAll("\n", "\r\n")}\r\n`)).toEqual(ok);
    // String.prototype.trim's whitespace, not only JSON's: a no-break space pasted around the text.
    expect(parseScenarioJson(`\u00A0${exported}\u00A0`)).toEqual(ok);
  });
});

describe("parseScenarioJson says exactly what is wrong", () => {
  it("scenario-json-empty: nothing, only whitespace, or only a byte order mark", () => {
    for (const text of ["", " ", "\n\r\n\t ", "\uFEFF", "\uFEFF  \n"]) {
      expect(issuesOf(text), JSON.stringify(text)).toEqual([{ code: "scenario-json-empty", params: {} }]);
    }
  });

  it("scenario-json-too-large: a text over 5,000,000 characters is refused before it is parsed", () => {
    expect(MAX_SCENARIO_JSON_LENGTH).toBe(5_000_000);
    // Refused unread: JSON.parse is never called (a spy, not a clock, so a slow machine cannot fail it).
    const parse = vi.spyOn(JSON, "parse");
    try {
      expect(issuesOf("x".repeat(5_000_001))).toEqual([
        { code: "scenario-json-too-large", params: { length: 5_000_001, maximum: 5_000_000 } },
      ]);
      expect(issuesOf(`{"version": 1, "name": "${"a".repeat(20_000_000)}"}`)).toEqual([
        { code: "scenario-json-too-large", params: { length: 20_000_026, maximum: 5_000_000 } },
      ]);
      expect(parse).not.toHaveBeenCalled();
    } finally {
      parse.mockRestore();
    }
    // The limit itself is read, whitespace and all.
    const padded = exported + " ".repeat(MAX_SCENARIO_JSON_LENGTH - exported.length);
    expect(padded.length).toBe(5_000_000);
    expect(parseScenarioJson(padded)).toEqual({ ok: true, scenario: defaultScenario });
  });

  it("scenario-json-syntax: where the text breaks, by index, line and column, and what is there", () => {
    // `{"version": 1,` is 14 characters and a newline; the `}` is the 11th character of line 2.
    expect(issuesOf('{"version": 1,\n  "name": }')).toEqual(syntax(25, 2, 11, "}"));
    expect(issuesOf('{"version": 1,\n  "name" "x"}')).toEqual(syntax(24, 2, 10, '"'));
    expect(issuesOf('{"version": 1, "region": "us-east-1",}')).toEqual(syntax(37, 1, 38, "}"));
    expect(issuesOf("{'version': 1}")).toEqual(syntax(1, 1, 2, "'"));
    expect(issuesOf('{"version": 01}')).toEqual(syntax(13, 1, 14, "1"));
    expect(issuesOf('{"version": 1.}')).toEqual(syntax(14, 1, 15, "}"));
    expect(issuesOf('{"name": "a\tb"}')).toEqual(syntax(11, 1, 12, "\t"));
    expect(issuesOf('{"name": "\\x"}')).toEqual(syntax(11, 1, 12, "x"));
    expect(issuesOf('{"name": "\\u12g4"}')).toEqual(syntax(14, 1, 15, "g"));
    expect(issuesOf('{"fargate": tru}')).toEqual(syntax(15, 1, 16, "}"));
    expect(issuesOf("[1, 2] [3]")).toEqual(syntax(7, 1, 8, "["));
    expect(issuesOf("version: 1")).toEqual(syntax(0, 1, 1, "v"));
    // A whole character, even outside the Basic Multilingual Plane.
    expect(issuesOf('{"version": 1} 🚀')).toEqual(syntax(15, 1, 16, "🚀"));
  });

  it("scenario-json-syntax: a text that ends too early is placed at its end, with nothing found", () => {
    expect(issuesOf("{")).toEqual(syntax(1, 1, 2, null));
    expect(issuesOf('{"name": "abc')).toEqual(syntax(13, 1, 14, null));
    // An export cut short after `{\n  "version": 1,\n  "name": "Online shop, production",\n`: the
    // trailing newline and spaces are whitespace, so the break is just after the comma.
    const cut = exported.slice(0, exported.indexOf('"region"'));
    expect(cut).toBe('{\n  "version": 1,\n  "name": "Online shop, production",\n  ');
    expect(issuesOf(cut)).toEqual(syntax(54, 3, 37, null));
  });

  it("scenario-json-syntax: counts lines after LF, CRLF and a lone CR, and positions without the BOM", () => {
    expect(issuesOf("{\n\n  x")).toEqual(syntax(5, 3, 3, "x"));
    expect(issuesOf("{\r\n\r\n  x")).toEqual(syntax(7, 3, 3, "x"));
    expect(issuesOf("{\r\r  x")).toEqual(syntax(5, 3, 3, "x"));
    expect(issuesOf("\uFEFF{\n  x")).toEqual(syntax(4, 2, 3, "x"));
    // Leading whitespace is counted: the place is in the file as an editor shows it.
    expect(issuesOf("\n\n  {x")).toEqual(syntax(5, 3, 4, "x"));
    expect(issuesOf("\uFEFF\r\n  [1,]")).toEqual(syntax(7, 2, 6, "]"));
  });

  it("never passes on the engine's own message", () => {
    for (const text of ["{", "[1,]", '{"a" 1}', "tru", '"\\x"', "{}\u0000"]) {
      const [issue] = issuesOf(text);
      expect(issue?.code).toBe("scenario-json-syntax");
      expect(Object.keys(issue?.params ?? {}).sort()).toEqual(["column", "found", "line", "position"]);
    }
  });

  it("gives validateScenario's issues, with their paths, for JSON that is not a valid scenario", () => {
    const text = JSON.stringify({
      version: 1,
      region: "us-east-1",
      workloads: [{ name: "web", replicas: -1, cpuMillicores: "250m", memoryMiB: 512, gpu: 1 }],
    });
    expect(issuesOf(text)).toEqual([
      {
        code: "scenario-out-of-range",
        path: "workloads.0.replicas",
        params: { bound: "min", limit: 0, received: "-1" },
      },
      {
        code: "scenario-wrong-type",
        path: "workloads.0.cpuMillicores",
        params: { expected: "number", received: '"250m"' },
      },
      { code: "scenario-unknown-field", path: "workloads.0.gpu", params: {} },
    ]);
    expect(issuesOf('{"version": 1}')).toEqual([{ code: "scenario-missing-field", path: "region", params: {} }]);
    expect(issuesOf("null")).toEqual([
      { code: "scenario-wrong-type", path: "", params: { expected: "object", received: "null" } },
    ]);
    expect(issuesOf('"a scenario"')).toEqual([
      { code: "scenario-wrong-type", path: "", params: { expected: "object", received: '"a scenario"' } },
    ]);
  });

  it("scenario-version-too-new: a file saved by a newer eksize", () => {
    expect(issuesOf('{"version": 2, "region": "us-east-1", "gpuPools": []}')).toEqual([
      { code: "scenario-version-too-new", path: "version", params: { version: 2, supported: 1 } },
    ]);
  });
});

// ── Properties: 12,000 generated cases in all ─────────────────────────────────────────────────────

/** Characters JSON is made of, and a few it is not (a single quote, U+2028, a letter). */
const JSONISH = fc.constantFrom(
  ..."{}[],:\"\\ \n\r\t0123456789-+.eEtrufalsn'xA\u2028\uFEFF".split(""),
  '"version"',
  '"region"',
  '"us-east-1"',
  "true",
  "null",
  "1",
);
const jsonishArb = fc.string({ unit: JSONISH, maxLength: 60 });

/** A JSON text with one character inserted, removed or replaced: nearly JSON, broken anywhere. */
const damagedJsonArb = fc
  .tuple(fc.json({ maxDepth: 4 }), fc.nat(), fc.constantFrom("insert", "remove", "replace"), JSONISH)
  .map(([json, at, edit, character]) => {
    const index = at % (json.length + 1);
    if (edit === "insert") return json.slice(0, index) + character + json.slice(index);
    return json.slice(0, index) + (edit === "replace" ? character : "") + json.slice(index + 1);
  });

/** The text the parser sees: without a leading BOM, trimmed, and where it starts in the text. */
function contentOf(text: string): { body: string; content: string; start: number } {
  const body = text.startsWith("\uFEFF") ? text.slice(1) : text;
  return { body, content: body.trim(), start: body.length - body.trimStart().length };
}

/**
 * The text is refused as not JSON exactly when JSON.parse refuses it; and wherever the engine's own
 * message tells the place (V8: `at position N`, V8 ≥ 11.8 also `(line L column C)`), eksize finds
 * the same place. Node 20's V8 leaves the place out of "Unexpected token" and "Unexpected end".
 */
function expectSameVerdictAsEngine(text: string): void {
  const { body, content, start } = contentOf(text);
  const issues = issuesOf(text);
  const syntaxIssue = issues.find((issue) => issue.code === "scenario-json-syntax");
  let message: string | undefined;
  try {
    JSON.parse(content);
  } catch (error) {
    message = (error as SyntaxError).message;
  }
  if (message === undefined || content === "") {
    expect(syntaxIssue).toBeUndefined();
    return;
  }
  expect(syntaxIssue, message).toBeDefined();
  if (syntaxIssue?.code !== "scenario-json-syntax") return;
  const position = /at position (\d+)/.exec(message);
  if (position) expect(syntaxIssue.params.position, message).toBe(start + Number(position[1]));
  const lineColumn = /\(line (\d+) column (\d+)\)/.exec(message);
  if (lineColumn && start === 0 && !body.includes("\r")) {
    expect([syntaxIssue.params.line, syntaxIssue.params.column], message).toEqual([
      Number(lineColumn[1]),
      Number(lineColumn[2]),
    ]);
  }
}

describe("properties", () => {
  it("any string gives a scenario or coded issues and never throws (4,000 strings)", () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        expectWellFormed(text, parseScenarioJson(text));
      }),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 200 }), (text) => {
        expectWellFormed(text, parseScenarioJson(text));
      }),
      { numRuns: 2000 },
    );
  });

  it("JSON-ish and damaged JSON texts: refused exactly when JSON.parse refuses, at its place (4,000 texts)", () => {
    for (const arbitrary of [jsonishArb, damagedJsonArb]) {
      fc.assert(
        fc.property(arbitrary, (text) => {
          expectWellFormed(text, parseScenarioJson(text));
          expectSameVerdictAsEngine(text);
        }),
        { numRuns: 2000 },
      );
    }
  });

  it("every truncation of an export is refused as not JSON, at its end (2,000 cuts)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: exported.length - 1 }), (cut) => {
        const text = exported.slice(0, cut);
        const result = parseScenarioJson(text);
        expectWellFormed(text, result);
        expectSameVerdictAsEngine(text);
        // A cut can only end too early, or cut a number or a word short (`tr` is not `true`): either
        // way the text stops being JSON where it ends.
        expect(result).toEqual({
          ok: false,
          issues: [
            {
              code: "scenario-json-syntax",
              params: expect.objectContaining({ position: text.trimEnd().length, found: null }) as unknown,
            },
          ],
        });
      }),
      { numRuns: 2000 },
    );
  });

  it("random JSON values give a scenario or validateScenario's issues, never a syntax issue (2,000 values)", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.json(),
          fc.jsonValue().map((value) => JSON.stringify(value, null, 2)),
          fc
            .dictionary(fc.constantFrom("name", "hoursPerMonth", "workloads", "cluster", "x"), fc.jsonValue())
            .map((fields) => JSON.stringify({ version: 1, region: "eu-west-1", ...fields })),
        ),
        (text) => {
          const result = parseScenarioJson(text);
          expectWellFormed(text, result);
          if (!result.ok) expect(result.issues.every((issue) => !issue.code.startsWith("scenario-json-"))).toBe(true);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
