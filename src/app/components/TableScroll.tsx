/**
 * A table that fits its space: when it is wider than its column, it scrolls sideways inside its own
 * box (never the page) with a scrollbar that stays visible, a shadow at the edge where more of it is
 * hidden, and, with `sticky-first` on the table, its first column kept in view. The styles are
 * `.table-fit` in styles.css; the columns' order (the answers first after the name) is the table's.
 */
import { useEffect, useRef, type ReactNode, type RefObject } from "react";

/**
 * Marks `frame` with `data-more-start` while `box` is scrolled away from its start, and with
 * `data-more-end` while more of it lies past its end, after every scroll and resize (of the box and
 * of what it holds); the edge cues in styles.css show on those marks. Also sets `--cue-end` and
 * `--cue-bottom` (px) on `frame`: the room the box's own scrollbars and borders take, so a cue
 * covers neither. Attributes, not React state: scrolling re-renders nothing.
 */
function useScrollCues(box: RefObject<HTMLElement | null>, frame: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const scroller = box.current;
    const outer = frame.current;
    if (scroller === null || outer === null) return;
    const mark = (): void => {
      const hidden = scroller.scrollWidth - scroller.clientWidth;
      outer.toggleAttribute("data-more-start", scroller.scrollLeft > 1);
      outer.toggleAttribute("data-more-end", hidden - scroller.scrollLeft > 1);
    };
    const measure = (): void => {
      outer.style.setProperty("--cue-end", `${scroller.offsetWidth - scroller.clientWidth}px`);
      outer.style.setProperty("--cue-bottom", `${scroller.offsetHeight - scroller.clientHeight}px`);
      mark();
    };
    measure();
    scroller.addEventListener("scroll", mark, { passive: true });
    const observer = new ResizeObserver(measure);
    observer.observe(scroller);
    for (const child of scroller.children) observer.observe(child);
    return () => {
      scroller.removeEventListener("scroll", mark);
      observer.disconnect();
    };
  }, [box, frame]);
}

/**
 * A wide table's frame and scrolling box: a keyboard-focusable region named by `labelledBy` (the
 * table's caption or heading), so it scrolls with the arrow keys too.
 *
 * @example
 * <TableScroll labelledBy="zones-caption">
 *   <table className="data-table sticky-first">…</table>
 * </TableScroll>
 */
export function TableScroll({
  labelledBy,
  className,
  id,
  scrollRef,
  children,
}: {
  /** Id of the element that names the table: the region's accessible name. */
  readonly labelledBy: string;
  /** More classes for the scrolling box (the explorer's `table-scroll`, capped at most of the screen's height). */
  readonly className?: string;
  /** Id of the scrolling box. */
  readonly id?: string;
  /** The scrolling box, for a caller that needs it as well (the explorer's virtualiser). */
  readonly scrollRef?: RefObject<HTMLDivElement | null>;
  readonly children: ReactNode;
}): ReactNode {
  const ownRef = useRef<HTMLDivElement>(null);
  const box = scrollRef ?? ownRef;
  const frame = useRef<HTMLDivElement>(null);
  useScrollCues(box, frame);
  return (
    <div className="table-fit" ref={frame}>
      <div
        ref={box}
        id={id}
        className={className === undefined ? "table-fit-scroll" : `table-fit-scroll ${className}`}
        role="region"
        aria-labelledby={labelledBy}
        tabIndex={0}
      >
        {children}
      </div>
    </div>
  );
}
