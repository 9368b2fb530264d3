/**
 * The Korean catalogues use one form per term, the one the Kubernetes and AWS Korean docs use
 * (`../shared/reference/ko-glossary.md`, copied into this test as the list of forms it bans), the
 * 합니다체 with "-세요" for instructions, and one counter per thing: 노드 3대, 파드 3개.
 */
import { describe, expect, it } from "vitest";
import { adviceKo } from "../../src/present/i18n/advice-ko.js";
import { ko } from "../../src/present/i18n/ko.js";

/** A form the glossary bans, the form to use, and why. */
const BANNED: readonly (readonly [RegExp, string])[] = [
  [/프리픽스/, "접두사 (prefix delegation: 접두사 위임; AWS ko cni-increase-ip-addresses)"],
  [/연장 지원/, "확장 지원 (AWS ko kubernetes-versions-extended)"],
  [/복제본/, "레플리카 (kubernetes.io/ko)"],
  [/한도/, "제한 (limits; kubernetes.io/ko resource-quotas)"],
  [/십시오/, "-세요 (instructions, as the AWS Korean docs write them)"],
  [/DaemonSet(?![A-Za-z])/, "데몬셋 (kubernetes.io/ko)"],
  [/Fargate 프로필/, "Fargate 프로파일 (AWS ko fargate-profile)"],
  [/선택기/, "셀렉터"],
  [/할당 (CPU|메모리)/, "할당 가능 CPU/메모리 (allocatable, not allocated)"],
  [/리밸런스/, "재조정 권장 사항 (AWS ko EC2 Spot)"],
  [/포드/, "파드 (kubernetes.io/ko)"],
  [/US\$/, "$70.08 (the narrow symbol)"],
  [/\$\/|\$0/, "시간당 요금, 월 요금 (headers say what is counted, not $)"],
  [/₩/, "98,112원 (the amount, then 원)"],
  // Counters: nodes are counted with 대, pods with 개 (노드 3대, 파드 3개).
  [/노드(?: 수|:)? \{[^}]+\}개/, "노드 N대 (nodes take the counter 대)"],
  [/\{\w*[nN]odes\w*\}(?!대)/, "{nodes}대 (a count of nodes takes 대, even after an instance type)"],
  [/파드 \{[^}]+\}대/, "파드 N개 (pods take the counter 개)"],
];

const catalogues = { ko, adviceKo } as const;

describe("the Korean catalogues", () => {
  it.each(Object.entries(catalogues))("%s uses the glossary's forms only", (_name, catalogue) => {
    const found = Object.entries(catalogue).flatMap(([key, text]) =>
      BANNED.filter(([form]) => form.test(text)).map(([form, use]) => `${key}: ${String(form)} → ${use}`),
    );
    expect(found).toEqual([]);
  });

  it("catches the money forms it bans: US$, $ in headers and sums, ₩ before an amount", () => {
    const sample = ["US$70.08", "$/월", "스팟 노드 없음: $0", "1달러당 ₩1,400"];
    expect(
      sample.map((text) => BANNED.filter(([form]) => form.test(text)).map(([, use]) => use.split(" ")[0])),
    ).toEqual([["$70.08"], ["시간당"], ["시간당"], ["98,112원"]]);
  });

  it("catches a node counted with 개, a node count without 대, and a pod counted with 대", () => {
    const sample = [
      "노드 {nodes}개",
      "최대 노드 수 {maxNodes}개에 도달",
      "지금 노드: {count}개",
      "{group}: {nodes} × {instanceType}",
      "최소 {minNodes}개.",
      "파드 {pods}대",
      "노드 {nodes}대, 파드 {pods}개",
    ];
    expect(
      sample.map((text) => BANNED.filter(([form]) => form.test(text)).map(([, use]) => use.split(" ")[0])),
    ).toEqual([["노드", "{nodes}대"], ["노드", "{nodes}대"], ["노드"], ["{nodes}대"], ["{nodes}대"], ["파드"], []]);
  });

  it("catches what it bans (the test can fail)", () => {
    const sample = "aws-node DaemonSet의 프리픽스 위임을 켜십시오 (연장 지원)";
    expect(BANNED.filter(([form]) => form.test(sample)).map(([, use]) => use.split(" ")[0])).toEqual([
      "접두사",
      "확장",
      "-세요",
      "데몬셋",
    ]);
  });
});
