/**
 * An editable combobox with a list of suggestions, after the WAI-ARIA Authoring Practices' "Editable
 * Combobox With List Autocomplete" (https://www.w3.org/WAI/ARIA/apg/patterns/combobox/): the text is
 * the value, the list only suggests. Typing opens the list; Down and Up open it and move through it
 * (wrapping), Alt+Down opens it without moving; Enter takes the option in focus; Escape closes the
 * list and keeps the text; Tab and a click elsewhere close it. Focus stays in the input: the option
 * in focus is `aria-activedescendant`. A click on an option takes it.
 */
import { useEffect, useState, type KeyboardEvent, type ReactNode } from "react";

/** One suggestion: the value it sets and what it shows. */
export interface ComboboxOption {
  readonly value: string;
  readonly content: ReactNode;
}

/**
 * The combobox: `options` are the suggestions for the current `value`, computed by the caller;
 * `labelId` is the id of the input's label, which names the list too.
 */
export function Combobox({
  id,
  labelId,
  value,
  options,
  onChange,
  className,
  invalid = false,
  describedBy,
}: {
  readonly id: string;
  readonly labelId: string;
  readonly value: string;
  readonly options: readonly ComboboxOption[];
  /** Called with the text as typed, and with an option's value when one is taken. */
  readonly onChange: (value: string) => void;
  readonly className?: string;
  readonly invalid?: boolean;
  readonly describedBy?: string;
}): ReactNode {
  const listId = `${id}-list`;
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const shown = open && options.length > 0;
  const optionId = (index: number) => `${listId}-${index}`;

  // The option in focus stays in view as the arrows move through a long list.
  useEffect(() => {
    if (!shown || active < 0) return;
    document.getElementById(optionId(active))?.scrollIntoView({ block: "nearest" });
  });

  const take = (option: ComboboxOption) => {
    onChange(option.value);
    setOpen(false);
    setActive(-1);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const last = options.length - 1;
    switch (event.key) {
      case "ArrowDown":
        event.preventDefault();
        setOpen(true);
        if (!event.altKey) setActive(!shown || active >= last ? 0 : active + 1);
        break;
      case "ArrowUp":
        event.preventDefault();
        setOpen(!event.altKey);
        if (!event.altKey) setActive(!shown || active <= 0 ? last : active - 1);
        break;
      case "Enter": {
        const option = shown ? options[active] : undefined;
        if (option !== undefined) {
          event.preventDefault();
          take(option);
        }
        break;
      }
      case "Escape":
        if (shown) {
          event.preventDefault();
          setOpen(false);
          setActive(-1);
        }
        break;
    }
  };

  return (
    <span className={["combobox", className].filter(Boolean).join(" ")}>
      <input
        id={id}
        type="text"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        value={value}
        aria-autocomplete="list"
        aria-expanded={shown}
        aria-controls={listId}
        aria-activedescendant={shown && active >= 0 ? optionId(active) : undefined}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy}
        onChange={(event) => {
          onChange(event.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => {
          setOpen(false);
          setActive(-1);
        }}
      />
      <ul id={listId} role="listbox" aria-labelledby={labelId} className="combobox-list" hidden={!shown}>
        {shown &&
          options.map((option, index) => (
            <li
              key={option.value}
              id={optionId(index)}
              role="option"
              aria-selected={index === active}
              className={index === active ? "active" : undefined}
              // Taking an option must not blur the input first (which would close the list).
              onMouseDown={(event) => {
                event.preventDefault();
              }}
              onClick={() => {
                take(option);
              }}
            >
              {option.content}
            </li>
          ))}
      </ul>
    </span>
  );
}
