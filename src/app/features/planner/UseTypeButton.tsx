/**
 * "Use this type": one click puts a node group on a ranked instance type, as a normal edit of the
 * planner's scenario (the share link follows; editing the types back undoes it). Where the group
 * already runs that type alone, it says so instead.
 */
import type { InstanceTypeChoice } from "eksize";
import type { ReactNode } from "react";
import { useT } from "../../i18n/index.js";
import { usePlannerStore } from "../../store/planner-store.js";

/** The button for one ranked type; `onUse` hears of the click after the edit. */
export function UseTypeButton({
  choice,
  onUse,
}: {
  choice: InstanceTypeChoice;
  onUse: (choice: InstanceTypeChoice) => void;
}): ReactNode {
  const t = useT();
  const inUse = usePlannerStore((state) =>
    state.scenario.nodeGroups.some(
      (group) =>
        group.name === choice.nodeGroup &&
        group.instanceTypes.length === 1 &&
        group.instanceTypes[0] === choice.instanceType,
    ),
  );
  if (inUse) return <span className="in-use">{t("planner.ranking.inUse")}</span>;
  return (
    <button
      type="button"
      className="use-type"
      aria-label={t("planner.ranking.useLabel", { instanceType: choice.instanceType, nodeGroup: choice.nodeGroup })}
      onClick={() => {
        usePlannerStore.getState().chooseInstanceType(choice);
        onUse(choice);
      }}
    >
      {t("planner.ranking.use")}
    </button>
  );
}
