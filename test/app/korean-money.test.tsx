/**
 * Money in Korean as the site's Korean glossary writes it: won as the amount then 원 (98,112원),
 * dollars with the narrow symbol ($0.118, not US$0.118), and column headers that say what is
 * counted and in which currency ("시간당 요금(원)"), never "$/월" over won. English keeps "$/hour"
 * over dollars and says "₩/hour" over won.
 *
 * m5.large in us-east-1 costs $0.096 an hour on demand in the tests' prices: $70.08 a month (730
 * hours), 98,112원 at 1,400 won per dollar.
 */
import { act, screen, within } from "@testing-library/react";
import { describe, expect, test } from "vitest";
import { usePlannerStore } from "../../src/app/store/planner-store.js";
import { cell, filterByName, renderExplorer, rowOf } from "./helpers.js";

/** The explorer's money column headers, as read from the table (without the sort arrow). */
function moneyHeaders(): string[] {
  return ["onDemandHour", "onDemandMonth", "costPerPod"].map((id) => {
    const header = document.querySelector<HTMLElement>(`th[data-column="${id}"]`);
    if (header === null) throw new Error(`no ${id} header`);
    return within(header).getByRole("button").firstChild?.textContent ?? "";
  });
}

function useCurrency(currency: "USD" | "KRW"): void {
  act(() => {
    const { scenario } = usePlannerStore.getState();
    usePlannerStore.getState().loadScenario({ ...scenario, currency, krwPerUsd: 1400 }, null);
  });
}

describe("money in the explorer, in each language and currency", () => {
  test("Korean: 원 after the amount, $ without US, headers in words with the currency", async () => {
    const { user } = await renderExplorer();
    await filterByName(user, "m5.large");
    const money = () => ["onDemandHour", "onDemandMonth"].map((id) => cell(rowOf("m5.large"), id).textContent);
    expect([moneyHeaders(), money()]).toEqual([
      ["$/hour", "$/month", "$/pod slot/mo"],
      ["$0.096", "$70.08"],
    ]);

    useCurrency("KRW");
    expect([moneyHeaders(), money()]).toEqual([
      ["₩/hour", "₩/month", "₩/pod slot/mo"],
      ["₩134.4", "₩98,112"],
    ]);

    await user.selectOptions(screen.getByLabelText("Language"), "ko");
    await screen.findByRole("columnheader", { name: /최대 파드/ });
    expect([moneyHeaders(), money()]).toEqual([
      ["시간당 요금(원)", "월 요금(원)", "파드 슬롯당 월 요금(원)"],
      ["134.4원", "98,112원"],
    ]);

    useCurrency("USD");
    expect([moneyHeaders(), money()]).toEqual([
      ["시간당 요금(달러)", "월 요금(달러)", "파드 슬롯당 월 요금(달러)"],
      ["$0.096", "$70.08"],
    ]);
  });
});
