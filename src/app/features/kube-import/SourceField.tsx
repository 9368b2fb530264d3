/**
 * One kubectl output to import: pasted into a text area, or a file chosen or dropped onto the field.
 * A file is kept as a file (never copied into the text area), so tens of megabytes do not slow the page.
 */
import type { KubeInput } from "eksize";
import { useEffect, useRef, useState, type DragEvent, type ReactNode } from "react";
import { useT } from "../../i18n/index.js";
import { useKubeImportStore } from "../../store/kube-import-store.js";
import { useFormatters } from "../../use-formatters.js";

/** The command whose output each field takes. */
export const KUBECTL_COMMANDS: Readonly<Record<KubeInput, string>> = {
  pods: "kubectl get pods -A -o json > pods.json",
  workloads:
    "kubectl get deployments,replicasets,statefulsets,daemonsets,jobs,cronjobs,replicationcontrollers -A -o json > workloads.json",
  nodes: "kubectl get nodes -o json > nodes.json",
  pdbs: "kubectl get pdb -A -o json > pdbs.json",
  hpas: "kubectl get hpa -A -o json > hpas.json",
};

/** The text area and file picker of one input. */
export function SourceField({ input }: { readonly input: KubeInput }): ReactNode {
  const t = useT();
  const format = useFormatters();
  const source = useKubeImportStore((state) => state.sources[input]);
  const setSource = useKubeImportStore((state) => state.setSource);
  const [dragging, setDragging] = useState(false);
  // A folder dropped (a `kubectl cluster-info dump` directory): its name, to say it is not a file.
  const [folder, setFolder] = useState<string | null>(null);
  const textArea = useRef<HTMLTextAreaElement>(null);
  // Removing a file takes its button away: the focus moves to the text area that replaces it.
  const focusTextArea = useRef(false);
  useEffect(() => {
    if (focusTextArea.current && textArea.current !== null) {
      focusTextArea.current = false;
      textArea.current.focus();
    }
  });
  const id = `import-${input}`;
  const labelId = `${id}-label`;

  // Only files are taken over here: dragged text falls through to the text area, which takes it itself.
  const carriesFiles = (event: DragEvent<HTMLElement>): boolean => event.dataTransfer.types.includes("Files");
  const drop = (event: DragEvent<HTMLElement>): void => {
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file === undefined) return;
    event.preventDefault();
    // A dropped folder arrives as a File that cannot be read; its entry says what it is.
    if (event.dataTransfer.items[0]?.webkitGetAsEntry()?.isDirectory === true) {
      setFolder(file.name);
      return;
    }
    setFolder(null);
    setSource(input, { kind: "file", file });
  };

  return (
    <div
      className={dragging ? "import-source dragging" : "import-source"}
      role="group"
      aria-labelledby={labelId}
      onDragOver={(event) => {
        if (!carriesFiles(event)) return;
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => {
        setDragging(false);
      }}
      onDrop={drop}
    >
      {/* A label only while there is a text area to name; a chosen file is named in text. */}
      {source?.kind === "file" ? (
        <span id={labelId}>{t(`import.source.${input}`)}</span>
      ) : (
        <label htmlFor={id} id={labelId}>
          {t(`import.source.${input}`)}
        </label>
      )}
      <p className="hint" id={`${id}-hint`}>
        <code>{KUBECTL_COMMANDS[input]}</code>
      </p>
      {folder !== null && (
        <p className="field-error" role="alert">
          {t("import.folderDropped", { name: folder })}
        </p>
      )}
      {source?.kind === "file" ? (
        <p className="import-file">
          {t("import.file", { name: source.file.name, size: format.bytes(source.file.size) })}{" "}
          <button
            type="button"
            onClick={() => {
              setSource(input, undefined);
              focusTextArea.current = true;
            }}
          >
            {t("import.file.remove", { name: source.file.name })}
          </button>
        </p>
      ) : (
        <textarea
          id={id}
          ref={textArea}
          rows={5}
          spellCheck={false}
          aria-describedby={`${id}-hint`}
          placeholder={t("import.source.placeholder")}
          value={source?.text ?? ""}
          onChange={(event) => {
            const text = event.target.value;
            setSource(input, text === "" ? undefined : { kind: "text", text });
          }}
        />
      )}
      <label className="file-input">
        {t("import.chooseFile", { source: t(`import.source.${input}`) })}
        <input
          type="file"
          accept=".json,application/json"
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = "";
            if (file === undefined) return;
            setFolder(null);
            setSource(input, { kind: "file", file });
          }}
        />
      </label>
    </div>
  );
}
