/**
 * Renders the site's PNG images from their SVG sources with Debian's Chromium (playwright-core; never a
 * downloaded browser; CHROMIUM_PATH points elsewhere): the icons of the web manifest (192 and 512 px)
 * and of Apple devices (180 px, opaque: iOS rounds it itself) from public/favicon.svg, and the
 * 1200 × 630 social preview that chat apps show for a link, from src/build/social-preview.svg. The
 * PNGs are committed in public/; run `npm run images` after changing an SVG.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const PUBLIC = fileURLToPath(new URL("../../public/", import.meta.url));
const ICON = readFileSync(`${PUBLIC}favicon.svg`, "utf8");
const PREVIEW = readFileSync(fileURLToPath(new URL("social-preview.svg", import.meta.url)), "utf8");
/** The icon's blue, behind the Apple icon's corners. */
const ICON_BLUE = "#1a73e8";

/** One image: its SVG drawn at `width` × `height` px onto `background` (transparent when null). */
interface Image {
  readonly file: string;
  readonly svg: string;
  readonly width: number;
  readonly height: number;
  readonly background: string | null;
}

const IMAGES: readonly Image[] = [
  { file: "icon-192.png", svg: ICON, width: 192, height: 192, background: null },
  { file: "icon-512.png", svg: ICON, width: 512, height: 512, background: null },
  { file: "apple-touch-icon.png", svg: ICON, width: 180, height: 180, background: ICON_BLUE },
  { file: "social-preview.png", svg: PREVIEW, width: 1200, height: 630, background: null },
];

const browser = await chromium.launch({ executablePath: process.env["CHROMIUM_PATH"] ?? "/usr/bin/chromium" });
try {
  const page = await browser.newPage();
  for (const image of IMAGES) {
    await page.setViewportSize({ width: image.width, height: image.height });
    const sized = image.svg.replace(
      "<svg ",
      `<svg style="display:block;width:${image.width}px;height:${image.height}px" `,
    );
    const background = image.background ?? "transparent";
    await page.setContent(`<!doctype html><body style="margin:0;background:${background}">${sized}</body>`);
    await page.screenshot({ path: `${PUBLIC}${image.file}`, omitBackground: image.background === null });
    console.log(`public/${image.file}: ${image.width} × ${image.height}`);
  }
} finally {
  await browser.close();
}
