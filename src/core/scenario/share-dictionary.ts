// ─────────────────────────────────────────────────────────────────────────────────────────────────
// THIS DICTIONARY IS PART OF THE WIRE FORMAT OF SHARE TOKENS (format 2): IT MUST NEVER CHANGE.
//
// Every format-2 token is compressed against these exact bytes: change one and every format-2 link
// ever made stops opening (test/core/share-format-2.test.ts pins its SHA-256). A better dictionary
// needs a new token format, with a dictionary of its own in a file of its own.
//
// It holds the first occurrence of what most scenarios' payloads (share.ts) contain, the most common
// last (nearest the data, so the cheapest to refer to): the cluster's load balancers and a data date;
// a node group with common instance types and capacities; the DaemonSets most EKS clusters run (VPC
// CNI, kube-proxy, the EBS CSI node, Fluent Bit, the node exporter); a Fargate profile; the payload's
// opening and a workload's fields. Each part was kept only where it shortened tokens: 1,024 bytes
// take the default scenario's token from 810 characters (format 1) to 368.
// ─────────────────────────────────────────────────────────────────────────────────────────────────

/** The preset DEFLATE dictionary of token format 2 (RFC 1951's window filled before the data), as UTF-8 text: 1,024 bytes. */
export const FORMAT_2_DICTIONARY =
  '"cluster":{"loadBalancers":{"ingresses":5,"ingressesPerAlb":5,"nlbs":1}}},"d":"2025-' +
  '"nodeGroups":[{"name":"general","instanceTypes":["m6i.xlarge","m5.xlarge","m6a.xlarge",' +
  '"m7i.large","m7g.2xlarge","r6i.4xlarge",' +
  '"c6i.xlarge","c5.xlarge","c6a.xlarge","c5a.xlarge"],' +
  '"capacity":{"type":"spot"},{"type":"mixed","onDemandBase":2,"spotPercentAboveBase":50},"minN' +
  'odes":2,"maxNodes":10}],' +
  '"daemonSets":[{"name":"aws-node","cpuMillicores":25,"memoryMiB":0,"hostNetwork":true},{"name' +
  '":"kube-proxy","cpuMillicores":100,"memoryMiB":0,"hostNetwork":true},{"name":"ebs-csi-node",' +
  '"cpuMillicores":30,"memoryMiB":120},' +
  '{"name":"fluent-bit","cpuMillicores":100,"memoryMiB":128},{"name":"node-exporter","cpuMillic' +
  'ores":100,"memoryMiB":180,"hostNetwork":true}],' +
  '"fargateProfiles":[{"name":"workers","workloads":["' +
  '{"s":{"version":1,"name":"","region":"us-east-1","workloads":[{"name":"web","replicas":3,"cp' +
  'uMillicores":250,"memoryMiB":512,"fargate":false,"nodeGroup":"spot"},{"name":"api","replicas' +
  '":2,"cpuMillicores":500,"memoryMiB":1024},{"name":"';
