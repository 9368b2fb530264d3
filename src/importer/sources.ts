import type { DataSource } from "../core/catalog/catalog.js";

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
  karpenterMemoryCapacity: "karpenter-bottlerocket-2023-capacity.json",
  controlPlaneTiers: "eks-control-plane-tiers.json",
} as const;

/** The rates transcribed by hand (no upstream data file has them), beside the upstream files. */
export const EBS_VOLUME_PRICES_FILE = "ebs-volume-prices.json";

/** The folder, relative to the repository, that holds the upstream files; `npm run data:import` reads it. */
export const UPSTREAM_FOLDER = "data/upstream";

/** One file of {@link UPSTREAM_FOLDER}: what it holds, where it came from, and on what terms. */
export interface UpstreamFile {
  readonly file: string;
  /** `verbatim`: byte for byte the upstream blob; `extracted`: numbers read out of a source or page into JSON; `transcribed`: typed by hand from the cited pages. */
  readonly copy: "verbatim" | "extracted" | "transcribed";
  /** Repository, path and commit (or page) it was taken from. */
  readonly from: string;
  /** The date of its figures. */
  readonly asOf: string;
  /** Licence or terms, as stated upstream ("none stated" where a repository states none). */
  readonly terms: string;
  /** What eksize uses it for. */
  readonly use: string;
}

/**
 * Every file of {@link UPSTREAM_FOLDER}, by file name. The test of the dataset checks that the folder
 * holds exactly these files. Newer versions come from AWS's repositories and pages named here.
 */
export const UPSTREAM_FILE_ORIGINS: readonly UpstreamFile[] = [
  {
    file: "amazon-eks-ami-instance-info.jsonl",
    copy: "verbatim",
    from: "github.com/awslabs/amazon-eks-ami nodeadm/internal/kubelet/instance-info.jsonl @ 4d63a3bc",
    asOf: "2026-07-01",
    terms: "MIT-0",
    use: "tests: the ENI limits nodeadm computes max pods from",
  },
  {
    file: "aws-service-prices.json",
    copy: "transcribed",
    from: "AWS pricing pages and announcements cited per entry (Fargate by region: github.com/theuves/fgcalc src/utils/data.js @ e29aefbd; ELB: github.com/api-evangelist/amazon-elastic-load-balancing @ 303e536b)",
    asOf: "2021-01 to 2026-09",
    terms: "AWS public pricing (fgcalc: MIT stated in its README, no LICENSE file; api-evangelist: none stated)",
    use: "EKS control plane, Fargate and load balancer rates",
  },
  {
    file: "ebs-volume-prices.json",
    copy: "transcribed",
    from: "aws.amazon.com/ebs/pricing/ and github.com/aws/agent-toolkit-for-aws skills/core-skills/aws-billing-and-cost-management/references/ebs-optimization.md",
    asOf: "2026",
    terms: "AWS public pricing",
    use: "root volume cost",
  },
  {
    file: "ec2-ondemand-prices-vantage-2026-05.json",
    copy: "extracted",
    from: "github.com/jawaadjariwala/AWS-EC2-Pricing-Landscape-Analysis data/ec2_pricing_tidy.parquet @ b7dbceba (instances.vantage.sh/instances.json, read 2026-05-12): Linux rows of parent regions",
    asOf: "2026-05",
    terms: "none stated by the repository; AWS list prices as republished by ec2instances.info (MIT)",
    use: "on-demand prices in every region",
  },
  {
    file: "ec2-spot-prices-vantage-2026-05.json",
    copy: "extracted",
    from: "github.com/jawaadjariwala/AWS-EC2-Pricing-Landscape-Analysis data/ec2_pricing_tidy.parquet @ b7dbceba (instances.vantage.sh/instances.json, read 2026-05-12): Linux Spot averages of parent regions",
    asOf: "2026-05",
    terms: "none stated by the repository; AWS prices as republished by ec2instances.info (MIT)",
    use: "Spot prices in every commercial region",
  },
  {
    file: "eni-max-pods.txt",
    copy: "verbatim",
    from: "github.com/aws/amazon-vpc-cni-k8s misc/eni-max-pods.txt @ 6152e01c (blob fc6df0f9)",
    asOf: "2026-08-11",
    terms: "Apache-2.0",
    use: "AWS's published max pods; golden values of the tests",
  },
  {
    file: "eks-control-plane-tiers.json",
    copy: "transcribed",
    from: "EKS user guide eks-provisioned-control-plane (github.com/awsdocs/amazon-eks-user-guide latest/ug/clusters/eks-provisioned-control-plane-introduction.adoc @ e22f3b40) for the limits; github.com/pytorch/ci-infra PR #448 and #450 and 2026 write-ups for the prices and 8XL's limits (estimates)",
    asOf: "2025-11 to 2026-04",
    terms: "AWS documentation; public pull request and web pages (terms unstated)",
    use: "control plane tiers: limits and hourly prices",
  },
  {
    file: "karpenter-instance-types.json",
    copy: "extracted",
    from: "github.com/aws/karpenter-provider-aws website/content/en/preview/reference/instance-types.md @ 692ccdd0",
    asOf: "2026-07-11",
    terms: "Apache-2.0",
    use: "vCPU, memory, architecture, GPUs; Karpenter's allocatable as golden values of the tests",
  },
  {
    file: "karpenter-ondemand-prices.json",
    copy: "extracted",
    from: "github.com/aws/karpenter-provider-aws pkg/providers/pricing/zz_generated.pricing_aws*.go @ 6fc13b52",
    asOf: "2026-07-20",
    terms: "Apache-2.0",
    use: "on-demand prices of us-east-1 and GovCloud",
  },
  {
    file: "karpenter-vpc-limits.json",
    copy: "extracted",
    from: "github.com/aws/karpenter-provider-aws pkg/providers/instancetype/zz_generated.vpclimits.go @ 7f27b4e8",
    asOf: "2026-08-06",
    terms: "Apache-2.0",
    use: "trunking and branch ENIs; network limits of types the VPC CNI lacks",
  },
  {
    file: "karpenter-bottlerocket-2023-capacity.json",
    copy: "extracted",
    from: "github.com/aws/karpenter-provider-aws pkg/providers/instancetype/zz_generated.memory_overhead.go @ 15e87699c (2023-07-03, bytes) and @ 33450d8f8 (2023-08-29, MiB), generated by hack/code/memory_overhead_gen.go; never released",
    asOf: "2023-08-29",
    terms: "Apache-2.0",
    use: "the kubelet's memory capacity (MemTotal) of one Bottlerocket node per type",
  },
  {
    file: "learnk8s-describe-instance-types-2021.json",
    copy: "verbatim",
    from: "github.com/learnk8s/kubernetes-instance-calculator-data input/aws.json @ b1e66894",
    asOf: "2021-10-20",
    terms: "MIT",
    use: "specs of older types the Karpenter reference lacks",
  },
  {
    file: "real-node-capacities.json",
    copy: "extracted",
    from: "kubectl describe node / get node -o json of real EKS nodes in public repositories, issues and docs (each record names its repository, path and commit, or URL); Karpenter PR #3940 and #6184 for allocatable-only records",
    asOf: "2019 to 2026 (each record's observedDate)",
    terms: "each record's source's (public repositories and docs)",
    use: "tests: the memory capacity and allocatable of real nodes as golden values",
  },
  {
    file: "spot-advisor-data.json",
    copy: "verbatim",
    from: "spot-bid-advisor.s3.amazonaws.com/spot-advisor-data.json as embedded in github.com/alexei-led/spotinfo internal/spot/data/spot-advisor-data.json @ 5eedf20a",
    asOf: "2025-06-28",
    terms: "AWS public data, terms unstated (the spotinfo repository is Apache-2.0)",
    use: "Spot savings and interruption buckets",
  },
  {
    file: "vpc-cni-instance-limits.json",
    copy: "extracted",
    from: "github.com/aws/amazon-vpc-cni-k8s pkg/vpc/vpc_ip_resource_limit.go @ 6152e01c",
    asOf: "2026-08-11",
    terms: "Apache-2.0",
    use: "ENIs and IPv4 addresses per ENI, network cards, hypervisor, bare metal",
  },
];

