import { fireEvent, screen, waitFor } from "@testing-library/react";
import { afterEach, expect, test, vi } from "vitest";
import * as rows from "../../src/present/explorer/rows.js";
import { filterByName, renderExplorer } from "./helpers.js";

afterEach(() => {
  vi.restoreAllMocks();
});

test("rows are computed once per setting, not again on filtering, sorting, scrolling or a language change", async () => {
  // A spy on the module's export (not a module mock): the explorer page calls it through the module,
  // so this works however the test files share modules.
  const buildRows = vi.spyOn(rows, "buildRows");
  const { user } = await renderExplorer();
  expect(buildRows).toHaveBeenCalledTimes(1);

  await filterByName(user, "m5");
  await user.click(screen.getByRole("button", { name: /Max pods/ }));
  fireEvent.scroll(screen.getByRole("region", { name: "Instance types" }), { target: { scrollTop: 600 } });
  await user.click(screen.getByRole("button", { name: "m5.large" }));
  await user.selectOptions(screen.getByLabelText("Language"), "ko");
  expect(buildRows).toHaveBeenCalledTimes(1);

  await user.click(screen.getByRole("checkbox", { name: "접두사 위임" }));
  expect(buildRows).toHaveBeenCalledTimes(2);
  // Another region's prices load first (their own chunk); the rows are computed once they are in.
  await user.selectOptions(screen.getByLabelText("리전"), "eu-west-1");
  await waitFor(() => {
    expect(buildRows).toHaveBeenCalledTimes(3);
  });
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(buildRows).toHaveBeenCalledTimes(3);
});
