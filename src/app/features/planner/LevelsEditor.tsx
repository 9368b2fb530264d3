/**
 * A custom load profile's 168 hourly levels: drawn on a chart of the week (a drag sets the hours it
 * passes to the height it is at, in steps of 5%) or pasted as numbers, which the keyboard and screen
 * readers use. Pasted text that is not 168 levels from 0 to 100 stays in the box with what is wrong,
 * and the profile keeps its last valid levels.
 */
import { HOURS_PER_WEEK } from "eksize";
import { useRef, useState, type PointerEvent, type ReactNode } from "react";
import { WEEKDAY_KEYS } from "../../../present/plan/week.js";
import { useT } from "../../i18n/index.js";

/** Height of the drawing, in its own units (one per % of level). */
const LEVEL_SCALE = 100;
/** A drag sets levels in steps of this many %. */
const DRAW_STEP = 5;

/** The levels as text: a day's 24 a line, Monday first. */
export function levelsText(levels: readonly number[]): string {
  const lines: string[] = [];
  for (let day = 0; day < 7; day += 1) lines.push(levels.slice(day * 24, day * 24 + 24).join(" "));
  return lines.join("\n");
}

/** What {@link parseLevels} finds: the levels, or what is wrong with the text. */
export type ParsedLevels =
  | { readonly ok: true; readonly levels: number[] }
  | { readonly ok: false; readonly count: number }
  | { readonly ok: false; readonly hour: number; readonly value: string };

/**
 * The levels in pasted text: numbers separated by commas, semicolons, spaces or new lines; 168 of
 * them, each from 0 to 100 (a spreadsheet's column or row pastes as it is).
 */
export function parseLevels(text: string): ParsedLevels {
  const words = text.split(/[\s,;]+/).filter((word) => word !== "");
  if (words.length !== HOURS_PER_WEEK) return { ok: false, count: words.length };
  const levels: number[] = [];
  for (const [hour, word] of words.entries()) {
    const value = Number(word);
    if (!(Number.isFinite(value) && value >= 0 && value <= 100)) return { ok: false, hour: hour + 1, value: word };
    levels.push(value);
  }
  return { ok: true, levels };
}

/** The drawing and the text box of one workload's levels. */
export function LevelsEditor({
  id,
  workload,
  levels,
  onChange,
}: {
  readonly id: string;
  /** The workload's name, for the labels. */
  readonly workload: string;
  readonly levels: readonly number[];
  readonly onChange: (levels: number[]) => void;
}): ReactNode {
  const t = useT();
  const [text, setText] = useState(() => levelsText(levels));
  // The levels the text was last in step with: a drawing changes them, and the text follows.
  const [shown, setShown] = useState(levels);
  const [drawing, setDrawing] = useState<number[] | null>(null);
  const lastHour = useRef<number | null>(null);
  if (shown !== levels && drawing === null) {
    setShown(levels);
    setText(levelsText(levels));
  }
  const parsed = parseLevels(text);
  const bars = drawing ?? levels;

  const pointAt = (event: PointerEvent<SVGSVGElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    const hour = Math.min(HOURS_PER_WEEK - 1, Math.max(0, Math.floor(((event.clientX - box.left) / box.width) * 168)));
    const height = 1 - (event.clientY - box.top) / box.height;
    const level = Math.min(100, Math.max(0, Math.round((height * 100) / DRAW_STEP) * DRAW_STEP));
    return { hour, level };
  };
  const paint = (current: number[], event: PointerEvent<SVGSVGElement>) => {
    const { hour, level } = pointAt(event);
    const next = [...current];
    // Every hour between the last point and this one, so a quick drag leaves no gap.
    const from = lastHour.current ?? hour;
    for (let h = Math.min(from, hour); h <= Math.max(from, hour); h += 1) next[h] = level;
    lastHour.current = hour;
    return next;
  };

  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  return (
    <div className="levels-editor">
      <svg
        className="levels-drawing"
        viewBox={`0 0 ${HOURS_PER_WEEK} ${LEVEL_SCALE}`}
        preserveAspectRatio="none"
        role="img"
        aria-label={t("week.levels.draw", { workload })}
        onPointerDown={(event) => {
          event.currentTarget.setPointerCapture(event.pointerId);
          lastHour.current = null;
          setDrawing(paint([...levels], event));
        }}
        onPointerMove={(event) => {
          if (drawing !== null) setDrawing(paint(drawing, event));
        }}
        onPointerUp={() => {
          if (drawing !== null) onChange(drawing);
          setDrawing(null);
        }}
        onPointerCancel={() => {
          setDrawing(null);
        }}
      >
        {[1, 2, 3, 4, 5, 6].map((day) => (
          <line key={day} className="levels-day" x1={day * 24} x2={day * 24} y1={0} y2={LEVEL_SCALE} />
        ))}
        {bars.map((level, hour) => (
          <rect key={hour} className="levels-bar" x={hour} width={1} y={LEVEL_SCALE - level} height={level} />
        ))}
      </svg>
      <div className="levels-days" aria-hidden="true">
        {WEEKDAY_KEYS.map((key) => (
          <span key={key}>{t(key)}</span>
        ))}
      </div>
      <label htmlFor={id}>{t("week.levels.label", { workload })}</label>
      <textarea
        id={id}
        className="levels-text"
        rows={7}
        wrap="off"
        spellCheck={false}
        value={text}
        aria-invalid={parsed.ok ? undefined : true}
        aria-describedby={parsed.ok ? hintId : `${errorId} ${hintId}`}
        onChange={(event) => {
          setText(event.target.value);
          const next = parseLevels(event.target.value);
          if (next.ok) {
            setShown(next.levels);
            onChange(next.levels);
          }
        }}
      />
      {!parsed.ok && (
        <span id={errorId} className="field-error">
          {"count" in parsed
            ? t("week.levels.count", { count: parsed.count })
            : t("week.levels.range", { hour: parsed.hour, value: parsed.value })}
        </span>
      )}
      <span id={hintId} className="field-note">
        {t("week.levels.hint")}
      </span>
    </div>
  );
}
