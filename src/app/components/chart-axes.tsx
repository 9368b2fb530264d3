/**
 * The axes the site's charts share: titles that say what an axis counts and in which unit, and
 * category labels that wrap rather than run into their neighbours. Imported only by charts, which load
 * lazily, so Recharts stays out of the first bundle.
 */
import type { ReactNode } from "react";
import { Text } from "recharts";

/** What Recharts gives a custom axis tick. */
interface TickProps {
  readonly x?: number | string;
  readonly y?: number | string;
  /** The axis' width, px. */
  readonly width?: number | string;
  /** The category: a strategy's or a node group's name. */
  readonly payload?: { readonly value?: string };
}

/**
 * An X axis tick whose label wraps between words within its category's share of the axis (at most
 * `maxWidth` px), so long names (a strategy with its instance type) never run into their neighbours,
 * on a phone as on a desktop. Words are never cut short; in a share under 80 px (a phone) the text
 * is 10 px, so a word such as "configured" or "(m6g.xlarge)" keeps within its share.
 */
export function wrappedTick(categories: number, maxWidth: number) {
  return function WrappedTick({ x, y, width, payload }: TickProps): ReactNode {
    const share = Number(width) / Math.max(1, categories);
    const fontSize = share < 80 ? 10 : 11;
    return (
      <Text
        x={Number(x)}
        y={Number(y)}
        width={Math.min(maxWidth, share - 4)}
        textAnchor="middle"
        verticalAnchor="start"
        fontSize={fontSize}
        // Recharts measures the words with the style's font size, not the attribute's.
        style={{ fontSize }}
      >
        {payload?.value ?? ""}
      </Text>
    );
  };
}

/** A Y axis title, turned to run along the axis. */
export function yTitle(value: string) {
  return {
    value,
    angle: -90,
    position: "insideLeft" as const,
    offset: 4,
    style: { textAnchor: "middle" as const },
    fontSize: 11,
  };
}

/** An X axis title, under the ticks. */
export function xTitle(value: string) {
  return { value, position: "insideBottom" as const, offset: 0, fontSize: 11 };
}
