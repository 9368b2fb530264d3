import type { MixMessages } from "./mix-en.js";

/** Korean words of the optimal mix (see `mix-en.ts`). */
export const mixKo = {
  "mix.heading": "가장 저렴한 인스턴스 유형 조합",
  "mix.intro":
    "노드 그룹마다 인스턴스 유형을 조합해 파드를 모두 담는 가장 저렴한 노드를 찾고, 어떤 계획도 내려갈 수 없는 비용 하한을 구합니다. 처음 찾을 때 솔버(1.2MB)를 불러옵니다.",
  "mix.find": "가장 저렴한 조합 찾기",
  "mix.searching": "찾는 중… 노드 그룹마다 최대 2초 걸립니다.",
  "mix.failed.solver":
    "솔버를 시작하지 못했습니다: {message}. 브라우저가 WebAssembly를 거부했거나('wasm-unsafe-eval'이 없는 Content-Security-Policy) 메모리가 부족합니다. 위의 계획은 그대로입니다.",
  "mix.failed.search": "검색이 멈췄습니다: {message}. 위의 계획은 그대로입니다.",
  "mix.failed.load":
    "검색 코드를 불러오지 못했습니다(오프라인이거나 그사이 사이트가 업데이트됨). 페이지를 새로 고친 뒤 다시 시도하세요. 위의 계획은 그대로입니다.",
  "mix.saving.fewer": "최적 조합: 월 {saving} 절감, 노드 {nodes}대 감소",
  "mix.saving.same": "최적 조합: 월 {saving} 절감, 노드 수는 같음",
  "mix.saving.more": "최적 조합: 월 {saving} 절감, 노드 {nodes}대 증가",
  "mix.change.limit-types": "NodePool {nodeGroup}의 인스턴스 유형을 {types}(으)로 제한합니다.",
  "mix.change.split-group":
    "{nodeGroup}을(를) 인스턴스 유형이 하나씩인 {groups}(으)로 나누고, 워크로드를 각 그룹에 고정합니다.",
  "mix.apply": "적용",
  "mix.applyLabel": "{nodeGroup}에 최적 조합 적용",
  "mix.applied": "{nodeGroup}에 적용했습니다. 위의 계획과 청구서는 새 시나리오의 것입니다.",
  "mix.undo": "실행 취소",
  "mix.noChange": "이 그룹의 인스턴스 유형을 바꾸거나 그룹을 나눠도 eksize의 계획이 더 저렴해지지 않습니다.",
  "mix.found": "찾은 가장 저렴한 조합: {byType}, 월 {usd}.",
  "mix.found.proven": "솔버가 증명한 가능한 최저 비용 조합: {byType}, 월 {usd}.",
  "mix.nodes.onDemand": "{instanceType} 온디맨드 {nodes}대",
  "mix.nodes.spot": "{instanceType} 스팟 {nodes}대",
  "mix.launch":
    "{autoscaler}가 시작한 노드는 찾은 가장 저렴한 조합보다 {percent} 비쌉니다(월 {plan}, 조합은 월 {mix}).",
  "mix.launch.cheapest": "{autoscaler}가 시작한 노드는 찾은 가장 저렴한 조합보다 비싸지 않습니다.",
  "mix.cutShort": "검색이 2초 제한에 걸려 일찍 멈췄습니다. 더 저렴한 조합이 있을 수 있지만, 하한은 그대로 유효합니다.",
  "mix.none.pods-pending":
    "{nodeGroup}: 계획이 노드 그룹의 최대 노드 수에서 파드를 대기 상태로 남기므로 조합을 찾지 않았습니다.",
  "mix.none.no-price": "{nodeGroup}: 이 그룹의 인스턴스 유형 중 리전 요금이 없는 것이 있어 조합을 찾지 않았습니다.",
  "mix.none.unsolved": "{nodeGroup}: 솔버가 작업 제한에 걸려 멈췄으므로 조합을 찾지 못했습니다.",
} as const satisfies MixMessages;
