/**
 * One kubectl import, as the worker (or, where there is no Worker, the page) runs it: read the texts
 * and files given, then `importKubernetes`. Pure apart from reading the files; no React.
 */
import {
  importKubernetes,
  MAX_KUBE_JSON_LENGTH,
  type KubeImport,
  type KubeImportInput,
  type KubeImportOptions,
  type KubeInput,
  type Result,
} from "eksize";

/** Where one kubectl output comes from: text pasted into the page, or a file chosen or dropped. */
export type KubeSource =
  { readonly kind: "text"; readonly text: string } | { readonly kind: "file"; readonly file: File };

/** What to import: the pods (required), the workloads and nodes lists (optional), and the options. */
export interface ImportRequest {
  readonly sources: Readonly<Partial<Record<KubeInput, KubeSource>>> & { readonly pods: KubeSource };
  readonly options: KubeImportOptions;
}

/** What the worker posts back: the import's result, or why it could not run (a file unreadable, memory exhausted). */
export type WorkerAnswer =
  | { readonly kind: "result"; readonly result: Result<KubeImport> }
  | { readonly kind: "failed"; readonly message: string };

/** A source's size in characters (text) or bytes (file). */
export function sourceSize(source: KubeSource): number {
  return source.kind === "text" ? source.text.length : source.file.size;
}

/**
 * Runs one import. A file larger than `MAX_KUBE_JSON_LENGTH` bytes is refused before it is read, so
 * a wrong file of gigabytes never fills the memory; everything else is `importKubernetes`'s to judge.
 */
export async function runImportJob(request: ImportRequest): Promise<Result<KubeImport>> {
  const input: Partial<Record<KubeInput, string>> = {};
  for (const [name, source] of Object.entries(request.sources) as [KubeInput, KubeSource | undefined][]) {
    if (source === undefined) continue;
    if (source.kind === "file" && source.file.size > MAX_KUBE_JSON_LENGTH) {
      return {
        ok: false,
        issues: [
          {
            code: "kube-json-too-large",
            params: { input: name, length: source.file.size, maximum: MAX_KUBE_JSON_LENGTH },
          },
        ],
      };
    }
    input[name] = source.kind === "text" ? source.text : await source.file.text();
  }
  return importKubernetes(input as KubeImportInput, request.options);
}
