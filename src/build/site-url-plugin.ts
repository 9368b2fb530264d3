/**
 * A Vite plugin that makes the link preview's addresses absolute when the site's public URL is known
 * at build time (`EKSIZE_SITE_URL=https://example.com/eksize/ npm run build:app`): chat apps and
 * social sites fetch `og:image` with no page to resolve a relative path against. Without it the
 * addresses stay relative to index.html, as every asset is, so the site still works from any path.
 */
import type { Plugin } from "vite";

/** The `<meta>` tags whose content is an address of the site. */
const ADDRESS_META = /(<meta\s+(?:property|name)="(?:og:url|og:image|twitter:image)"\s+content=")([^"]*)(")/g;

/**
 * The HTML with the preview's addresses resolved against `siteUrl` (a trailing `/` is added: the URL
 * is the site's folder).
 *
 * @example absolutePreviewUrls('<meta property="og:image" content="social-preview.png" />', "https://example.com/eksize")
 * // '<meta property="og:image" content="https://example.com/eksize/social-preview.png" />'
 */
export function absolutePreviewUrls(html: string, siteUrl: string): string {
  const folder = URL.parse(siteUrl.endsWith("/") ? siteUrl : `${siteUrl}/`);
  if (folder === null || (folder.protocol !== "https:" && folder.protocol !== "http:")) {
    throw new Error(`EKSIZE_SITE_URL must be an http(s) URL, not ${siteUrl}`);
  }
  return html.replace(ADDRESS_META, (_whole, start: string, path: string, end: string) => {
    return `${start}${new URL(path, folder).href}${end}`;
  });
}

/** The plugin: `siteUrl` undefined or empty leaves the HTML as it is. */
export function siteUrlPlugin(siteUrl: string | undefined): Plugin {
  return {
    name: "eksize-site-url",
    transformIndexHtml(html) {
      return siteUrl === undefined || siteUrl === "" ? html : absolutePreviewUrls(html, siteUrl);
    },
  };
}
