/**
 * The printable report: a print opens every closed explanation of the results and shows the
 * print-only block (assumptions, data date, share link); after the print they close again.
 */
import { act, screen } from "@testing-library/react";
import { defaultScenario } from "eksize";
import { expect, test } from "vitest";
import { PrintReport } from "../../src/app/features/planner/PrintReport.js";
import { PlanResults, renderFeature } from "./helpers.js";

test("a print opens the results' details and gives the link, the assumptions and the data date", () => {
  renderFeature(
    <div id="planner-results">
      <PrintReport scenario={defaultScenario} />
      <PlanResults />
    </div>,
  );
  const results = document.getElementById("planner-results") as HTMLElement;
  const closed = results.querySelectorAll("details:not([open])").length;
  expect(closed).toBeGreaterThan(10);

  act(() => {
    window.dispatchEvent(new Event("beforeprint"));
  });
  expect(results.querySelectorAll("details:not([open])")).toHaveLength(0);
  const report = screen.getByRole("region", { name: "Online shop, production" });
  expect(report.querySelector(".print-link")?.textContent).toMatch(
    /^Open this plan: http:\/\/localhost(:\d+)?\/#s=2\./,
  );
  expect(report.textContent).toMatch(
    /^Online shop, productionPrinted \d{4}-\d{2}-\d{2} by eksize; instance data and prices as of \d{4}-\d{2}/,
  );
  expect(
    [...report.querySelectorAll("dt")].map((term) => `${term.textContent}: ${term.nextSibling?.textContent}`),
  ).toEqual([
    "Region: US East (N. Virginia), us-east-1",
    "Currency: USD",
    "Support tier: Standard",
    "Node autoscaler: Cluster Autoscaler",
    "Compute savings (Savings Plan): 0%",
    "Enterprise discount: 0%",
  ]);

  act(() => {
    window.dispatchEvent(new Event("afterprint"));
  });
  expect(results.querySelectorAll("details:not([open])")).toHaveLength(closed);
});
