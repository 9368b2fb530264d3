/**
 * Links within a page that move the focus to their target. They do not follow their `href`: the URL
 * hash carries the page's address and the share link (`#/explorer?s=…`), which a `#target` would replace.
 */
import type { MouseEvent, ReactNode } from "react";

/**
 * Moves the focus to the element with id `target` and scrolls it into view. The target is focusable
 * (`tabindex`), or is made so with `tabindex="-1"`; nothing happens when it is not on the page.
 */
export function focusTarget(target: string): void {
  const element = document.getElementById(target);
  if (element === null) return;
  if (!element.hasAttribute("tabindex")) element.setAttribute("tabindex", "-1");
  element.focus({ preventScroll: true });
  element.scrollIntoView({ block: "start" });
}

/** A link to the element with id `target` on the same page, focusing it rather than following the hash. */
export function JumpLink({
  target,
  className,
  children,
}: {
  readonly target: string;
  readonly className?: string;
  readonly children: ReactNode;
}): ReactNode {
  const jump = (event: MouseEvent<HTMLAnchorElement>): void => {
    event.preventDefault();
    focusTarget(target);
  };
  return (
    <a className={className} href={`#${target}`} onClick={jump}>
      {children}
    </a>
  );
}
