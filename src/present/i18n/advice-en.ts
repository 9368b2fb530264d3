/**
 * English wording of the advice findings (`advice.<code>`). Each
 * code has what was found (`advice.<code>`) and why it matters and what to do (`advice.<code>.why`);
 * some have variants (`.noAlternative`, `.karpenter`, `.unknownCost`, ...) that `describeFinding` picks
 * from the params, so that no sentence puts an unknown or zero amount where a saving belongs.
 * Placeholders are the finding's params, `{subject}` (its node group or workload) and phrases that
 * are messages themselves (`{reason}`, `{withPrefixDelegation}`).
 * They are not in the English catalog of the first script: `describe-finding.ts`, the one code that
 * words a finding, adds them to it when it loads (in the site's advice chunk, in the command line).
 */
export const adviceEn = {
  "advice.advice-single-node": "{subject} runs on a single node, a single point of failure.",
  "advice.advice-single-node.why":
    "When that node fails, is drained for an update or, on Spot, is reclaimed, every pod on it stops until another node is ready. Give the group a minimum of 2 or more nodes, spread over 2 or more availability zones.",
  "advice.advice-zone-spread-one-zone":
    "{subject} must spread over zones, but {nodeGroup} has nodes in one zone: all its pods are there.",
  "advice.advice-zone-spread-one-zone.why":
    "A zone spread is met within the zones that have nodes, so an outage of that zone stops every pod. Give the group 2 or more availability zones, and a maximum of at least as many nodes.",
  "advice.advice-pdb-blocks-drain":
    "The PodDisruptionBudget of {subject} ({field}: {value}, with {replicas:# replica|# replicas}) lets no pod be evicted: it blocks every drain of its nodes.",
  "advice.advice-pdb-blocks-drain.why":
    "Updates, scale-in and Spot rebalancing drain nodes through the eviction API, which waits while a budget allows 0 disruptions: a managed node group's update fails after 15 minutes unless forced, and Cluster Autoscaler and Karpenter leave the node running. Allow at least 1: maxUnavailable 1, or a minAvailable below the replicas (a percent rounds up).",
  "advice.prefixDelegation.not-nitro": "{instanceType} is a Xen (pre-Nitro) instance type.",
  "advice.prefixDelegation.bare-metal":
    "EC2 reports no hypervisor for {instanceType}, so the max-pods calculation (AWS's max-pods-calculator.sh, and eksize) ignores prefix delegation on it, although VPC CNI 1.11 and later assigns prefixes on Nitro bare metal.",
  "advice.advice-prefix-delegation-unsupported":
    "{subject}: {instanceType} cannot use prefix delegation, so its nodes keep {maxPods} max pods; {alternative}, a Nitro type of the same size, would get {alternativeMaxPods}.",
  "advice.advice-prefix-delegation-unsupported.noAlternative":
    "{subject}: {instanceType} cannot use prefix delegation, so its nodes keep {maxPods} max pods; the dataset has no Nitro type of the same size.",
  "advice.advice-prefix-delegation-unsupported.why":
    "{reason} The VPC CNI ignores ENABLE_PREFIX_DELEGATION where it cannot assign /28 prefixes. Use Nitro types in this group, or turn prefix delegation off so the setting does not promise pods the nodes cannot take. On Bottlerocket, Karpenter or a custom launch template, prefix delegation raises max pods only with the kubelet's maxPods set as well.",
  "advice.withPrefixDelegation": "With prefix delegation",
  "advice.withPrefixDelegation.maxPods": "With prefix delegation and the kubelet's maxPods set to match",
  "advice.advice-max-pods-binding":
    "{subject} runs out of pod slots before CPU or memory: {nodes} × {instanceType} at {maxPods} pods each ({costUsdPerMonth} a month). {withPrefixDelegation}, nodes take {maxPodsWithPrefixDelegation} pods each and the group needs {nodesWithPrefixDelegation} ({costWithPrefixDelegationUsdPerMonth} a month, {savingUsdPerMonth} less).",
  "advice.advice-max-pods-binding.noSaving":
    "{subject} runs out of pod slots before CPU or memory: {nodes} × {instanceType} at {maxPods} pods each ({costUsdPerMonth} a month). {withPrefixDelegation}, nodes take {maxPodsWithPrefixDelegation} pods each and the group needs {nodesWithPrefixDelegation}, though at {costWithPrefixDelegationUsdPerMonth} a month it would cost no less.",
  "advice.advice-max-pods-binding.unknownCost":
    "{subject} runs out of pod slots before CPU or memory: {nodes} × {instanceType} at {maxPods} pods each. {withPrefixDelegation}, nodes take {maxPodsWithPrefixDelegation} pods each and the group needs {nodesWithPrefixDelegation}; a price is missing from the dataset, so what that saves is not known.",
  "advice.advice-max-pods-binding.why":
    "Without prefix delegation a node takes one pod per secondary IPv4 address of its ENIs. With ENABLE_PREFIX_DELEGATION=true on the aws-node DaemonSet each address slot holds a /28 prefix of 16 addresses, and EKS recommends 110 pods per node up to 30 vCPUs, 250 above. Managed node groups on the EKS AMI apply it; on Bottlerocket, Karpenter or a custom launch template set the kubelet's maxPods as well. Prefixes need free, contiguous /28 blocks in the subnets.",
  "advice.advice-max-pods-binding.prefixDelegationOn":
    "{subject} runs out of pod slots before CPU or memory: {nodes} × {instanceType} at {maxPods} pods each ({costUsdPerMonth} a month), with prefix delegation already on.",
  "advice.advice-max-pods-binding.prefixDelegationOn.unknownCost":
    "{subject} runs out of pod slots before CPU or memory: {nodes} × {instanceType} at {maxPods} pods each, with prefix delegation already on.",
  "advice.advice-max-pods-binding.prefixDelegationOn.why":
    "The kubelet's max pods, not CPU or memory, decides how many nodes the group needs. Larger instance types (EKS recommends 250 pods above 30 vCPUs), fewer and larger pods, or a higher maxPods set on the nodes would fill them better. On Bottlerocket, Karpenter or a custom launch template, prefix delegation raises max pods only with the kubelet's maxPods set as well.",
  "advice.advice-max-pods-binding.prefixDelegationUnsupported":
    "{subject} runs out of pod slots before CPU or memory: {nodes} × {instanceType} at {maxPods} pods each ({costUsdPerMonth} a month).",
  "advice.advice-max-pods-binding.prefixDelegationUnsupported.unknownCost":
    "{subject} runs out of pod slots before CPU or memory: {nodes} × {instanceType} at {maxPods} pods each.",
  "advice.advice-max-pods-binding.prefixDelegationUnsupported.why":
    "Prefix delegation would raise max pods, but not every instance type of the group can use it: only Nitro types can. Keep only Nitro types in the group and turn it on, or use larger instance types.",
  "advice.advice-spot-few-types":
    "{subject} buys Spot from too few interchangeable instance types: {count} ({instanceTypes}), where AWS advises at least {minimum}.",
  "advice.advice-spot-few-types.why":
    "Each instance type in each Availability Zone is its own Spot capacity pool: with few pools EC2 more often has no capacity to give, and reclaims nodes together. Cluster Autoscaler sizes a mixed-instances group by its first type, so add types with the same vCPUs, memory, architecture and GPUs (other families and generations of the same size), with the price-capacity-optimized allocation strategy.",
  "advice.advice-spot-few-types.karpenter":
    "{subject} buys Spot from too few instance types: {count} ({instanceTypes}), where AWS advises at least {minimum}; and Karpenter replaces a Spot node with a cheaper Spot node only when it has at least {consolidationMinimum} cheaper options.",
  "advice.advice-spot-few-types.karpenter.why":
    "Each instance type in each Availability Zone is its own Spot capacity pool: with few pools EC2 more often has no capacity to give, and reclaims nodes together. Karpenter chooses among all of a NodePool's types (price-capacity-optimized for Spot), so widen its requirements (families, sizes, generations) rather than listing a few types.",
  "advice.advice-spot-single-replica": "{subject} runs a single replica on {nodeGroup}, which has Spot nodes.",
  "advice.advice-spot-single-replica.why":
    "When EC2 reclaims its node, the workload is down until its pod starts on another node. Run at least 2 replicas spread over nodes (topology spread constraints or pod anti-affinity), or keep it on on-demand nodes with a node selector on the capacity-type label.",
  "advice.advice-spot-interruption":
    "EC2 can reclaim Spot nodes (here {spotNodes}) with a 2-minute notice: give {workloads} PodDisruptionBudgets so that a drain keeps some of their pods running.",
  "advice.advice-spot-interruption.noWorkloads":
    "EC2 can reclaim Spot nodes (here {spotNodes}) with a 2-minute notice.",
  "advice.advice-spot-interruption.why":
    "Managed node groups turn on Capacity Rebalancing: EKS drains a Spot node when EC2 sends a rebalance recommendation, often before the notice. Self-managed groups need the AWS Node Termination Handler for that. Keep terminationGracePeriodSeconds well under 2 minutes.",
  "advice.advice-spot-interruption.why.karpenter":
    "Karpenter drains a Spot node on the notice only with its interruption queue: an SQS queue fed by EventBridge rules, named in settings.interruptionQueue; do not run the AWS Node Termination Handler beside it. Keep terminationGracePeriodSeconds well under 2 minutes.",
  "advice.advice-private-cluster-autoscaler":
    "Cluster Autoscaler in a private cluster cannot fetch instance types at run time: run it with --aws-use-static-instance-list=true.",
  "advice.advice-private-cluster-autoscaler.why":
    "The static list is compiled into each Cluster Autoscaler release and knows only the instance types released before it, so use a release that knows {instanceTypes}. The VPC also needs endpoints for STS and EC2 Auto Scaling.",
  "advice.advice-auto-mode-node-expiry":
    "EKS Auto Mode replaces each node after {expiryHours} hours (14 days; at most {maximumDays} days), evicting its pods: give {workloads} PodDisruptionBudgets so that a replacement keeps some of their pods running.",
  "advice.advice-auto-mode-node-expiry.noWorkloads":
    "EKS Auto Mode replaces each node after {expiryHours} hours (14 days; at most {maximumDays} days), evicting its pods within their PodDisruptionBudgets.",
  "advice.advice-auto-mode-node-expiry.why":
    "Auto Mode drains expired nodes and nodes on an older AMI (new AMIs come about weekly), 10% of a NodePool at a time by default. A pod without a budget may go down with its node; a single replica always does. A NodePool’s expireAfter changes the lifetime, up to {maximumDays} days.",
  "advice.advice-alb-group":
    "{ingresses} Ingresses use {albs} ALBs; sharing them through alb.ingress.kubernetes.io/group.name, {proposedIngressesPerAlb} to an ALB, needs {proposedAlbs} and saves {savingUsdPerMonth} a month.",
  "advice.advice-alb-group.unknownRate":
    "{ingresses} Ingresses use {albs} ALBs; sharing them through alb.ingress.kubernetes.io/group.name, {proposedIngressesPerAlb} to an ALB, needs {proposedAlbs}.",
  "advice.advice-alb-group.why":
    "Without a group name each Ingress gets its own ALB, each billed by the hour. An ALB holds 100 rules besides its default rule: at up to 5 rules an Ingress, {proposedIngressesPerAlb} Ingresses fit one. The saving counts the hourly charge only, since capacity units follow the traffic. The Ingresses of a group must agree on group-wide settings such as the scheme, listen ports and security groups.",
  "advice.advice-nlb-target-type":
    "The cluster's NLBs ({nlbs}) use target type instance: traffic enters through a NodePort on every node.",
  "advice.advice-nlb-target-type.why":
    "That adds a hop through kube-proxy, possibly into another Availability Zone, and the pod sees the client's address only with externalTrafficPolicy: Local. With service.beta.kubernetes.io/aws-load-balancer-nlb-target-type: ip the NLB sends traffic to the pods' own addresses.",
  "advice.advice-nlb-target-type.why.fargate":
    "Fargate pods ({fargateWorkloads}) have no node to open a NodePort on and can only be ip targets. Set service.beta.kubernetes.io/aws-load-balancer-nlb-target-type: ip, which also saves the extra hop through a NodePort, possibly into another Availability Zone.",
  "advice.advice-fargate-unsupported":
    "{subject} is in the Fargate profile {profile}, but Fargate cannot run it: its pods stay pending.",
  "advice.advice-fargate-unsupported.why":
    "{reason} Take it out of the profile's selectors (namespace and labels) so that it runs on a node group.",
  "advice.advice-fargate-daemonsets":
    "DaemonSets do not run on Fargate: {daemonSets} will not serve {fargateWorkloads}.",
  "advice.advice-fargate-daemonsets.why":
    "Fargate runs each pod on its own VM, without DaemonSets. Run what they do as sidecar containers in those pods; for logs, Fargate's built-in Fluent Bit log router (the aws-logging ConfigMap) replaces a log DaemonSet. aws-node and kube-proxy are left out: Fargate does their work itself.",
  "advice.advice-extended-support":
    "The control plane is in extended support: {extraUsdPerMonth} a month more than standard support.",
  "advice.advice-extended-support.version":
    "Kubernetes {kubernetesVersion} is in extended support: the control plane costs {extraUsdPerMonth} a month more than in standard support.",
  "advice.advice-extended-support.dates":
    "Kubernetes {kubernetesVersion} is in extended support from {endOfStandardSupport} to {endOfExtendedSupport}: the control plane costs {extraUsdPerMonth} a month more than in standard support.",
  "advice.advice-extended-support.why":
    "A Kubernetes version gets 14 months of standard support, then 12 months of extended support at a higher rate per cluster-hour. Upgrading to a version in standard support saves the difference; with the upgrade policy STANDARD, EKS upgrades the cluster when standard support ends instead of moving it to extended support.",
  "advice.advice-control-plane-tier-too-small":
    "The control plane's {tier} tier guarantees {limits}, short of the peak of {peaks}: {needed}.",
  "advice.tier.needed": "{neededTier} is the smallest tier that holds it",
  "advice.tier.neededEstimate": "{neededTier} is the smallest tier that holds it, by estimated limits",
  "advice.tier.none": "no tier holds it",
  "advice.advice-control-plane-tier-too-small.why":
    "The EKS user guide's limits: API concurrency in APF seats (a LIST takes more than a GET) and pods scheduled a second, 100 on Kubernetes 1.28–1.29; Standard guarantees none. Above 4XL, ask your AWS account team.",
  "advice.advice-control-plane-tier-larger":
    "The {neededTier} tier holds the peaks this {tier} tier was chosen for, at {savingUsdPerMonth} a month less{estimate}.",
  "advice.advice-control-plane-tier-larger.unknown":
    "The {neededTier} tier holds the peaks this {tier} tier was chosen for.",
  "advice.advice-control-plane-tier-larger.why":
    "Tiers are billed by the hour on top of the support rate and change in minutes; with over 8 GB of etcd a cluster cannot return to Standard.",
  "advice.advice-control-plane-tier-unchecked":
    "The {tier} control plane tier costs {costUsdPerMonth} a month{estimate}: give the peak API concurrency or pod scheduling rate to check it.",
  "advice.advice-control-plane-tier-unchecked.unknown":
    "Give the peak API concurrency or pod scheduling rate to check the {tier} control plane tier.",
  "advice.advice-control-plane-tier-unchecked.why":
    "AWS advises a load test on the highest tier, then the smallest tier that holds the seats and pods/s measured at the peak.",
  "advice.advice-amazon-linux-2":
    "{subject} runs Amazon Linux 2, whose EKS AMIs ended on {amiEndOfSupport} (the last for Kubernetes {lastVersion}): move it to AL2023 (the same plan) or Bottlerocket.{version}",
  "advice.al2.noAmi": " Kubernetes {kubernetesVersion} has none.",
  "advice.al2.cgroup": " Kubernetes {kubernetesVersion} has none, and its kubelet refuses AL2's cgroup v1.",
  "advice.advice-amazon-linux-2.why":
    "Amazon Linux 2 itself ends on {endOfLife}. It runs cgroup v1, which the kubelet refuses by default from Kubernetes {cgroupV1RefusedFrom} (failCgroupV1).",
} as const;
