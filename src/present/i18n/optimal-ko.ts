import type { optimalEn } from "./optimal-en.js";

/** Korean words of the planner's optimal mix panel (see `optimal-en.ts`), spread into the Korean catalog. */
export const optimalKo = {
  "optimal.heading": "가장 저렴한 인스턴스 유형 조합",
  "optimal.intro":
    "노드 그룹마다 인스턴스 유형을 조합해 파드를 모두 담는 가장 저렴한 노드를 찾고, 어떤 계획도 내려갈 수 없는 비용 하한을 구합니다. 처음 찾을 때 솔버(1.2MB)를 불러옵니다.",
  "optimal.find": "가장 저렴한 조합 찾기",
  "optimal.searching": "찾는 중… 노드 그룹마다 최대 {seconds}초 걸립니다.",
  "optimal.failed.solver":
    "솔버를 시작하지 못했습니다: {message}. 브라우저가 WebAssembly를 거부했거나('wasm-unsafe-eval'이 없는 Content-Security-Policy) 메모리가 부족합니다. 위의 계획은 그대로입니다.",
  "optimal.failed.search": "검색이 멈췄습니다: {message}. 위의 계획은 그대로입니다.",
  "optimal.failed.load":
    "검색 코드를 불러오지 못했습니다(오프라인이거나 그사이 사이트가 업데이트됨). 페이지를 새로 고친 뒤 다시 시도하세요. 위의 계획은 그대로입니다.",
  "optimal.saving.fewer": "최적 조합: 월 {saving} 절감, 노드 {nodes}대 감소",
  "optimal.saving.same": "최적 조합: 월 {saving} 절감, 노드 수는 같음",
  "optimal.saving.more": "최적 조합: 월 {saving} 절감, 노드 {nodes}대 증가",
  "optimal.apply": "적용",
  "optimal.applyLabel": "{nodeGroup}에 최적 조합 적용",
  "optimal.applied": "{nodeGroup}에 적용했습니다. 위의 계획과 청구서는 새 시나리오의 것입니다.",
  "optimal.undo": "실행 취소",
  "optimal.noChange": "이 그룹의 인스턴스 유형을 바꾸거나 그룹을 나눠도 eksize의 계획이 더 저렴해지지 않습니다.",
} as const satisfies { readonly [Key in keyof typeof optimalEn]: string };
