import { screen, waitFor, within } from "@testing-library/react";
import { afterEach, expect, test, vi } from "vitest";
import { filterByName, renderExplorer } from "./helpers.js";

// The chart's chunk fails to load, as when the network drops after the page has loaded.
vi.mock("../../src/app/features/explorer/BreakdownChart.js", () => {
  throw new Error("Failed to fetch dynamically imported module: BreakdownChart.js");
});

afterEach(() => {
  vi.restoreAllMocks();
});

test("when the chart cannot be loaded, the breakdown stays with a message in the chart's place", async () => {
  // React reports the caught error on the console; it is expected here.
  vi.spyOn(console, "error").mockImplementation(() => undefined);
  vi.spyOn(console, "warn").mockImplementation(() => undefined);
  const { user } = await renderExplorer();
  await filterByName(user, "m5.large");
  await user.click(screen.getByRole("button", { name: "m5.large" }));
  await waitFor(() => {
    expect(screen.getByText("The chart could not be loaded; the table below has every figure.")).toBeTruthy();
  });
  const panel = screen.getByRole("complementary", { name: "How m5.large is sized" });
  expect(within(panel).getByRole("table", { name: "Capacity, reservations and allocatable of m5.large" })).toBeTruthy();
  expect(within(panel).getByText("3 ENIs × (10 − 1) + 2 = 29")).toBeTruthy();
  expect(screen.getByRole("table", { name: "Instance types" })).toBeTruthy();
});
