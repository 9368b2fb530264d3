import { bench, describe } from "vitest";
import { decodeScenario, defaultScenario, encodeScenario } from "eksize";
import { dataDate } from "eksize/data";
import { reportTarget } from "./targets.js";

// `npm run bench`: the share link of the scenario the site opens with, as the site makes it (with the
// dataset's date), against issue 16's target of 500 characters for its token, and how fast it is made and read.

const token = encodeScenario(defaultScenario, dataDate === null ? {} : { dataDate });

reportTarget({
  name: "share link of the default scenario: its token",
  value: token.length,
  unit: "characters",
  atMost: 500,
  note: `format ${token.slice(0, token.indexOf("."))}, with the data date`,
});

describe("share links of the default scenario", () => {
  bench("encodeScenario", () => {
    encodeScenario(defaultScenario, dataDate === null ? {} : { dataDate });
  });
  bench("decodeScenario", () => {
    decodeScenario(token);
  });
});
