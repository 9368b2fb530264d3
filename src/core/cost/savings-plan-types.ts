// The kinds of plan alone, apart from their arithmetic (savings-plan.ts): the scenario's schema reads
// them, and the site's first script carries the schema but not the week's commitments.

/**
 * The kinds of AWS Savings Plans (AWS Savings Plans user guide):
 * - `compute`: covers EC2 of any family, size, region and operating system, and Fargate (up to 66% off);
 * - `ec2-instance`: covers one instance family in one region, any size (up to 72% off), never Fargate.
 * Neither covers Spot or the EKS control plane.
 */
export const SAVINGS_PLAN_TYPES = ["compute", "ec2-instance"] as const;

/** A kind of Savings Plan ({@link SAVINGS_PLAN_TYPES}). */
export type SavingsPlanType = (typeof SAVINGS_PLAN_TYPES)[number];
