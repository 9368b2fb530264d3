import type { PricingClient } from "@aws-sdk/client-pricing";
import { createAwsClients, type AwsClients } from "../../../src/importer/refresh/aws-clients.js";

/** One request as the fake AWS received it. */
export interface FakeCall {
  /** The client's region (us-east-1 for the Price List API). */
  readonly region: string;
  /** The SDK command, e.g. `DescribeInstanceTypesCommand`. */
  readonly command: string;
  /** The request, copied when it was sent. */
  readonly input: Record<string, unknown>;
}

/** Answers one request with the operation's output (the SDK's shape), or throws an AWS error. */
export type Answer = (call: FakeCall) => object;

/**
 * The refresh's own SDK clients ({@link createAwsClients}: its retry settings, the SDK's paginators,
 * serializers and signing), with the HTTP exchange replaced by `answer`: a middleware at the start
 * of the deserialize step, inside the retry loop, answers instead of sending. Nothing reaches AWS.
 */
export function fakeAws(answer: Answer): { clients: AwsClients; calls: FakeCall[] } {
  const real = createAwsClients({ accessKeyId: "AKIDFAKE", secretAccessKey: "fake" });
  const calls: FakeCall[] = [];
  const respond = (region: string, command: string | undefined, input: object) => {
    const call = { region, command: command ?? "?", input: structuredClone(input) as Record<string, unknown> };
    calls.push(call);
    return Promise.resolve({ response: {}, output: { $metadata: {}, ...answer(call) } });
  };
  // First in the deserialize step: after the retry middleware, so a thrown error is retried as AWS's would be.
  const transport = { step: "deserialize", priority: "high", name: "fakeAwsTransport" } as const;
  let pricing: PricingClient | undefined;
  return {
    clients: {
      ec2: (region) => {
        const client = real.ec2(region);
        client.middlewareStack.add(
          (_next, context) => (args) => respond(region, context.commandName, args.input),
          transport,
        );
        return client;
      },
      pricing: () => {
        if (pricing === undefined) {
          pricing = real.pricing();
          pricing.middlewareStack.add(
            (_next, context) => (args) => respond("us-east-1", context.commandName, args.input),
            transport,
          );
        }
        return pricing;
      },
    },
    calls,
  };
}

/**
 * An error as the SDK raises it for an AWS error response: named by AWS's error code, with the HTTP
 * status, and `$retryable` when AWS marks it so (throttling).
 */
export function awsError(code: string, status: number, options: { throttling?: boolean } = {}): Error {
  return Object.assign(new Error(`${code} (fake AWS)`), {
    name: code,
    $fault: status >= 500 ? "server" : "client",
    $metadata: { httpStatusCode: status },
    ...(options.throttling === true ? { $retryable: { throttling: true } } : {}),
  });
}
