import { instanceTypes } from "eksize/data";
import { memo, type ReactNode } from "react";

/** Id of the one datalist of every instance type name, shared by the instance type inputs. */
export const TYPE_LIST_ID = "planner-instance-types";

/** Every instance type of the dataset, for the type inputs' suggestions (rendered once: it never changes). */
export const InstanceTypeList = memo(function InstanceTypeList(): ReactNode {
  return (
    <datalist id={TYPE_LIST_ID}>
      {instanceTypes.map((type) => (
        <option key={type.name} value={type.name} />
      ))}
    </datalist>
  );
});
