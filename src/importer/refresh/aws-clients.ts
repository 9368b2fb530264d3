import { EC2Client, type EC2ClientConfig } from "@aws-sdk/client-ec2";
import { PricingClient } from "@aws-sdk/client-pricing";

/** The IAM actions the refresh calls, all read-only: what its credentials must be allowed. */
export const REQUIRED_PERMISSIONS = [
  "ec2:DescribeInstanceTypes",
  "ec2:DescribeSpotPriceHistory",
  "pricing:GetProducts",
] as const;

/** The region whose endpoint answers the Price List API for every region. */
export const PRICING_ENDPOINT_REGION = "us-east-1";

/**
 * How the SDK retries each request: standard mode (exponential backoff with jitter, 1 s base for
 * throttling errors such as `RequestLimitExceeded` and `ThrottlingException`), up to 8 attempts. A
 * page is asked again until it answers; one still failing after that fails its whole region.
 */
export const RETRY_CONFIG = { maxAttempts: 8, retryMode: "standard" } as const;

/** The SDK clients the refresh calls; tests pass clients whose answers they script. */
export interface AwsClients {
  /** An EC2 client for `region`. */
  ec2(region: string): EC2Client;
  /** The Price List API client (us-east-1 endpoint), the same one on every call. */
  pricing(): PricingClient;
}

/**
 * Clients configured for the refresh ({@link RETRY_CONFIG}), made when first asked for (so `--help`
 * makes none).
 *
 * @param credentials the SDK's default chain (environment, `AWS_PROFILE`, SSO, instance role) when omitted.
 */
export function createAwsClients(credentials?: EC2ClientConfig["credentials"]): AwsClients {
  let pricing: PricingClient | undefined;
  return {
    ec2: (region) => new EC2Client({ ...RETRY_CONFIG, region, credentials }),
    pricing: () => (pricing ??= new PricingClient({ ...RETRY_CONFIG, region: PRICING_ENDPOINT_REGION, credentials })),
  };
}
