/**
 * What AWS's max-pods-calculator.sh answers for the golden types in its flag combinations: the
 * script's rules (awslabs/amazon-eks-ami templates/al2/runtime/max-pods-calculator.sh @ 0a6d499e) worked out per
 * type, checked against that repository's own test cases and the EKS user guide. Written out, never
 * computed: the core's and the command line's tests both compare against it.
 */
export const MAX_PODS_GOLDEN: readonly [
  name: string,
  defaultPods: number,
  showMaxAllowed: number,
  prefixDelegation: number,
  prefixDelegationShowMaxAllowed: number,
  customNetworking: number,
  customNetworkingPrefixDelegation: number,
][] = [
  ["t3.nano", 4, 4, 34, 34, 3, 18],
  ["t3.micro", 4, 4, 34, 34, 3, 18],
  ["t3.small", 11, 11, 110, 146, 8, 98],
  ["t3.medium", 17, 17, 110, 242, 12, 110],
  ["t2.medium", 17, 17, 17, 17, 12, 12],
  ["m4.xlarge", 58, 58, 58, 58, 44, 44],
  ["m5.large", 29, 29, 110, 434, 20, 110],
  ["m5.xlarge", 58, 58, 110, 898, 44, 110],
  ["m5.4xlarge", 110, 234, 110, 3714, 110, 110],
  ["m5.8xlarge", 234, 234, 250, 3714, 205, 250],
  ["c5.18xlarge", 250, 737, 250, 11762, 250, 250],
  ["m5.24xlarge", 250, 737, 250, 11762, 250, 250],
  ["c6in.32xlarge", 250, 394, 250, 6274, 250, 250],
  ["p5.48xlarge", 100, 100, 250, 1570, 51, 250],
];
