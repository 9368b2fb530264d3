import { fireEvent, screen, waitFor } from "@testing-library/react";
import { expect, test, vi } from "vitest";
import { buildRows } from "../../src/present/explorer/rows.js";
import { filterByName, renderExplorer } from "./helpers.js";

vi.mock("../../src/present/explorer/rows.js", async (importOriginal) => {
  const original = await importOriginal<typeof import("../../src/present/explorer/rows.js")>();
  return { ...original, buildRows: vi.fn(original.buildRows) };
});

test("rows are computed once per setting, not again on filtering, sorting, scrolling or a language change", async () => {
  const { user } = await renderExplorer();
  expect(vi.mocked(buildRows)).toHaveBeenCalledTimes(1);

  await filterByName(user, "m5");
  await user.click(screen.getByRole("button", { name: /Max pods/ }));
  fireEvent.scroll(screen.getByRole("region", { name: "Instance types" }), { target: { scrollTop: 600 } });
  await user.click(screen.getByRole("button", { name: "m5.large" }));
  await user.selectOptions(screen.getByLabelText("Language"), "ko");
  expect(vi.mocked(buildRows)).toHaveBeenCalledTimes(1);

  await user.click(screen.getByRole("checkbox", { name: "접두사 위임" }));
  expect(vi.mocked(buildRows)).toHaveBeenCalledTimes(2);
  // Another region's prices load first (their own chunk); the rows are computed once they are in.
  await user.selectOptions(screen.getByLabelText("리전"), "eu-west-1");
  await waitFor(() => {
    expect(vi.mocked(buildRows)).toHaveBeenCalledTimes(3);
  });
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(vi.mocked(buildRows)).toHaveBeenCalledTimes(3);
});
