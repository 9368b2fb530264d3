import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { absolutePreviewUrls } from "../../src/build/site-url-plugin.js";

const INDEX_HTML = readFileSync(new URL("../../index.html", import.meta.url), "utf8");

/** The content of the `<meta>` tags with a property or name. */
function metaContent(html: string, name: string): string | undefined {
  return new RegExp(`<meta\\s+(?:property|name)="${name}"\\s+content="([^"]*)"`).exec(html)?.[1];
}

describe("the link preview's addresses", () => {
  test("index.html has them relative: the site works from any path", () => {
    expect(metaContent(INDEX_HTML, "og:image")).toBe("social-preview.png");
    expect(metaContent(INDEX_HTML, "twitter:image")).toBe("social-preview.png");
    expect(metaContent(INDEX_HTML, "og:url")).toBe("./");
  });

  test("with the site's URL they are absolute, under its folder with or without the trailing slash", () => {
    for (const siteUrl of ["https://example.com/tools/eksize/", "https://example.com/tools/eksize"]) {
      const html = absolutePreviewUrls(INDEX_HTML, siteUrl);
      expect(metaContent(html, "og:image")).toBe("https://example.com/tools/eksize/social-preview.png");
      expect(metaContent(html, "twitter:image")).toBe("https://example.com/tools/eksize/social-preview.png");
      expect(metaContent(html, "og:url")).toBe("https://example.com/tools/eksize/");
      // Nothing else changes.
      expect(html.replace(/content="https:\/\/example\.com\/tools\/eksize\/(social-preview\.png)?"/g, "")).toBe(
        INDEX_HTML.replace(/content="(social-preview\.png|\.\/)"/g, ""),
      );
    }
  });

  test("a URL that is not http(s) is refused by name", () => {
    expect(() => absolutePreviewUrls(INDEX_HTML, "ftp://example.com/")).toThrow(
      "EKSIZE_SITE_URL must be an http(s) URL, not ftp://example.com/",
    );
    expect(() => absolutePreviewUrls(INDEX_HTML, "eksize")).toThrow(
      "EKSIZE_SITE_URL must be an http(s) URL, not eksize",
    );
  });
});
