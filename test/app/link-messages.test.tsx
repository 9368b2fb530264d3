/**
 * The words a user reads for a link that cannot be opened, in English and Korean, pinned as inline
 * snapshots: each bad link is decoded by the core and its issues shown by the planner's banner.
 */
import { render, screen } from "@testing-library/react";
import { decodeScenario, defaultScenario, encodeScenario } from "eksize";
import { describe, expect, test } from "vitest";
import { BrokenLinkBanner } from "../../src/app/features/planner/ShareLink.js";
import type { Locale } from "../../src/app/i18n/index.js";
import { usePlannerStore } from "../../src/app/store/planner-store.js";
import { useSiteStore } from "../../src/app/store/site-store.js";

const good = encodeScenario(defaultScenario);

/** A token of a scenario document as given (bad values included), made as encodeScenario makes one. */
function tokenOf(document: unknown): string {
  return encodeScenario(document as typeof defaultScenario);
}

/** The banner's text, one line per issue, for a link in a language. */
function bannerFor(link: string, locale: Locale): string {
  const decoded = decodeScenario(link);
  if (decoded.ok) throw new Error("the link opened");
  useSiteStore.setState({ locale });
  usePlannerStore.getState().showLinkIssues(decoded.issues);
  const { unmount } = render(<BrokenLinkBanner />);
  const alert = screen.getByRole("alert");
  const lines = [
    alert.querySelector("p")?.textContent ?? "",
    ...[...alert.querySelectorAll("li")].map((li) => `- ${li.textContent}`),
  ];
  unmount();
  return lines.join("\n");
}

const both = (link: string) => ({ en: bannerFor(link, "en"), ko: bannerFor(link, "ko") });

describe("messages of bad links", () => {
  test("a link cut short", () => {
    expect(both(`https://eksize.example/#s=${good.slice(0, 40)}`)).toMatchInlineSnapshot(`
      {
        "en": "This link could not be opened. Your own scenario was kept.
      - The link is damaged: it may have been cut short or changed",
        "ko": "이 링크를 열 수 없습니다. 사용자의 시나리오는 그대로 유지했습니다.
      - 링크가 손상되었습니다. 잘렸거나 바뀌었을 수 있습니다",
      }
    `);
  });

  test("a link with a changed character", () => {
    const at = 30;
    const flipped = `${good.slice(0, at)}${good[at] === "A" ? "B" : "A"}${good.slice(at + 1)}`;
    expect(both(flipped)).toMatchInlineSnapshot(`
      {
        "en": "This link could not be opened. Your own scenario was kept.
      - The link is damaged: it may have been cut short or changed",
        "ko": "이 링크를 열 수 없습니다. 사용자의 시나리오는 그대로 유지했습니다.
      - 링크가 손상되었습니다. 잘렸거나 바뀌었을 수 있습니다",
      }
    `);
  });

  test("text that is not a link", () => {
    expect(both("see the plan in the ticket")).toMatchInlineSnapshot(`
      {
        "en": "This link could not be opened. Your own scenario was kept.
      - This is not an eksize scenario link",
        "ko": "이 링크를 열 수 없습니다. 사용자의 시나리오는 그대로 유지했습니다.
      - eksize 시나리오 링크가 아닙니다",
      }
    `);
  });

  test("an empty link", () => {
    expect(both("https://eksize.example/#s=")).toMatchInlineSnapshot(`
      {
        "en": "This link could not be opened. Your own scenario was kept.
      - The link holds no scenario",
        "ko": "이 링크를 열 수 없습니다. 사용자의 시나리오는 그대로 유지했습니다.
      - 링크에 시나리오가 없습니다",
      }
    `);
  });

  test("a link from a newer eksize", () => {
    expect(both(`3.${good.slice(2)}`)).toMatchInlineSnapshot(`
      {
        "en": "This link could not be opened. Your own scenario was kept.
      - This link was made by a newer eksize (link format 3; this one reads up to 2)",
        "ko": "이 링크를 열 수 없습니다. 사용자의 시나리오는 그대로 유지했습니다.
      - 더 새로운 eksize가 만든 링크입니다 (링크 형식 3, 이 eksize는 2까지 읽음)",
      }
    `);
  });

  test("a link far too long", () => {
    expect(both(`1.${"A".repeat(100_000)}`)).toMatchInlineSnapshot(`
      {
        "en": "This link could not be opened. Your own scenario was kept.
      - The link is too long to read (100,002 characters; at most 100,000)",
        "ko": "이 링크를 열 수 없습니다. 사용자의 시나리오는 그대로 유지했습니다.
      - 링크가 너무 길어 읽을 수 없습니다 (100,002자, 최대 100,000자)",
      }
    `);
  });

  test("a scenario with bad values: every field that is wrong, with its value", () => {
    const document = {
      ...defaultScenario,
      workloads: [
        { ...defaultScenario.workloads[0], replicas: -2 },
        { ...defaultScenario.workloads[1], name: "web-frontend", cpuMillicores: "lots" },
      ],
      colour: "blue",
    };
    expect(both(tokenOf(document))).toMatchInlineSnapshot(`
      {
        "en": "This link could not be opened. Your own scenario was kept.
      - Replicas of workload 1: -2 is less than the minimum, 0
      - CPU request of workload 2: Expected a number, got "lots"
      - colour: eksize does not know this field (a typo?)",
        "ko": "이 링크를 열 수 없습니다. 사용자의 시나리오는 그대로 유지했습니다.
      - 워크로드 1의 레플리카: -2은(는) 최솟값 0보다 작습니다
      - 워크로드 2의 CPU 요청: 숫자 값이 필요하지만 "lots"입니다
      - colour: eksize가 모르는 항목입니다 (오타일 수 있음)",
      }
    `);
  });

  test("a scenario of a newer layout", () => {
    expect(both(tokenOf({ ...defaultScenario, version: 3 }))).toMatchInlineSnapshot(`
      {
        "en": "This link could not be opened. Your own scenario was kept.
      - version: This scenario was made by a newer eksize (version 3; this one reads up to 1)",
        "ko": "이 링크를 열 수 없습니다. 사용자의 시나리오는 그대로 유지했습니다.
      - version: 더 새로운 eksize가 만든 시나리오입니다 (버전 3, 이 eksize는 1까지 읽음)",
      }
    `);
  });
});
