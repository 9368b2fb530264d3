import type { MessageKey } from "./en.js";

/** Korean wording of the advice list and its findings, key for key the English ones (en.ts and advice-en.ts). */
export const adviceKo = {
  "advice.heading": "권장 사항",
  "advice.empty": "권장 사항 없음: 이 시나리오에는 손볼 곳이 없습니다.",
  "advice.severity.warning": "경고",
  "advice.severity.saving": "절감",
  "advice.severity.info": "참고",
  "advice.advice-single-node": "{subject}은(는) 노드 1대로 실행되어 단일 장애 지점이 됩니다.",
  "advice.advice-single-node.why":
    "그 노드가 고장 나거나, 업데이트로 드레이닝되거나, 스팟 인스턴스로 회수되면 다른 노드가 준비될 때까지 그 위의 파드가 모두 멈춥니다. 그룹의 최소 노드를 2대 이상으로 하고 가용 영역 2개 이상에 분산하세요.",
  "advice.advice-zone-spread-one-zone":
    "{subject}은(는) 가용 영역에 분배되어야 하지만 {nodeGroup}의 노드는 가용 영역 하나에만 있어 파드가 모두 그곳에 있습니다.",
  "advice.advice-zone-spread-one-zone.why":
    "가용 영역 분배는 노드가 있는 가용 영역 안에서만 맞추므로 그 가용 영역이 중단되면 파드가 모두 멈춥니다. 그룹에 가용 영역을 2개 이상 두고 최대 노드도 그 이상으로 하세요.",
  "advice.advice-pdb-blocks-drain":
    "{subject}의 PodDisruptionBudget({field}: {value}, 레플리카 {replicas}개)은 어떤 파드도 축출하지 못하게 해 그 노드의 드레이닝을 모두 막습니다.",
  "advice.advice-pdb-blocks-drain.why":
    "업데이트, 스케일 인, 스팟 재조정은 축출 API로 노드를 드레이닝하는데, 예산이 중단을 0개 허용하면 기다리기만 합니다. 관리형 노드 그룹 업데이트는 강제하지 않으면 15분 뒤 실패하고, Cluster Autoscaler와 Karpenter는 그 노드를 남겨 둡니다. 1개 이상 허용하세요: maxUnavailable 1, 또는 레플리카보다 작은 minAvailable(백분율은 올림).",
  "advice.prefixDelegation.not-nitro": "{instanceType}은(는) Xen(Nitro 이전) 인스턴스 유형입니다.",
  "advice.prefixDelegation.bare-metal":
    "EC2가 {instanceType}의 하이퍼바이저를 알려 주지 않아 최대 파드 계산(AWS의 max-pods-calculator.sh와 eksize)은 접두사 위임을 무시합니다. 다만 VPC CNI 1.11 이상은 Nitro 베어 메탈에도 접두사를 할당합니다.",
  "advice.advice-prefix-delegation-unsupported":
    "{subject}: {instanceType}은(는) 접두사 위임을 쓸 수 없어 노드의 최대 파드가 {maxPods}개에 머뭅니다. 같은 크기의 Nitro 유형인 {alternative}(으)로는 {alternativeMaxPods}개가 됩니다.",
  "advice.advice-prefix-delegation-unsupported.noAlternative":
    "{subject}: {instanceType}은(는) 접두사 위임을 쓸 수 없어 노드의 최대 파드가 {maxPods}개에 머뭅니다. 데이터셋에 같은 크기의 Nitro 유형이 없습니다.",
  "advice.advice-prefix-delegation-unsupported.why":
    "{reason} VPC CNI는 /28 접두사를 할당할 수 없는 곳에서 ENABLE_PREFIX_DELEGATION을 무시합니다. 이 그룹에 Nitro 유형을 쓰거나, 노드가 받을 수 없는 파드 수를 약속하지 않도록 접두사 위임을 끄세요. Bottlerocket, Karpenter, 사용자 지정 시작 템플릿에서는 kubelet의 maxPods도 설정해야 접두사 위임으로 최대 파드가 늘어납니다.",
  "advice.withPrefixDelegation": "접두사 위임을 켜면",
  "advice.withPrefixDelegation.maxPods": "접두사 위임을 켜고 kubelet의 maxPods도 그에 맞춰 설정하면",
  "advice.advice-max-pods-binding":
    "{subject}은(는) CPU나 메모리보다 파드 슬롯이 먼저 찹니다: {instanceType} {nodes}대, 노드당 파드 {maxPods}개(월 {costUsdPerMonth}). {withPrefixDelegation} 노드당 파드 {maxPodsWithPrefixDelegation}개로 {nodesWithPrefixDelegation}대면 됩니다(월 {costWithPrefixDelegationUsdPerMonth}, {savingUsdPerMonth} 절감).",
  "advice.advice-max-pods-binding.noSaving":
    "{subject}은(는) CPU나 메모리보다 파드 슬롯이 먼저 찹니다: {instanceType} {nodes}대, 노드당 파드 {maxPods}개(월 {costUsdPerMonth}). {withPrefixDelegation} 노드당 파드 {maxPodsWithPrefixDelegation}개로 {nodesWithPrefixDelegation}대면 되지만, 비용은 월 {costWithPrefixDelegationUsdPerMonth}(으)로 줄지 않습니다.",
  "advice.advice-max-pods-binding.unknownCost":
    "{subject}은(는) CPU나 메모리보다 파드 슬롯이 먼저 찹니다: {instanceType} {nodes}대, 노드당 파드 {maxPods}개. {withPrefixDelegation} 노드당 파드 {maxPodsWithPrefixDelegation}개로 {nodesWithPrefixDelegation}대면 됩니다. 데이터셋에 없는 가격이 있어 절감액은 알 수 없습니다.",
  "advice.advice-max-pods-binding.why":
    "접두사 위임 없이는 노드가 ENI의 보조 IPv4 주소 하나당 파드 하나를 받습니다. aws-node 데몬셋에 ENABLE_PREFIX_DELEGATION=true를 설정하면 주소 슬롯마다 주소 16개짜리 /28 접두사가 들어가고, EKS는 vCPU 30개까지 노드당 파드 110개, 그 이상은 250개를 권장합니다. EKS AMI의 관리형 노드 그룹은 이를 적용하지만 Bottlerocket, Karpenter, 사용자 지정 시작 템플릿에서는 kubelet의 maxPods도 설정해야 합니다. 접두사에는 서브넷에 비어 있는 연속된 /28 블록이 필요합니다.",
  "advice.advice-max-pods-binding.prefixDelegationOn":
    "{subject}은(는) CPU나 메모리보다 파드 슬롯이 먼저 찹니다: {instanceType} {nodes}대, 노드당 파드 {maxPods}개(월 {costUsdPerMonth}), 접두사 위임은 이미 켜져 있습니다.",
  "advice.advice-max-pods-binding.prefixDelegationOn.unknownCost":
    "{subject}은(는) CPU나 메모리보다 파드 슬롯이 먼저 찹니다: {instanceType} {nodes}대, 노드당 파드 {maxPods}개, 접두사 위임은 이미 켜져 있습니다.",
  "advice.advice-max-pods-binding.prefixDelegationOn.why":
    "CPU나 메모리가 아니라 kubelet의 최대 파드 수가 그룹에 필요한 노드 수를 정합니다. 더 큰 인스턴스 유형(EKS는 vCPU 30개 초과에 파드 250개를 권장), 더 적고 큰 파드, 또는 노드에 더 높은 maxPods를 설정하면 노드를 더 잘 채울 수 있습니다. Bottlerocket, Karpenter, 사용자 지정 시작 템플릿에서는 kubelet의 maxPods도 설정해야 접두사 위임으로 최대 파드가 늘어납니다.",
  "advice.advice-max-pods-binding.prefixDelegationUnsupported":
    "{subject}은(는) CPU나 메모리보다 파드 슬롯이 먼저 찹니다: {instanceType} {nodes}대, 노드당 파드 {maxPods}개(월 {costUsdPerMonth}).",
  "advice.advice-max-pods-binding.prefixDelegationUnsupported.unknownCost":
    "{subject}은(는) CPU나 메모리보다 파드 슬롯이 먼저 찹니다: {instanceType} {nodes}대, 노드당 파드 {maxPods}개.",
  "advice.advice-max-pods-binding.prefixDelegationUnsupported.why":
    "접두사 위임을 켜면 최대 파드가 늘지만, 이 그룹의 인스턴스 유형이 모두 이를 쓸 수 있는 것은 아닙니다. Nitro 유형만 쓸 수 있습니다. 그룹에 Nitro 유형만 남기고 켜거나, 더 큰 인스턴스 유형을 쓰세요.",
  "advice.advice-spot-few-types":
    "{subject}은(는) 서로 바꿔 쓸 수 있는 인스턴스 유형이 너무 적은 상태로 스팟을 씁니다: {count}개({instanceTypes}), AWS 권장은 {minimum}개 이상입니다.",
  "advice.advice-spot-few-types.why":
    "가용 영역마다 인스턴스 유형 하나가 각각 스팟 용량 풀입니다. 풀이 적으면 EC2가 내줄 용량이 없는 경우가 잦고 노드를 한꺼번에 회수합니다. Cluster Autoscaler는 혼합 인스턴스 그룹을 첫 유형으로 계산하므로, vCPU·메모리·아키텍처·GPU가 같은 유형(같은 크기의 다른 패밀리와 세대)을 추가하고 price-capacity-optimized 할당 전략을 쓰세요.",
  "advice.advice-spot-few-types.karpenter":
    "{subject}은(는) 인스턴스 유형이 너무 적은 상태로 스팟을 씁니다: {count}개({instanceTypes}), AWS 권장은 {minimum}개 이상입니다. 또한 Karpenter는 더 싼 선택지가 {consolidationMinimum}개 이상일 때만 스팟 노드를 더 싼 스팟 노드로 바꿉니다.",
  "advice.advice-spot-few-types.karpenter.why":
    "가용 영역마다 인스턴스 유형 하나가 각각 스팟 용량 풀입니다. 풀이 적으면 EC2가 내줄 용량이 없는 경우가 잦고 노드를 한꺼번에 회수합니다. Karpenter는 NodePool의 모든 유형 중에서 고르므로(스팟은 price-capacity-optimized), 유형 몇 개를 나열하기보다 요구 조건(패밀리, 크기, 세대)을 넓히세요.",
  "advice.advice-spot-single-replica": "{subject}은(는) 스팟 노드가 있는 {nodeGroup}에서 레플리카 하나로 실행됩니다.",
  "advice.advice-spot-single-replica.why":
    "EC2가 그 노드를 회수하면 파드가 다른 노드에서 뜰 때까지 워크로드가 멈춥니다. 레플리카를 2개 이상 두어 노드에 분산하거나(토폴로지 분배 제약 조건 또는 파드 안티어피니티), 용량 유형 레이블의 노드 셀렉터로 온디맨드 노드에 두세요.",
  "advice.advice-spot-interruption":
    "EC2는 스팟 노드(여기서는 {spotNodes}대)를 2분 전 통지로 회수할 수 있습니다. 드레인 중에도 파드 일부가 계속 돌도록 {workloads}에 PodDisruptionBudget을 두세요.",
  "advice.advice-spot-interruption.noWorkloads":
    "EC2는 스팟 노드(여기서는 {spotNodes}대)를 2분 전 통지로 회수할 수 있습니다.",
  "advice.advice-spot-interruption.why":
    "관리형 노드 그룹은 용량 재조정(Capacity Rebalancing)을 켭니다. EC2가 재조정 권장 사항을 보내면 EKS가 스팟 노드를 드레인하며, 대개 중단 통지보다 먼저입니다. 자체 관리형 그룹에는 이를 위해 AWS Node Termination Handler가 필요합니다. terminationGracePeriodSeconds는 2분보다 충분히 짧게 두세요.",
  "advice.advice-spot-interruption.why.karpenter":
    "Karpenter는 중단 대기열이 있을 때만 통지를 받고 스팟 노드를 드레인합니다. EventBridge 규칙이 채우는 SQS 대기열을 settings.interruptionQueue에 지정하고, AWS Node Termination Handler는 함께 실행하지 마세요. terminationGracePeriodSeconds는 2분보다 충분히 짧게 두세요.",
  "advice.advice-private-cluster-autoscaler":
    "프라이빗 클러스터의 Cluster Autoscaler는 실행 중에 인스턴스 유형을 가져올 수 없습니다. --aws-use-static-instance-list=true로 실행하세요.",
  "advice.advice-private-cluster-autoscaler.why":
    "정적 목록은 Cluster Autoscaler 릴리스마다 컴파일되어 그 전에 출시된 인스턴스 유형만 압니다. {instanceTypes}을(를) 아는 릴리스를 쓰세요. VPC에는 STS와 EC2 Auto Scaling 엔드포인트도 필요합니다.",
  "advice.advice-auto-mode-node-expiry":
    "EKS Auto Mode는 노드를 {expiryHours}시간(14일, 최대 {maximumDays}일)마다 교체하며 파드를 축출합니다. {workloads}에 PodDisruptionBudget을 두어 교체 중에도 파드 일부가 계속 실행되게 하세요.",
  "advice.advice-auto-mode-node-expiry.noWorkloads":
    "EKS Auto Mode는 노드를 {expiryHours}시간(14일, 최대 {maximumDays}일)마다 교체하며 PodDisruptionBudget 안에서 파드를 축출합니다.",
  "advice.advice-auto-mode-node-expiry.why":
    "Auto Mode는 만료된 노드와 오래된 AMI의 노드(새 AMI는 대략 매주 나옵니다)를 기본적으로 NodePool의 10%씩 드레인합니다. 예산이 없는 파드는 노드와 함께 멈출 수 있고, 레플리카가 하나면 반드시 멈춥니다. NodePool의 expireAfter로 수명을 최대 {maximumDays}일까지 바꿀 수 있습니다.",
  "advice.advice-alb-group":
    "인그레스 {ingresses}개가 ALB {albs}개를 씁니다. alb.ingress.kubernetes.io/group.name으로 ALB 하나에 {proposedIngressesPerAlb}개씩 공유하면 {proposedAlbs}개로 충분하고 월 {savingUsdPerMonth}을(를) 절감합니다.",
  "advice.advice-alb-group.unknownRate":
    "인그레스 {ingresses}개가 ALB {albs}개를 씁니다. alb.ingress.kubernetes.io/group.name으로 ALB 하나에 {proposedIngressesPerAlb}개씩 공유하면 {proposedAlbs}개로 충분합니다.",
  "advice.advice-alb-group.why":
    "그룹 이름이 없으면 인그레스마다 ALB가 하나씩 생기고 각각 시간 단위로 과금됩니다. ALB는 기본 규칙 외에 규칙 100개를 담으므로, 인그레스당 규칙이 5개 이하라면 {proposedIngressesPerAlb}개가 하나에 들어갑니다. 용량 단위는 트래픽을 따르므로 절감액은 시간당 요금만 셉니다. 한 그룹의 인그레스는 스킴, 리스너 포트, 보안 그룹 같은 그룹 전체 설정이 같아야 합니다.",
  "advice.advice-nlb-target-type":
    "클러스터의 NLB({nlbs}개)가 대상 유형 instance를 씁니다: 트래픽이 모든 노드의 NodePort로 들어옵니다.",
  "advice.advice-nlb-target-type.why":
    "kube-proxy를 거치는 홉이 더해지고 다른 가용 영역으로 넘어갈 수도 있으며, 파드는 externalTrafficPolicy: Local일 때만 클라이언트 주소를 봅니다. service.beta.kubernetes.io/aws-load-balancer-nlb-target-type: ip로 설정하면 NLB가 파드 주소로 직접 트래픽을 보냅니다.",
  "advice.advice-nlb-target-type.why.fargate":
    "Fargate 파드({fargateWorkloads})에는 NodePort를 열 노드가 없어 ip 대상만 될 수 있습니다. service.beta.kubernetes.io/aws-load-balancer-nlb-target-type: ip로 설정하세요. 다른 가용 영역으로 넘어갈 수도 있는 NodePort 홉도 없어집니다.",
  "advice.advice-fargate-unsupported":
    "{subject}은(는) Fargate 프로파일 {profile}에 있지만 Fargate가 실행할 수 없어 파드가 대기 상태로 남습니다.",
  "advice.advice-fargate-unsupported.why":
    "{reason} 노드 그룹에서 실행되도록 프로파일의 셀렉터(네임스페이스와 레이블)에서 빼세요.",
  "advice.advice-fargate-daemonsets":
    "데몬셋은 Fargate에서 실행되지 않습니다: {daemonSets}은(는) {fargateWorkloads}에 닿지 않습니다.",
  "advice.advice-fargate-daemonsets.why":
    "Fargate는 파드마다 데몬셋 없이 별도의 VM에서 실행합니다. 데몬셋이 하던 일은 그 파드의 사이드카 컨테이너로 실행하세요. 로그는 Fargate에 내장된 Fluent Bit 로그 라우터(aws-logging ConfigMap)가 로그 데몬셋을 대신합니다. aws-node와 kube-proxy는 Fargate가 직접 처리하므로 제외했습니다.",
  "advice.advice-extended-support":
    "컨트롤 플레인이 확장 지원 중입니다: 표준 지원보다 월 {extraUsdPerMonth} 더 듭니다.",
  "advice.advice-extended-support.version":
    "Kubernetes {kubernetesVersion}이(가) 확장 지원 중입니다: 컨트롤 플레인이 표준 지원보다 월 {extraUsdPerMonth} 더 듭니다.",
  "advice.advice-extended-support.dates":
    "Kubernetes {kubernetesVersion}은(는) {endOfStandardSupport}부터 {endOfExtendedSupport}까지 확장 지원 기간입니다: 컨트롤 플레인이 표준 지원보다 월 {extraUsdPerMonth} 더 듭니다.",
  "advice.advice-extended-support.why":
    "Kubernetes 버전은 14개월 표준 지원 후 클러스터 시간당 요금이 더 높은 12개월 확장 지원을 받습니다. 표준 지원 중인 버전으로 업그레이드하면 그 차액을 절감합니다. 업그레이드 정책이 STANDARD이면 EKS는 표준 지원이 끝날 때 클러스터를 확장 지원으로 넘기지 않고 업그레이드합니다.",
  "advice.advice-control-plane-tier-too-small":
    "컨트롤 플레인 {tier} 티어가 보장하는 값({limits})이 최대 부하({peaks})에 못 미칩니다: {needed}.",
  "advice.tier.needed": "이를 감당하는 가장 작은 티어는 {neededTier}입니다",
  "advice.tier.neededEstimate": "추정 한계로 보면 이를 감당하는 가장 작은 티어는 {neededTier}입니다",
  "advice.tier.none": "이를 감당하는 티어가 없습니다",
  "advice.advice-control-plane-tier-too-small.why":
    "EKS 사용 설명서의 한계입니다: API 동시 처리량은 APF seats(LIST는 GET보다 많이 씀), 파드 스케줄링은 초당 개수이며 Kubernetes 1.28–1.29에서는 100개입니다. 표준은 아무것도 보장하지 않습니다. 4XL보다 크면 AWS 계정 팀에 문의하세요.",
  "advice.advice-control-plane-tier-larger":
    "{neededTier} 티어로도 이 {tier} 티어를 고른 최대 부하를 감당하며, 월 {savingUsdPerMonth} 덜 듭니다{estimate}.",
  "advice.advice-control-plane-tier-larger.unknown":
    "{neededTier} 티어로도 이 {tier} 티어를 고른 최대 부하를 감당합니다.",
  "advice.advice-control-plane-tier-larger.why":
    "티어는 지원 요금에 더해 시간당 청구되며 몇 분 만에 바꿀 수 있습니다. etcd가 8GB를 넘으면 표준으로 돌아갈 수 없습니다.",
  "advice.advice-control-plane-tier-unchecked":
    "{tier} 컨트롤 플레인 티어는 월 {costUsdPerMonth}{estimate} 듭니다: 확인하려면 최대 API 동시 처리량이나 파드 스케줄링 속도를 입력하세요.",
  "advice.advice-control-plane-tier-unchecked.unknown":
    "{tier} 컨트롤 플레인 티어를 확인하려면 최대 API 동시 처리량이나 파드 스케줄링 속도를 입력하세요.",
  "advice.advice-control-plane-tier-unchecked.why":
    "AWS는 가장 큰 티어에서 부하 테스트를 한 뒤 최대 부하에서 잰 seats와 초당 파드 수를 감당하는 가장 작은 티어를 고르라고 권장합니다.",
  "advice.advice-amazon-linux-2":
    "{subject}은(는) Amazon Linux 2로 실행되며, 그 EKS AMI는 {amiEndOfSupport}에 끝났습니다(마지막은 Kubernetes {lastVersion}용): AL2023(같은 계획)이나 Bottlerocket으로 옮기세요.{version}",
  "advice.al2.noAmi": " Kubernetes {kubernetesVersion}용은 없습니다.",
  "advice.al2.cgroup": " Kubernetes {kubernetesVersion}용은 없고, 그 kubelet은 AL2의 cgroup v1을 거부합니다.",
  "advice.advice-amazon-linux-2.why":
    "Amazon Linux 2 자체는 {endOfLife}에 끝납니다. AL2는 cgroup v1을 쓰는데, Kubernetes {cgroupV1RefusedFrom}부터 kubelet이 기본적으로 이를 거부합니다(failCgroupV1).",
} as const satisfies Record<Extract<MessageKey, `advice.${string}`>, string>;
