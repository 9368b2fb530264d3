/**
 * Shared helpers of the explorer's component tests: render the site, find a row by instance type,
 * read a cell by column id.
 */
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/app/App.js";
import { useExplorerStore } from "../../src/app/store/explorer-store.js";

/**
 * Renders the whole site on the instance explorer page and returns a user-event session once the
 * page (loaded lazily: the site opens on the planner) is on screen.
 */
export async function renderExplorer() {
  useExplorerStore.setState({ page: "explorer" });
  const user = userEvent.setup();
  const view = render(<App />);
  await screen.findByRole("table", { name: /instance types|인스턴스 유형/i }, { timeout: 5000 });
  return { user, ...view };
}

/** The body rows currently in the DOM (the table is virtualised: only those in view). */
export function bodyRows(): HTMLElement[] {
  const table = screen.getByRole("table", { name: /instance types|인스턴스 유형/i });
  const [, body] = within(table).getAllByRole("rowgroup");
  return body ? within(body).queryAllByRole("row") : [];
}

/** The row of one instance type; fails when it is not rendered. */
export function rowOf(instanceType: string): HTMLElement {
  const button = screen.getByRole("button", { name: instanceType });
  const row = button.closest("tr");
  if (row === null) throw new Error(`${instanceType} is not in a table row`);
  return row;
}

/** The text of one cell of a row, by column id (`maxPods`, `allocatableCpu`, ...). */
export function cell(row: HTMLElement, columnId: string): HTMLElement {
  const found = row.querySelector<HTMLElement>(`[data-column="${columnId}"]`);
  if (found === null) throw new Error(`no ${columnId} cell in the row`);
  return found;
}

/** The instance type names of the rendered rows, top to bottom. */
export function renderedNames(): string[] {
  return bodyRows().map((row) => cell(row, "name").textContent);
}

/** Types a name filter, replacing what the field held. */
export async function filterByName(user: ReturnType<typeof userEvent.setup>, text: string): Promise<void> {
  const input = screen.getByLabelText("Name");
  await user.clear(input);
  await user.type(input, text);
}

/** The text a sighted reader sees: the element's text without its visually hidden parts. */
export function visibleText(element: HTMLElement): string {
  const copy = element.cloneNode(true) as HTMLElement;
  for (const hidden of copy.querySelectorAll(".visually-hidden")) hidden.remove();
  return copy.textContent;
}

/** The accessible description an element gets through aria-describedby (the referenced texts, joined). */
export function describedBy(element: HTMLElement): string {
  const ids = element.getAttribute("aria-describedby")?.split(/\s+/) ?? [];
  return ids
    .map((id) => document.getElementById(id)?.textContent ?? "")
    .join(" ")
    .trim();
}

/**
 * The form control a `<label>` (by `for` or by wrapping) or an `aria-label` names exactly, or null.
 * One pass over the document: Testing Library's `*ByLabelText` reads every element's `labels`, which
 * jsdom finds by scanning the whole document, so on the planner's 3,000 elements one query takes
 * seconds. Two controls with the name fail the test, as `getByLabelText` would.
 */
export function queryFieldByLabel(name: string): HTMLInputElement | null {
  const found = new Set<HTMLElement>();
  for (const label of document.querySelectorAll("label")) {
    if (label.textContent.trim() === name && label.control !== null) found.add(label.control);
  }
  for (const element of document.querySelectorAll<HTMLElement>("[aria-label]")) {
    if (element.getAttribute("aria-label") === name) found.add(element);
  }
  if (found.size > 1) throw new Error(`${found.size} fields are labelled "${name}"`);
  // Inputs and selects alike: the tests read `value` and type or select into them.
  return ([...found][0] as HTMLInputElement | undefined) ?? null;
}

/** Like {@link queryFieldByLabel}, failing the test when no control has the name. */
export function fieldByLabel(name: string): HTMLInputElement {
  const field = queryFieldByLabel(name);
  if (field === null) throw new Error(`no field is labelled "${name}"`);
  return field;
}
