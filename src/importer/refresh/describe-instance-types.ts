import { paginateDescribeInstanceTypes, type EC2Client } from "@aws-sdk/client-ec2";
import type { Ec2InstanceTypeInfo } from "../upstream.js";
import { callAws } from "./aws-errors.js";

/**
 * Every instance type EC2 offers in the client's region, from `DescribeInstanceTypes` (all pages,
 * 100 types a page). Needs `ec2:DescribeInstanceTypes`.
 */
export async function describeInstanceTypes(client: EC2Client, region: string): Promise<Ec2InstanceTypeInfo[]> {
  return callAws("ec2:DescribeInstanceTypes", region, async () => {
    const types: Ec2InstanceTypeInfo[] = [];
    for await (const page of paginateDescribeInstanceTypes({ client, pageSize: 100 }, {})) {
      for (const info of page.InstanceTypes ?? []) {
        if (info.InstanceType !== undefined) types.push({ ...info, InstanceType: info.InstanceType });
      }
    }
    return types;
  });
}
