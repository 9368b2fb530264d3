/**
 * Errors of the AWS calls, kept apart by what the refresh does with them: a refused call (missing
 * permission or credentials) stops the whole refresh; any other failure skips its region.
 */

/**
 * Error names with which AWS refuses the credentials or the permission: EC2 says
 * `UnauthorizedOperation`, the Price List API `AccessDeniedException`; the SDK says
 * `CredentialsProviderError` when it finds no credentials at all.
 */
const REFUSALS = new Set([
  "AccessDenied",
  "AccessDeniedException",
  "UnauthorizedOperation",
  "CredentialsProviderError",
  "UnrecognizedClientException",
  "InvalidClientTokenId",
  "ExpiredToken",
  "ExpiredTokenException",
]);

/** A failed AWS call, named by its IAM action and the region it was for. */
export class AwsCallError extends Error {
  override readonly name = "AwsCallError";

  constructor(
    /** The IAM action, e.g. `ec2:DescribeInstanceTypes`. */
    readonly action: string,
    /** The region asked about. */
    readonly region: string,
    override readonly cause: unknown,
  ) {
    super(`${action} for ${region} failed with ${describeError(cause)}`, { cause });
  }

  /** Whether AWS refused the credentials or the permission, rather than failing for this region only. */
  get refused(): boolean {
    return this.cause instanceof Error && REFUSALS.has(this.cause.name);
  }
}

/** Runs one AWS call; wraps whatever it throws in an {@link AwsCallError} naming `action` and `region`. */
export async function callAws<T>(action: string, region: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    throw new AwsCallError(action, region, error);
  }
}

/** `Name: message` of an error (AWS's error code is its name), or the thrown value as text. */
export function describeError(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