/** Which upstream file a source id stands for. */
export type SourceId =
  | keyof typeof UPSTREAM_FILES
  | "fargateUsEast1"
  | "fargateRegional2021"
  | "elbUsEast1"
  | "ebsTranscribed"
  | "autoModeFeeEstimate"
  | "controlPlaneTierEstimates";

/** The source of the estimated EKS Auto Mode fees: no upstream file, a rule (`estimatedAutoModeFee`). */
export const AUTO_MODE_FEE_ESTIMATE_SOURCE: SourceId = "autoModeFeeEstimate";

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
  karpenterMemoryCapacity: {
    title: "The kubelet's memory capacity of one Bottlerocket node per type, measured by Karpenter (2023)",
    origin:
      "github.com/aws/karpenter-provider-aws pkg/providers/instancetype/zz_generated.memory_overhead.go @ 33450d8f8 (and 15e87699c), never released",
    asOf: "2023-08-29",
    license: "Apache-2.0",
    provides: "measuredMemoryCapacityMiB",
  },
  servicePrices: {
    title: "EKS control plane rates",
    origin: "aws.amazon.com/blogs/containers/amazon-eks-extended-support-for-kubernetes-versions-pricing/",
    asOf: "2024-04",
    license: "AWS public pricing",
    provides: "eksControlPlane",
  },
  controlPlaneTiers: {
    title: "EKS control plane tier limits (Standard, XL, 2XL, 4XL)",
    origin: "docs.aws.amazon.com/eks/latest/userguide/eks-provisioned-control-plane.html @ e22f3b40",
    asOf: "2025-11",
    license: "AWS documentation",
    provides: "eksControlPlane.tiers: limits; Standard's price (0)",
  },
  controlPlaneTierEstimates: {
    title: "EKS control plane tier prices and 8XL limits (estimates)",
    origin: "github.com/pytorch/ci-infra PR #448, #450 and 2026 write-ups; no AWS page read",
    asOf: "2026-04-15",
    license: "public web pages",
    provides: "eksControlPlane.tiers: XL to 8XL prices; 8XL limits",
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
      "data/upstream/ebs-volume-prices.json, from github.com/aws/agent-toolkit-for-aws skills/core-skills/aws-billing-and-cost-management/references/ebs-optimization.md and aws.amazon.com/ebs/pricing/",
    asOf: "2026",
    license: "AWS public pricing",
    provides: "ebs.us-east-1 (root volume cost)",
  },
  autoModeFeeEstimate: {
    title: "EKS Auto Mode fee, estimated: 12% of the type's on-demand price in the region",
    origin:
      'estimatedAutoModeFee (src/core/catalog/auto-mode-fee.ts); the 12% from github.com/awslabs/eks-node-viewer #368 (2025-01-21) and #391 (2025-03-21) and factualminds.com "Amazon EKS Pricing" (2026-06-13). AWS\'s published fee is in the Price List (AmazonEKS, AutoMode): npm run data:refresh',
    asOf: "2026-06-13",
    license: "secondary sources",
    provides: "autoModeFee (estimate) of the types Auto Mode launches, where priced; no GPU reductions (no source)",
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
