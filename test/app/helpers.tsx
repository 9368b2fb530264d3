/**
 * Shared helpers of the component tests: render one feature (a page or a part of the planner) or
 * the whole site, find a row of the explorer's table by instance type, read a cell by column id,
 * and find fields by their label without Testing Library's slow label queries.
 *
 * The planner page renders well over a thousand elements in jsdom, and its ranking and strategy
 * comparison re-render on every keystroke: a test that renders `<App />` on the planner spends seconds
 * per edit. Tests render the feature they test; `<App />` is
 * for the site's shell (navigation, skip links, the document title, the planner opening by default).
 */
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { ReactNode } from "react";
import { App, LanguagePicker } from "../../src/app/App.js";
import { ExplorerPage } from "../../src/app/features/explorer/ExplorerPage.js";
import { AdviceList } from "../../src/app/features/planner/AdviceList.js";
import { ValidityNotice } from "../../src/app/components/ValidityNotice.js";
import { CostSummary, PlanView } from "../../src/app/features/planner/PlanView.js";
import { SummaryBand, useSummaryWithChange } from "../../src/app/features/planner/SummaryBand.js";
import { usePricedScenario } from "../../src/app/features/planner/use-priced-scenario.js";
import { WorkloadsEditor } from "../../src/app/features/planner/WorkloadsEditor.js";
import { BrokenLinkBanner, CopyLinkButton, OlderDataNotice } from "../../src/app/features/planner/ShareLink.js";
import { addressHash, readAddress } from "../../src/app/store/address.js";
import { useSiteStore, type Page } from "../../src/app/store/site-store.js";

/** A user-event session and what Testing Library's `render` returns. */
export type Rendered = ReturnType<typeof render> & { readonly user: ReturnType<typeof userEvent.setup> };

/**
 * Renders the whole site on a page (the planner unless told), its address in the URL's hash with the
 * parameters the hash had, and returns a user-event session. Pages other than the planner load
 * lazily: wait for what the test reads (`findBy…`).
 */
export function renderSite(page: Page = "planner"): Rendered {
  const params = readAddress(window.location.hash)?.params ?? [];
  window.history.replaceState(null, "", `${window.location.pathname}${addressHash({ page, params })}`);
  useSiteStore.setState({ page });
  const user = userEvent.setup();
  return { user, ...render(<App />) };
}

/**
 * Renders one feature of the site beside the header's language picker (which every page has, so a
 * test can switch languages as a user does) and returns a user-event session.
 */
export function renderFeature(feature: ReactNode): Rendered {
  const user = userEvent.setup();
  return {
    user,
    ...render(
      <>
        <LanguagePicker />
        {feature}
      </>,
    ),
  };
}

/** The explorer's table of instance types, once it is on screen. */
export function findInstanceTable(): Promise<HTMLElement> {
  return screen.findByRole("table", { name: /instance types|인스턴스 유형/i });
}

/**
 * Renders the whole site on the instance explorer (for its header, title and html lang) and returns
 * once the table, loaded lazily, is on screen.
 */
export async function renderSiteOnExplorer(): Promise<Rendered> {
  const view = renderSite("explorer");
  await findInstanceTable();
  return view;
}

/** Renders the instance explorer page (with the language picker) and returns once its table is on screen. */
export async function renderExplorer(): Promise<Rendered> {
  const view = renderFeature(<ExplorerPage />);
  await findInstanceTable();
  return view;
}

/**
 * The planner's results for its last valid scenario, planned and billed by the page's own hook:
 * the summary band, the notice of an invalid draft, the bill, the plan and the advice. The page's ranking and strategy
 * comparison are left out (they take seconds to re-render in jsdom); tests of those render
 * `PlannerPage`. The tests' scenarios are in us-east-1, whose prices come with the first script, so
 * the page's "prices loading" state never applies here.
 */
export function PlanResults(): ReactNode {
  const { scenario, catalog, plan, cost, priced } = usePricedScenario();
  const summary = useSummaryWithChange(priced);
  return (
    <>
      {summary !== null && <SummaryBand {...summary} />}
      <ValidityNotice />
      <CostSummary priced={priced} />
      <PlanView scenario={scenario} plan={plan} />
      <AdviceList scenario={scenario} plan={plan} cost={cost} catalog={catalog} />
    </>
  );
}

/**
 * Renders the planner's share link parts (the broken link's banner, the older data's notice, Copy
 * link), its workloads editor (or `editors` when given) and {@link PlanResults}: the planner
 * without its other editors, its ranking and its comparison.
 */
export function renderPlanner(editors: ReactNode = <WorkloadsEditor />): Rendered {
  return renderFeature(
    <>
      <BrokenLinkBanner />
      <OlderDataNotice />
      <CopyLinkButton />
      {editors}
      <PlanResults />
    </>,
  );
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

/**
 * Enters a name filter, replacing what the field held. The text is pasted: one change, where typing
 * would re-render the table once per key (about half of an explorer test's time in jsdom). The test
 * of the name filter itself types key by key.
 */
export async function filterByName(user: ReturnType<typeof userEvent.setup>, text: string): Promise<void> {
  const input = screen.getByLabelText("Name");
  await user.clear(input);
  await user.paste(text);
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
 * jsdom finds by scanning the whole document, so on the planner's thousand-odd elements one query takes
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
