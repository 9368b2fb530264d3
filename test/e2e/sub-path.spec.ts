import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize, resolve } from "node:path";
import { expect, test } from "@playwright/test";
import { watch } from "./watch.js";

/**
 * The built site served from a sub-path, as a static host would (https://example.com/eksize/): the
 * e2e build (dist/e2e, made by the Playwright config's web server) under /eksize/ on a tiny static
 * server of this test's own, on a free port, with nothing at the root. The planner, the explorer and
 * another region's prices, Korean, the kubectl import's worker and the icons all load from under
 * /eksize/; no request goes to the root, none fails.
 */

const SITE = resolve("dist/e2e");
const PREFIX = "/eksize/";
const TYPES: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".css": "text/css",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".webmanifest": "application/manifest+json",
  ".txt": "text/plain",
};

let server: Server;
let origin = "";

test.beforeAll(async () => {
  server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? "/", "http://localhost").pathname);
    if (!path.startsWith(PREFIX)) {
      response.writeHead(404).end();
      return;
    }
    const file = join(SITE, normalize(path.slice(PREFIX.length) || "index.html"));
    void stat(file).then(
      (found) => {
        if (!file.startsWith(SITE) || !found.isFile()) throw new Error("not a file");
        response.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" });
        createReadStream(file).pipe(response);
      },
      () => response.writeHead(404).end(),
    );
  });
  await new Promise<void>((listening) => server.listen(0, "127.0.0.1", listening));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

test.afterAll(async () => {
  await new Promise((closed) => server.close(closed));
});

test("the site works from /eksize/: planner, explorer, another region, Korean, the import's worker, the icons", async ({
  page,
}) => {
  const { requests, errors } = watch(page);
  const failed: string[] = [];
  page.on("response", (response) => {
    if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
  });

  await page.goto(`${origin}${PREFIX}`);
  await expect(page.getByTestId("total")).toHaveText("$686.40");

  await page.getByRole("link", { name: "Instance explorer" }).click();
  await expect(page.getByRole("status")).toHaveText("1,420 of 1,420 instance types");
  await page.getByLabel("Name", { exact: true }).fill("m5.large");
  await page.getByLabel("Region", { exact: true }).selectOption("ap-northeast-2");
  const row = page.getByRole("table", { name: "Instance types" }).locator("tbody tr").first();
  await expect(row.locator('[data-column="onDemandHour"]')).toHaveText("$0.118");
  await expect(page).toHaveURL(/\/eksize\/#\/explorer\?s=2\.[\w-]+&region=ap-northeast-2&name=m5\.large$/);

  await page.getByLabel("Language").selectOption("ko");
  await expect(page.locator("html")).toHaveAttribute("lang", "ko-KR");
  await expect(page.getByRole("columnheader", { name: /최대 파드/ })).toBeVisible();
  await page.getByLabel("언어").selectOption("en");

  // The address reloads where it was, from under the sub-path.
  await page.reload();
  await expect(page.getByRole("link", { name: "Instance explorer" })).toHaveAttribute("aria-current", "page");
  await expect(row.locator('[data-column="onDemandHour"]')).toHaveText("$0.118");

  await page.getByRole("link", { name: "Import" }).click();
  await page.getByLabel("Choose a file for Pods (required)").setInputFiles("test/core/fixtures/kube/pods.json");
  await page.getByRole("button", { name: "Import workloads" }).click();
  await expect(page.getByText(/^9 workloads and 2 DaemonSets from 15 running or pending pods\./)).toBeVisible();

  const icons = await page.evaluate(async () => {
    const manifestLink = document.querySelector<HTMLLinkElement>('link[rel="manifest"]')!.href;
    const manifest = (await (await fetch(manifestLink)).json()) as { icons: { src: string }[] };
    const icons = manifest.icons.map((icon) => new URL(icon.src, manifestLink).href);
    const favicons = [...document.querySelectorAll<HTMLLinkElement>('link[rel~="icon"], link[rel="apple-touch-icon"]')];
    const all = [...icons, ...favicons.map((link) => link.href)];
    return Promise.all(all.map(async (url) => `${(await fetch(url)).status} ${new URL(url).pathname}`));
  });
  expect(icons).toEqual([
    "200 /eksize/favicon.svg",
    "200 /eksize/icon-192.png",
    "200 /eksize/icon-512.png",
    "200 /eksize/favicon.svg",
    "200 /eksize/icon-192.png",
    "200 /eksize/apple-touch-icon.png",
  ]);

  // Every chunk the pages needed came from under /eksize/: the Korean messages, a region's prices, the worker.
  const paths = requests.map((url) => new URL(url)).filter((url) => url.origin === origin);
  expect(paths.filter((url) => !url.pathname.startsWith(PREFIX)).map((url) => url.pathname)).toEqual([]);
  for (const chunk of [
    /\/eksize\/assets\/ko-[\w-]+\.js$/,
    /\/eksize\/assets\/ap-northeast-2-[\w-]+\.js$/,
    /\/eksize\/assets\/import-worker-[\w-]+\.js$/,
  ]) {
    expect(
      paths.some((url) => chunk.test(url.pathname)),
      String(chunk),
    ).toBe(true);
  }
  expect(failed).toEqual([]);
  expect(errors).toEqual([]);
});
