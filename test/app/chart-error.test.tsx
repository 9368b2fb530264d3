/**
 * The breakdown's chart is a chunk of its own; when it cannot be loaded (the network dropped after
 * the page loaded), the breakdown stays, with a message in the chart's place.
 *
 * The failing chunk is a module mock. A mock reaches only the modules imported after it, and the app
 * project's test files share their modules (`isolate: false` in vite.config.ts): an earlier file may
 * have loaded the explorer with the real chart already. So this file imports its own copy of the
 * app's modules after the mock, and drops the mock and that copy when it is done, for the next file.
 */
import { screen, waitFor, within } from "@testing-library/react";
import { afterAll, afterEach, beforeAll, expect, test, vi } from "vitest";

vi.mock("../../src/app/features/explorer/BreakdownChart.js", () => {
  throw new Error("Failed to fetch dynamically imported module: BreakdownChart.js");
});

beforeAll(() => {
  vi.resetModules();
});

afterEach(() => {
  vi.restoreAllMocks();
});

afterAll(() => {
  vi.doUnmock("../../src/app/features/explorer/BreakdownChart.js");
  vi.resetModules();
});

test("when the chart cannot be loaded, the breakdown stays with a message in the chart's place", async () => {
  const { filterByName, renderExplorer } = await import("./helpers.js");
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
