import type { DataSource } from "../core/catalog.js";

/** The upstream files the importer reads, by the id the dataset uses for each. */
export const UPSTREAM_FILES = {
  eniMaxPods: "eni-max-pods.txt",
  vpcCniLimits: "vpc-cni-instance-limits.json",
  karpenterVpcLimits: "karpenter-vpc-limits.json",
  karpenterInstanceTypes: "karpenter-instance-types.json",
  describeInstanceTypes: "learnk8s-describe-instance-types-2021.json",
  spotAdvisor: "spot-advisor-data.json",
  vantageOnDemand: "ec2-ondemand-prices-vantage-2026-05.json",
  vantageSpot: "ec2-spot-prices-vantage-2026-05.json",
  karpenterOnDemand: "karpenter-ondemand-prices.json",
  servicePrices: "aws-service-prices.json",
} as const;

/** Which upstream file a source id stands for. */
export type SourceId =
  keyof typeof UPSTREAM_FILES | "fargateUsEast1" | "fargateRegional2021" | "elbUsEast1" | "ebsTranscribed";

/**
 * What each source is. `asOf` here is the fallback date for files that carry none inside; files whose
 * `_meta` has a date use that (see `build-dataset.ts`), and `--as-of id=YYYY-MM-DD` overrides either.
 */
export const SOURCE_DESCRIPTIONS: Record<SourceId, Omit<DataSource, "id">> = {
  eniMaxPods: {
    title: "AWS's published max pods per instance type (E × (I − 1) + 2)",
    origin: "github.com/aws/amazon-vpc-cni-k8s misc/eni-max-pods.txt @ 6152e01c",
    asOf: "2026-08-11",
    license: "Apache-2.0",
    provides: "publishedMaxPods",
  },
  vpcCniLimits: {
    title: "VPC CNI instance networking limits",
    origin: "github.com/aws/amazon-vpc-cni-k8s pkg/vpc/vpc_ip_resource_limit.go @ 6152e01c",
    asOf: "2026-08-11",
    license: "Apache-2.0",
    provides: "defaultCardEnis, ipv4PerEni, networkCardEnis, hypervisor, bareMetal",
  },
  karpenterVpcLimits: {
    title: "Karpenter VPC limits (trunking and branch ENIs)",
    origin: "github.com/aws/karpenter-provider-aws pkg/providers/instancetype/zz_generated.vpclimits.go @ 7f27b4e8",
    asOf: "2026-08-06",
    license: "Apache-2.0",
    provides: "trunking, branchEnis; network limits of types the VPC CNI file lacks",
  },
  karpenterInstanceTypes: {
    title: "Karpenter instance-type reference (us-east-1, us-east-2, us-west-2)",
    origin: "github.com/aws/karpenter-provider-aws website/content/en/preview/reference/instance-types.md @ 692ccdd0",
    asOf: "2026-07-11",
    license: "Apache-2.0",
    provides: "vcpu, memoryMiB, architecture, cpuManufacturer, GPUs, accelerators, networkBandwidthMbps, localNvmeGB",
  },
  describeInstanceTypes: {
    title: "EC2 DescribeInstanceTypes output, 2021 (fallback specs for older types)",
    origin: "github.com/learnk8s/kubernetes-instance-calculator-data input/aws.json @ b1e66894",
    asOf: "2021-10-20",
    license: "MIT",
    provides: "vcpu, memoryMiB, architecture and GPUs of types the Karpenter reference lacks",
  },
  spotAdvisor: {
    title: "AWS Spot Instance Advisor feed (spot-advisor-data.json)",
    origin:
      "spot-bid-advisor.s3.amazonaws.com/spot-advisor-data.json, as embedded in github.com/alexei-led/spotinfo @ 5eedf20a",
    asOf: "2025-06-28",
    license: "AWS public data (terms unstated)",
    provides: "spotSavingsPercent, spotInterruption; vcpu of types no other source describes",
  },
  vantageOnDemand: {
    title: "EC2 Linux on-demand prices, all regions (ec2instances.info snapshot)",
    origin:
      "instances.vantage.sh/instances.json as flattened in github.com/jawaadjariwala/AWS-EC2-Pricing-Landscape-Analysis @ b7dbceba",
    asOf: "2026-05",
    license: "AWS list prices republished by ec2instances.info (MIT)",
    provides: "onDemandUsdPerHour (all regions; Karpenter's figures win where both exist)",
  },
  vantageSpot: {
    title: "EC2 Linux Spot price averages, all commercial regions (ec2instances.info snapshot)",
    origin:
      "instances.vantage.sh/instances.json as flattened in github.com/jawaadjariwala/AWS-EC2-Pricing-Landscape-Analysis @ b7dbceba",
    asOf: "2026-05",
    license: "AWS list prices republished by ec2instances.info (MIT)",
    provides: "spotUsdPerHour (indicative: Spot prices move daily)",
  },
  karpenterOnDemand: {
    title: "EC2 on-demand prices from the AWS Price List API, as Karpenter ships them",
    origin: "github.com/aws/karpenter-provider-aws pkg/providers/pricing/zz_generated.pricing_aws*.go @ 6fc13b52",
    asOf: "2026-07-20",
    license: "Apache-2.0",
    provides: "onDemandUsdPerHour for us-east-1, us-gov-east-1, us-gov-west-1 (cn-north-1 is in CNY and left out)",
  },
  servicePrices: {
    title: "EKS control plane rates",
    origin: "aws.amazon.com/blogs/containers/amazon-eks-extended-support-for-kubernetes-versions-pricing/",
    asOf: "2024-04",
    license: "AWS public pricing",
    provides: "eksControlPlane",
  },
  fargateUsEast1: {
    title: "EKS on Fargate Linux/x86 rates, us-east-1",
    origin: "aws.amazon.com/fargate/pricing/ (corroborated by third-party copies, 2026)",
    asOf: "2026",
    license: "AWS public pricing",
    provides: "fargate.regions.us-east-1, ephemeral storage rate, pod sizing rules",
  },
  fargateRegional2021: {
    title: "Fargate Linux/x86 rates by region, January 2021",
    origin: "github.com/theuves/fgcalc src/utils/data.js @ e29aefbd (from the AWS Fargate pricing page)",
    asOf: "2021-01",
    license: "MIT (stated in README)",
    provides: "fargate.regions other than us-east-1",
  },
  ebsTranscribed: {
    title: "EBS gp3 and gp2 storage rates, us-east-1 (transcribed; no upstream data file has them)",
    origin:
      "src/importer/transcribed/ebs-volume-prices.json, from github.com/aws/agent-toolkit-for-aws skills/core-skills/aws-billing-and-cost-management/references/ebs-optimization.md and aws.amazon.com/ebs/pricing/",
    asOf: "2026",
    license: "AWS public pricing",
    provides: "ebs.us-east-1 (root volume cost)",
  },
  elbUsEast1: {
    title: "Elastic Load Balancing rates, us-east-1",
    origin:
      "aws.amazon.com/elasticloadbalancing/pricing/ as transcribed in github.com/api-evangelist/amazon-elastic-load-balancing @ 303e536b",
    asOf: "2026-09-20",
    license: "AWS public pricing",
    provides: "loadBalancers.us-east-1",
  },
};
