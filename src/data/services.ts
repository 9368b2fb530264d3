import type { DataSource, ServiceRates } from "eksize";
import serviceFile from "../../data/services.json" with { type: "json" };
import sourceFile from "../../data/sources.json" with { type: "json" };

/** EKS control plane, Fargate and load balancer rates (USD). */
export const services: ServiceRates = serviceFile;

/** Every source of the dataset with its date and licence. */
export const sources: readonly DataSource[] = sourceFile.sources;
