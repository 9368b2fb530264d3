/**
 * `eksize max-pods`: a drop-in, offline `max-pods-calculator.sh` (awslabs/amazon-eks-ami). The same
 * flags give the same single number, with no AWS call; several types or globs give a table, JSON or CSV.
 * It reads only the columns max pods needs (`max-pods-types.ts`) and loads the command line's messages
 * only when it has words to print (an error, a note): the one number needs none of them.
 */
import { attempt, maxPodsBreakdown, type MaxPodsOptions } from "eksize";
import { parseArgs } from "node:util";
import { resolveInstanceTypes } from "../instance-names.js";
import { EXIT, UsageError, type Io } from "../io.js";
import { maxPodsTypes } from "../max-pods-types.js";
import { outputFormat, renderListing, type Cell } from "../output.js";

/** The command's help. */
export const MAX_PODS_HELP = `Usage: eksize max-pods --instance-type TYPE [options]
       eksize max-pods TYPE|GLOB... [options] [--json | --csv]

The most pods the kubelet should run on a node, as AWS's max-pods-calculator.sh computes it, offline:
ENIs x (IPv4 addresses per ENI - 1) + 2, or with prefix delegation on Nitro types (VPC CNI >= 1.9)
ENIs x (IPv4 per ENI - 1) x 16 + 2, capped at 110 (30 vCPUs or fewer) or 250.

Options of max-pods-calculator.sh:
  --instance-type TYPE               the instance type (repeatable; globs such as m5.* allowed)
  --cni-version X.Y.Z                VPC CNI version (prefix delegation needs 1.9.0 or later);
                                     optional here: without it a current CNI is assumed
  --cni-custom-networking-enabled    custom networking: the primary ENI carries no pod addresses
  --cni-prefix-delegation-enabled    prefix delegation (ignored on Xen and bare-metal types, as the script does)
  --cni-max-eni N                    use at most N ENIs
  --show-max-allowed                 leave out the 110/250 ceiling
Output:
  --json, --csv                      a table of every type as JSON or CSV (one type prints one number)
  -h, --help                         this help

Exit codes: 0 done; 1 a figure is unknown for a type; 2 bad input (an unknown type names the nearest).
`;

/** Runs `eksize max-pods` with its arguments and resolves to the exit code. */
export async function maxPodsCommand(args: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: {
      "instance-type": { type: "string", multiple: true },
      "instance-type-from-imds": { type: "boolean" },
      "cni-version": { type: "string" },
      "cni-custom-networking-enabled": { type: "boolean" },
      "cni-prefix-delegation-enabled": { type: "boolean" },
      "cni-max-eni": { type: "string" },
      "show-max-allowed": { type: "boolean" },
      json: { type: "boolean" },
      csv: { type: "boolean" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help === true) {
    io.out(MAX_PODS_HELP);
    return EXIT.ok;
  }
  if (values["instance-type-from-imds"] === true) {
    throw new UsageError(
      "--instance-type-from-imds needs the instance metadata service; eksize works offline: pass --instance-type",
    );
  }
  if (values.json === true && values.csv === true) throw new UsageError("choose one of --json and --csv");
  const names = [...(values["instance-type"] ?? []), ...positionals];
  if (names.length === 0) throw new UsageError("You must specify an instance type (--instance-type TYPE)");

  const maxEniText = values["cni-max-eni"];
  const maxEnis = maxEniText === undefined ? undefined : Number(maxEniText);
  if (maxEnis !== undefined && !(Number.isInteger(maxEnis) && maxEnis >= 1)) {
    throw new UsageError(`--cni-max-eni must be a whole number of at least 1, got "${maxEniText ?? ""}"`);
  }
  const options: MaxPodsOptions = {
    prefixDelegation: values["cni-prefix-delegation-enabled"] === true,
    customNetworking: values["cni-custom-networking-enabled"] === true,
    uncapped: values["show-max-allowed"] === true,
    ...(maxEnis === undefined ? {} : { maxEnis }),
    ...(values["cni-version"] === undefined ? {} : { cniVersion: values["cni-version"] }),
  };

  const types = await resolveInstanceTypes(names, maxPodsTypes);
  const results = types.map((type) => ({ type, result: attempt(() => maxPodsBreakdown(type, options)) }));
  const invalid = results.find(
    ({ result }) => !result.ok && result.issues.some((issue) => issue.code === "invalid-cni-version"),
  );
  if (invalid !== undefined && !invalid.result.ok) {
    const { describe } = await import("../messages.js");
    throw new UsageError(invalid.result.issues.map(describe).join("\n"));
  }

  const single = names.length === 1 && !/[*?]/.test(names[0]!) && values.json !== true && values.csv !== true;
  if (single) {
    const { result } = results[0]!;
    if (!result.ok) {
      const { describe } = await import("../messages.js");
      io.err(`eksize: ${result.issues.map(describe).join("; ")}\n`);
      return EXIT.failed;
    }
    io.out(`${result.value.maxPods}\n`);
    return EXIT.ok;
  }

  const { describe, english } = await import("../messages.js");
  const rows = results.map(({ type, result }): Record<string, Cell> => {
    if (!result.ok) {
      return {
        instanceType: type.name,
        maxPods: null,
        enis: null,
        ipv4PerEni: type.ipv4PerEni,
        ceiling: null,
        prefixDelegation: null,
        note: result.issues.map(describe).join("; "),
      };
    }
    const breakdown = result.value;
    return {
      instanceType: type.name,
      maxPods: breakdown.maxPods,
      enis: breakdown.enis,
      ipv4PerEni: type.ipv4PerEni,
      ceiling: breakdown.ceiling,
      prefixDelegation: breakdown.prefixDelegation,
      note:
        breakdown.prefixDelegationSkipped === null
          ? null
          : english(`formula.prefixSkipped.${breakdown.prefixDelegationSkipped}`, { instanceType: type.name }),
    };
  });
  io.out(
    renderListing(
      {
        columns: [
          { key: "instanceType", heading: "INSTANCE TYPE" },
          { key: "maxPods", heading: "MAX PODS" },
          { key: "enis", heading: "ENIS" },
          { key: "ipv4PerEni", heading: "IPV4 PER ENI" },
          { key: "ceiling", heading: "CEILING" },
          { key: "prefixDelegation", heading: "PREFIX DELEGATION" },
          { key: "note", heading: "NOTE" },
        ],
        rows,
      },
      outputFormat(values),
    ),
  );
  return rows.some((row) => row.maxPods === null) ? EXIT.failed : EXIT.ok;
}
