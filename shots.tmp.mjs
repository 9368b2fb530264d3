import { chromium } from "@playwright/test";
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] });
const sizes = { desktop: { width: 1440, height: 900 }, phone: { width: 390, height: 844 } };
const only = process.env.ONLY?.split(",") ?? null;
for (const [device, viewport] of Object.entries(sizes)) {
  for (const lang of ["en", "ko"]) {
    for (const theme of ["light", "dark"]) {
      const name = `${device}-${lang}-${theme}`;
      if (only && !only.includes(name)) continue;
      const context = await browser.newContext({ viewport, deviceScaleFactor: 1, isMobile: device === "phone", hasTouch: device === "phone" });
      const page = await context.newPage();
      page.on("pageerror", (e) => console.log(name, "pageerror:", e.message));
      await page.goto("http://127.0.0.1:4679/");
      await page.getByLabel("Theme").selectOption(theme);
      if (process.env.AS) await page.getByLabel("Node autoscaler", { exact: true }).selectOption(process.env.AS);
      if (lang === "ko") await page.getByLabel("Language").selectOption("ko");
      const panel = page.locator("section.mix-panel");
      await panel.waitFor();
      await page.waitForTimeout(300);
      await panel.scrollIntoViewIfNeeded();
      await page.screenshot({ path: `/tmp/mixshots/${name}-before.png` });
      await panel.getByRole("button").first().click();
      await page.waitForTimeout(200);
      await panel.screenshot({ path: `/tmp/mixshots/${name}-searching.png` });
      await panel.locator(".mix-results, [role=alert]").waitFor({ timeout: 60000 });
      await panel.scrollIntoViewIfNeeded();
      await panel.screenshot({ path: `/tmp/mixshots/${name}-after.png` });
      await context.close();
    }
  }
}
await browser.close();
