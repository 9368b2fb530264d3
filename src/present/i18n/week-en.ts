/**
 * English words of the week hour by hour: the planner's "Load over the week" editor and "The week"
 * panel, and `eksize plan --week`. `plan/week.ts` adds them to the English catalog when it loads (with
 * the panel's and the editor's chunks, and the command), so the first script does not carry them.
 */
export const weekEn = {
  "week.heading": "The week, hour by hour",
  "week.delay":
    "Nodes are added at once and removed {minutes:# minute|# minutes} after no pod needs them ({autoscaler}).",
  "week.delay-none": "Without an autoscaler, node groups stay at the week's peak all week.",
  "week.total":
    "With autoscaling the cluster costs {total} a month; provisioned for the peak, {peak}: autoscaling saves {saving} ({percent}).",
  "week.node-hours": "Node-hours a week: {groups}.",
  "week.commitment":
    "{plan} at {discount} off: commit {commitment} an hour, which covers {covered} an hour of on-demand spend (coverage {coverage}, utilisation {utilisation}) and saves {saving} a month against on-demand rates. A level of spend pays to commit to when it runs in at least {breakEven} of the hours.",
  "week.no-commitment":
    "{plan} at {discount} off: no commitment pays here, as no level of on-demand spend runs in {breakEven} of the hours.",
  "week.plan.compute": "Compute Savings Plan",
  "week.plan.ec2-instance": "EC2 Instance Savings Plans",
  "week.families": "By instance family: {families}.",
  "week.recommendation":
    "Advice: commit {commitment} an hour ({plan}) for the baseline ({bases} on demand) and run the rest on Spot: {recommended} a month, {percent} against all on-demand ({allOnDemand}); the commitment alone comes to {committed}.",
  "week.nodes": "{nodes:# node|# nodes}",
  "week.bases.none": "no node",
  "week.editor.heading": "Load over the week",
  "week.editor.intro":
    "A workload that scales runs between its minimum and maximum replicas (a HorizontalPodAutoscaler's range) as its load profile says, hour by hour in the cluster's local time; the others run at their replicas all week.",
  "week.profile.flat": "24/7, flat at the maximum",
  "week.profile.office-hours": "Office hours: weekdays 09–19, 20% otherwise",
  "week.profile.nightly-batch": "Nightly batch: 01–05, none otherwise",
  "week.profile.weekend-dip": "Weekend dip: 40% on Saturday and Sunday",
  "week.profile.custom": "Custom: drawn or pasted",
  "week.levels.label": "{workload}: 168 hourly levels from Monday 00:00, % of the range",
  "week.levels.hint":
    "Paste 168 numbers from 0 to 100, separated by commas, spaces or new lines (a day's 24 per line reads best), or draw on the chart with a mouse or a finger.",
  "week.levels.count": "{count:# number|# numbers} found: the week needs 168. The profile keeps its last valid levels.",
  "week.levels.range":
    "Level {hour} is {value}: each level is a % from 0 to 100. The profile keeps its last valid levels.",
  "week.levels.draw": "Draw {workload}'s week: drag across the hours",
  "week.delay.hint": "Minutes an unneeded node stays. Empty: {autoscaler}'s own, {minutes:# minute|# minutes}.",
  "week.delay.none": "Without an autoscaler, node groups stay at the week's peak.",
  "week.discount.hint":
    "Off on-demand rates, from AWS's Savings Plans prices for your term and payment (up to 66% for Compute, 72% for EC2 Instance). 0: not said.",
  "week.flat":
    "No workload scales, so every hour of the week is the same. Give a workload a load profile under “Load over the week” to plan its hours.",
  "week.figure.total": "With autoscaling",
  "week.figure.peak": "Provisioned for the peak",
  "week.figure.saving": "Autoscaling saves",
  "week.figure.commitment": "Commit an hour",
  "week.figure.coverage": "Coverage",
  "week.figure.utilisation": "Utilisation",
  "week.figure.commitSaving": "Commitment saves",
  "week.figure.breakEven": "Break-even",
  "week.figure.breakEvenValue": "{share} of the hours",
  "week.figure.perMonth": "{amount}/month",
  "week.chart.nodesCaption": "Nodes each hour, by node group and capacity type",
  "week.chart.costCaption": "Cost each hour, and the on-demand spend a Savings Plan can cover",
  "week.chart.nodesLabel": "Nodes over the week: {summary}",
  "week.chart.nodesGroup": "{group}, {capacity}: {low} to {high}",
  "week.chart.costLabel":
    "Cost an hour over the week: from {low} to {high}; on-demand spend from {onDemandLow} to {onDemandHigh}.",
  "week.chart.coveredLabel": " The commitment covers {covered} an hour of it.",
  "week.series.onDemand": "{group}, on demand",
  "week.series.spot": "{group}, Spot",
  "week.series.onDemandSpend": "On-demand spend",
  "week.series.covered": "Covered by the commitment",
  "week.lines.caption": "The month by bill line",
  "week.lines.line": "Bill line",
  "week.lines.total": "Total",
  "week.series.rest": "Fargate, control plane, load balancers, volumes and fees",
  "week.axis.nodes": "Nodes",
  "week.axis.perHour": "{currency} an hour",
  "week.capacity.on-demand": "on demand",
  "week.capacity.spot": "Spot",
  "week.day.0": "Mon",
  "week.day.1": "Tue",
  "week.day.2": "Wed",
  "week.day.3": "Thu",
  "week.day.4": "Fri",
  "week.day.5": "Sat",
  "week.day.6": "Sun",
  "week.hour": "{day} {clock}:00",
  "week.byDiscount.intro": "Give your Savings Plan discount above to size the commitment and the mix to run.",
  "week.byDiscount.caption": "The commitment at a few discounts",
  "week.byDiscount.discount": "Discount",
  "week.byDiscount.commitment": "Commit an hour",
  "week.byDiscount.saving": "Saves a month",
  "week.byDiscount.none": "nothing pays",
} as const;
