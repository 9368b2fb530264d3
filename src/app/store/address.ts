/**
 * The site's addresses: which page is on screen and what it shows, all in the URL's hash, so a static
 * host serves every page from one `index.html` and any sub-path works.
 *
 * ```text
 * #s=<token>                          the planner, the home page (and every link made before pages had
 *                                     addresses, `#s=…&lang=ko` included: other parameters are kept)
 * #/scenarios?s=<token>               the saved scenarios
 * #/import?s=<token>                  the kubectl import
 * #/network?s=<token>                 the network plan
 * #/explorer?s=<token>&region=…&…     the instance explorer, its view in its own parameters
 *                                     (src/present/explorer/address.ts lists them)
 * ```
 *
 * `s` is the share link's token (share-link.ts); every page carries it, so each page's address opens
 * that page with the scenario. `#/planner?…` also opens the planner, as does an unknown route. A hash
 * that is neither a route nor `name=value` parameters (`#planner-results`, a skip link's target) is
 * not an address: it changes nothing.
 *
 * Pure functions over strings: values stay as they are in the URL (percent-encoded), so the share
 * token reaches `decodeScenario` exactly as it was written.
 */
import type { Page } from "./site-store.js";

/** One `name=value` parameter of an address, the value as written in the URL (percent-encoded). */
export type AddressParam = readonly [name: string, value: string];

/** A page and its parameters, in their order in the URL. */
export interface Address {
  readonly page: Page;
  readonly params: readonly AddressParam[];
}

/** Each page's route: the planner has none, it is the home page. */
const ROUTES = {
  planner: "",
  scenarios: "scenarios",
  import: "import",
  network: "network",
  explorer: "explorer",
} as const satisfies Record<Page, string>;

const PAGE_OF_ROUTE: ReadonlyMap<string, Page> = new Map(
  Object.entries(ROUTES).map(([page, route]) => [route === "" ? "planner" : route, page as Page]),
);

/** The `name=value` parts of a query; parts without `=` are dropped. */
function readParams(query: string): AddressParam[] {
  return query
    .split("&")
    .filter((part) => part.includes("="))
    .map((part) => {
      const at = part.indexOf("=");
      return [part.slice(0, at), part.slice(at + 1)] as const;
    });
}

/**
 * The address in a hash (with or without its `#`), or null when the hash is not an address (an
 * in-page target such as `#planner-results`). An empty hash is the planner with no parameters.
 *
 * @example readAddress("#s=1.abc&lang=ko") // { page: "planner", params: [["s", "1.abc"], ["lang", "ko"]] }
 * @example readAddress("#/explorer?s=1.abc&sort=-maxPods") // { page: "explorer", params: [["s", "1.abc"], ["sort", "-maxPods"]] }
 * @example readAddress("#planner-results") // null
 */
export function readAddress(hash: string): Address | null {
  const text = hash.replace(/^#/, "");
  if (text.startsWith("/")) {
    const at = text.indexOf("?");
    const route = (at === -1 ? text.slice(1) : text.slice(1, at)).replace(/\/+$/, "");
    return { page: PAGE_OF_ROUTE.get(route) ?? "planner", params: at === -1 ? [] : readParams(text.slice(at + 1)) };
  }
  if (text === "" || text.includes("=")) return { page: "planner", params: readParams(text) };
  return null;
}

/**
 * The hash of an address (values written as given): `""` for the planner without parameters, so
 * the URL then has no hash at all.
 *
 * @example addressHash({ page: "planner", params: [["s", "1.abc"]] }) // "#s=1.abc"
 * @example addressHash({ page: "network", params: [["s", "1.abc"]] }) // "#/network?s=1.abc"
 */
export function addressHash({ page, params }: Address): string {
  const query = params.map(([name, value]) => `${name}=${value}`).join("&");
  if (page === "planner") return query === "" ? "" : `#${query}`;
  return `#/${ROUTES[page]}${query === "" ? "" : `?${query}`}`;
}

/** The raw value of a parameter, or null when the address has none of that name. */
export function paramValue(params: readonly AddressParam[], name: string): string | null {
  return params.find(([candidate]) => candidate === name)?.[1] ?? null;
}

/**
 * The parameters with `name` set to `value` in place (first when it was absent), or removed when
 * `value` is null; the others kept in order.
 */
export function withParam(params: readonly AddressParam[], name: string, value: string | null): AddressParam[] {
  const others = params.filter(([candidate]) => candidate !== name);
  if (value === null) return others;
  const at = params.findIndex(([candidate]) => candidate === name);
  if (at === -1) return [[name, value], ...others];
  return params.map(([candidate, old]) => (candidate === name ? [name, value] : [candidate, old]));
}
