/**
 * The shared pattern of wide tables (TableScroll): a named, keyboard-focusable region that scrolls
 * sideways, whose frame is marked while more of the table lies past its right edge and once it is
 * scrolled from its start (the cues styles.css draws). jsdom does no layout, so the widths and the
 * scroll position are given.
 */
import { fireEvent, render, screen } from "@testing-library/react";
import { describe, expect, test, vi } from "vitest";
import { TableScroll } from "../../src/app/components/TableScroll.js";

/** Gives every element the scroll box of a 900 px wide table seen through `clientWidth` px. */
function layout(clientWidth: number): { scrollTo: (left: number) => void } {
  let left = 0;
  vi.spyOn(HTMLElement.prototype, "scrollWidth", "get").mockReturnValue(900);
  vi.spyOn(HTMLElement.prototype, "clientWidth", "get").mockReturnValue(clientWidth);
  vi.spyOn(HTMLElement.prototype, "scrollLeft", "get").mockImplementation(() => left);
  return {
    scrollTo: (to) => {
      left = to;
      fireEvent.scroll(screen.getByRole("region", { name: "Subnets" }));
    },
  };
}

function renderTable(): HTMLElement {
  render(
    <>
      <h3 id="subnets-heading">Subnets</h3>
      <TableScroll labelledBy="subnets-heading">
        <table className="data-table sticky-first">
          <tbody>
            <tr>
              <th scope="row">us-east-1a</th>
              <td>10.0.0.0/24</td>
            </tr>
          </tbody>
        </table>
      </TableScroll>
    </>,
  );
  const region = screen.getByRole("region", { name: "Subnets" });
  const frame = region.parentElement;
  if (frame === null) throw new Error("no frame");
  return frame;
}

const marks = (frame: HTMLElement) => ({
  start: frame.hasAttribute("data-more-start"),
  end: frame.hasAttribute("data-more-end"),
});

describe("a wide table's scrolling box", () => {
  test("is a region named by its heading that the keyboard can reach, with the table inside", () => {
    layout(900);
    const frame = renderTable();
    const region = screen.getByRole("region", { name: "Subnets" });
    expect(frame.className).toBe("table-fit");
    expect(region.className).toBe("table-fit-scroll");
    expect(region.tabIndex).toBe(0);
    expect(region.querySelector("table.sticky-first")).not.toBeNull();
  });

  test("shows no cue when the table fits", () => {
    layout(900);
    expect(marks(renderTable())).toEqual({ start: false, end: false });
  });

  test("marks more to the right while the table is wider, and the start once it is scrolled", () => {
    const { scrollTo } = layout(300);
    const frame = renderTable();
    expect(marks(frame)).toEqual({ start: false, end: true });
    scrollTo(200);
    expect(marks(frame)).toEqual({ start: true, end: true });
    // 900 − 300: the last column is in view.
    scrollTo(600);
    expect(marks(frame)).toEqual({ start: true, end: false });
    scrollTo(0);
    expect(marks(frame)).toEqual({ start: false, end: true });
  });
});
