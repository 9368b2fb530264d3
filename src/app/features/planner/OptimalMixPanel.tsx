/**
 * "Find the cheapest mix": on a click, each node group's cheapest mix of its instance types, the
 * bound no plan of them goes below, and a change that saves money with one click to apply it. The
 * search runs in a Web Worker with HiGHS (WebAssembly), both loaded on the first click; the planner
 * loads this panel with `React.lazy`, out of the first load.
 *
 * The results belong to the scenario they were searched for: an edit while a search runs searches
 * the edited scenario instead; an edit after it hides them (the button offers a new search). Apply
 * is an edit of the planner's scenario (the share link and the autosave follow), with Undo.
 */
import { MIX_CLOCK_LIMIT_MS, type Catalog, type NodeGroupMix, type Scenario } from "eksize";
import { useEffect, useRef, useState, type ReactNode } from "react";
import { ChartErrorBoundary } from "../../components/ChartErrorBoundary.js";
import { useT, type Translate } from "../../i18n/index.js";
import { usePlannerStore } from "../../store/planner-store.js";
import { MixGroupResult } from "./MixGroupResult.js";
import { startMixSearch, type MixOutcome, type MixSearch } from "./start-mix-search.js";

/** Where the panel stands: searching (whatever the scenario is now), or what it found for a scenario. */
type PanelState =
  | { readonly kind: "idle" }
  | { readonly kind: "searching" }
  | { readonly kind: "done"; readonly scenario: Scenario; readonly outcome: MixOutcome }
  | {
      readonly kind: "applied";
      /** The scenario the change made (the planner's, until the next edit). */
      readonly scenario: Scenario;
      readonly nodeGroup: string;
      /** What Undo restores: the scenario before, and its search. */
      readonly before: { readonly scenario: Scenario; readonly outcome: MixOutcome };
    };

/**
 * The panel as the planner loads it: nothing when the scenario has no node group, and inside a
 * boundary, so that a failure of its own leaves the plan, and the rest of the page, on screen.
 */
export default function SafeOptimalMixPanel(props: Parameters<typeof OptimalMixPanel>[0]): ReactNode {
  if (props.scenario.nodeGroups.length === 0) return null;
  return (
    <ChartErrorBoundary fallback={null}>
      <OptimalMixPanel {...props} />
    </ChartErrorBoundary>
  );
}

/** The panel, for the planner's scenario and its (complete) catalogue; `search` is the worker's unless a test gives its own. */
export function OptimalMixPanel({
  scenario,
  catalog,
  search = startMixSearch,
}: {
  scenario: Scenario;
  catalog: Catalog;
  search?: MixSearch;
}): ReactNode {
  const t = useT();
  const [state, setState] = useState<PanelState>({ kind: "idle" });
  const searching = state.kind === "searching";

  // While searching: the scenario shown now is the one searched. An edit meanwhile searches the edited
  // scenario, and the answer for the one before is dropped (as it is when the panel goes).
  useEffect(() => {
    if (!searching) return;
    let wanted = true;
    void search(scenario, catalog).then((outcome) => {
      if (wanted) setState({ kind: "done", scenario, outcome });
    });
    return () => {
      wanted = false;
    };
  }, [searching, scenario, catalog, search]);

  // What was found for another scenario is not shown.
  const current = (state.kind === "done" || state.kind === "applied") && state.scenario === scenario ? state : null;

  // The button pressed goes with Apply and with Undo: the focus moves to the one that takes it back.
  const panel = useRef<HTMLElement>(null);
  const focusAfter = useRef<((root: HTMLElement) => HTMLElement | null | undefined) | null>(null);
  useEffect(() => {
    const target = focusAfter.current;
    focusAfter.current = null;
    if (target !== null && panel.current !== null) target(panel.current)?.focus();
  }, [state]);

  return (
    <section ref={panel} className="panel mix-panel" aria-labelledby="mix-heading" aria-busy={searching}>
      <h3 id="mix-heading">{t("optimal.heading")}</h3>
      <p className="muted">{t("optimal.intro")}</p>
      <div className="mix-action">
        {current?.kind !== "applied" && (
          <button
            type="button"
            // Not `disabled`: the button keeps the focus of the key that pressed it while the search runs.
            aria-disabled={searching}
            onClick={() => {
              if (!searching) setState({ kind: "searching" });
            }}
          >
            {t("optimal.find")}
          </button>
        )}
        <p role="status" className="mix-status">
          {searching ? t("optimal.searching", { seconds: MIX_CLOCK_LIMIT_MS / 1000 }) : ""}
        </p>
      </div>
      {current?.kind === "done" && current.outcome.kind === "failed" && (
        <p role="alert" className="notice">
          {failureText(t, current.outcome)}
        </p>
      )}
      {current?.kind === "applied" && (
        <div role="status" className="notice mix-applied">
          <p>{t("optimal.applied", { nodeGroup: current.nodeGroup })}</p>
          <button
            type="button"
            onClick={() => {
              const { before, nodeGroup } = current;
              focusAfter.current = (root) =>
                [...root.querySelectorAll<HTMLElement>("[data-node-group]")]
                  .find((element) => element.dataset["nodeGroup"] === nodeGroup)
                  ?.querySelector("button");
              usePlannerStore.getState().editScenario(before.scenario);
              setState({ kind: "done", ...before });
            }}
          >
            {t("optimal.undo")}
          </button>
        </div>
      )}
      {current?.kind === "done" && current.outcome.kind === "result" && (
        <MixResults
          mixes={current.outcome.mixes}
          scenario={scenario}
          onApply={(mix, change) => {
            const outcome = current.outcome;
            focusAfter.current = (root) => root.querySelector<HTMLElement>(".mix-applied button");
            usePlannerStore.getState().editScenario(change);
            setState({ kind: "applied", scenario: change, nodeGroup: mix.nodeGroup, before: { scenario, outcome } });
          }}
        />
      )}
    </section>
  );
}

/** Each node group's result, in the scenario's order. */
function MixResults({
  mixes,
  scenario,
  onApply,
}: {
  mixes: readonly NodeGroupMix[];
  scenario: Scenario;
  onApply: (mix: NodeGroupMix, change: Scenario) => void;
}): ReactNode {
  return (
    <div className="mix-results">
      {mixes.map((mix) => (
        <MixGroupResult
          key={mix.nodeGroup}
          mix={mix}
          scenario={scenario}
          onApply={(change) => {
            onApply(mix, change);
          }}
        />
      ))}
    </div>
  );
}

/** Why the search gave nothing, in words. */
function failureText(t: Translate, outcome: Extract<MixOutcome, { kind: "failed" }>): string {
  if (outcome.stage === "load") return t("optimal.failed.load");
  return t(`optimal.failed.${outcome.stage}`, { message: outcome.message });
}
