/**
 * Catalogues of their own, for words that only a lazy chunk shows (the optimal mix's): kept out of
 * the main catalogues, and this code out of the first script, so that the first load carries neither.
 * A part's English object is the source of its keys and placeholders, as `en` is for the main one.
 */
import { fill, type Placeholders } from "./translate.js";
import type { Locale } from "./locale.js";

/** A part's catalogue: one string per key. */
export type PartMessages = Readonly<Record<string, string>>;

/** What a message of the part catalogue `English` takes after its key, as {@link MessageArgs} for the main one. */
export type PartArgs<English extends PartMessages, Key extends keyof English & string> = [
  Placeholders<English[Key]>,
] extends [never]
  ? []
  : [params: Readonly<Record<Placeholders<English[Key]>, string | number>>];

/** A translate function over a part catalogue (see {@link partTranslator}). */
export type PartTranslate<English extends PartMessages> = <Key extends keyof English & string>(
  key: Key,
  ...params: PartArgs<English, Key>
) => string;

/**
 * A {@link PartTranslate} for one language: the part's messages in `locale`, filled as {@link t}
 * fills the main catalogue's (plurals by the language's rules).
 */
export function partTranslator<English extends PartMessages>(
  locale: Locale,
  messages: { readonly [Key in keyof English]: string },
): PartTranslate<English> {
  return (key, ...params) => fill(locale, messages[key], params[0]);
}
