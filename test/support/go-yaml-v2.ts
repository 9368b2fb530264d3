/**
 * The type Go's YAML decoder gives a plain (unquoted) scalar: a port of `resolve()` in go-yaml v2
 * (yaml/go-yaml `resolve.go` at tag v2.4.2, the `go.yaml.in/yaml/v2` that sigs.k8s.io/yaml, and so
 * kubectl and eksctl, decode with). Written from that file, not from eksize's writer, so the tests
 * check the writer against the reader the files are applied with.
 *
 * - exact words (`resolveMap`): `y`, `yes`, `on`, `true`, ... booleans; `""`, `~`, `null` nulls;
 *   `.inf`, `.nan` floats; `<<` the merge key;
 * - a scalar starting with a letter of `yYnNtTfFoO~` and not in that map: a string;
 * - starting with `.`: a float when `strconv.ParseFloat` reads it;
 * - starting with a digit or a sign: a timestamp (`YYYY-M-D`, with a time), else, with `_` removed,
 *   an integer (`strconv.ParseInt(s, 0, 64)`: `0x`, `0o`, `0b`, a leading-0 octal, decimal; or the
 *   same as unsigned), else a float matching `yamlStyleFloat`, else `0b`/`-0b` binary;
 * - anything else: a string.
 */
export type GoYamlTag = "str" | "bool" | "null" | "int" | "float" | "timestamp" | "merge";

const WORDS: ReadonlyMap<string, GoYamlTag> = new Map<string, GoYamlTag>([
  ...["y", "Y", "yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON"].map((w) => [w, "bool"] as const),
  ...["n", "N", "no", "No", "NO", "false", "False", "FALSE", "off", "Off", "OFF"].map((w) => [w, "bool"] as const),
  ...["", "~", "null", "Null", "NULL"].map((w) => [w, "null"] as const),
  ...[".nan", ".NaN", ".NAN", ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF", "-.inf", "-.Inf", "-.INF"].map(
    (w) => [w, "float"] as const,
  ),
  ["<<", "merge"],
]);

/** `strconv.ParseInt(s, 0, 64)` or `ParseUint` syntax (range aside: out of range falls to a float anyway). */
const GO_INT = /^[-+]?(?:0[xX][0-9a-fA-F]+|0[oO][0-7]+|0[bB][01]+|0[0-7]*|[1-9][0-9]*)$/;
/** go-yaml v2 `yamlStyleFloat`. */
const YAML_STYLE_FLOAT = /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/;
/** `strconv.ParseFloat` of a scalar starting with `.`: `.5`, `.5e3`. */
const GO_DOT_FLOAT = /^\.[0-9]+(?:[eE][-+]?[0-9]+)?$/;
/** `parseTimestamp`'s formats: `2006-1-2`, with `T`/`t`/space and a time `15:4:5[.9…]` (and a zone after T). */
const GO_TIMESTAMP =
  /^[0-9]{4}-(0?[1-9]|1[0-2])-(0?[1-9]|[12][0-9]|3[01])(?:(?:[Tt][0-9]{1,2}:[0-9]{1,2}:[0-9]{1,2}(?:\.[0-9]+)?(?:Z|[-+][0-9]{2}:[0-9]{2}))|(?: [0-9]{1,2}:[0-9]{1,2}:[0-9]{1,2}(?:\.[0-9]+)?))?$/;

/** The tag go-yaml v2 resolves the plain scalar `text` to. */
export function goYamlV2Tag(text: string): GoYamlTag {
  const word = WORDS.get(text);
  if (word !== undefined) return word;
  const first = text[0] ?? "";
  if (first === ".") return GO_DOT_FLOAT.test(text) ? "float" : "str";
  if (!/^[-+0-9]$/.test(first)) return "str";
  if (GO_TIMESTAMP.test(text)) return "timestamp";
  const plain = text.replaceAll("_", "");
  if (GO_INT.test(plain)) return "int";
  if (YAML_STYLE_FLOAT.test(plain)) return "float";
  if (/^-?0b[01]+$/.test(plain)) return "int";
  return "str";
}
