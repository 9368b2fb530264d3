import type { ReactNode } from "react";

/**
 * A heading's or a sentence's words that name a region, with the region's code kept on one line: a
 * phone breaks "Plan and monthly cost in US East (N. Virginia), us-east-1" between words, never at
 * the hyphens of "us-east-1". The text is shown whole when the code is not in it.
 */
export function RegionText({ text, code }: { readonly text: string; readonly code: string }): ReactNode {
  const at = text.lastIndexOf(code);
  if (at < 0) return text;
  return (
    <>
      {text.slice(0, at)}
      <span className="region-code">{code}</span>
      {text.slice(at + code.length)}
    </>
  );
}
