/**
 * `npm run data:refresh -- --regions us-east-1,eu-west-1 [--data data]`
 *
 * Rebuilds `data/` from AWS's APIs with read-only credentials; `--help` lists what it calls, the IAM
 * actions it needs and its exit codes. A development script, like the importer: it never runs in CI.
 */
import { createAwsClients } from "./aws-clients.js";
import { runRefresh } from "./run-refresh.js";

process.exitCode = await runRefresh(process.argv.slice(2), {
  clients: createAwsClients(),
  fetch,
  now: () => new Date(),
  stdout: (text) => {
    console.log(text);
  },
  stderr: (text) => {
    console.error(text);
  },
});
