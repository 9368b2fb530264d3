import { Component, type ErrorInfo, type ReactNode } from "react";

/** Props of {@link ChartErrorBoundary}. */
export interface ChartErrorBoundaryProps {
  /** What to show instead of the chart when it fails (to load or to render). */
  readonly fallback: ReactNode;
  readonly children: ReactNode;
}

interface ChartErrorBoundaryState {
  readonly failed: boolean;
}

/**
 * Keeps a failure of a lazily loaded chart (a chunk that did not download, a rendering error)
 * inside the chart's frame: the rest of the page (the explorer's breakdown, the planner's comparison,
 * the network plan), whose tables carry the chart's figures, stays on screen; the planner's optimal
 * mix uses it too. Give it a `key` to try again for a new selection.
 */
export class ChartErrorBoundary extends Component<ChartErrorBoundaryProps, ChartErrorBoundaryState> {
  override state: ChartErrorBoundaryState = { failed: false };

  static getDerivedStateFromError(): ChartErrorBoundaryState {
    return { failed: true };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    // Still visible to whoever debugs: the page itself carries on.
    console.warn("A lazily loaded part failed; the rest of the page stays on screen.", error, info.componentStack);
  }

  override render(): ReactNode {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}
