import type { DataSource, ServiceRates } from "eksize";
import serviceFile from "../../data/services.json" with { type: "json" };
import sourceFile from "../../data/sources.json" with { type: "json" };

/**
 * EKS control plane (with its scaling tiers), Fargate and load balancer rates (USD). JSON types its
 * `confidence` fields as plain strings; the dataset's schema check (`test/data`) holds them to the union.
 */
export const services: ServiceRates = serviceFile as ServiceRates;

/** Every source of the dataset with its date and licence. */
export const sources: readonly DataSource[] = sourceFile.sources;
