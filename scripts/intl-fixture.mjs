// Writes tests/fixtures/intl.json: what ICU's Intl (Node's, full ICU) gives for every
// shipped locale — plural categories of whole numbers and formatted numbers — so the
// native tests check the hand-written rules and symbols in src/i18n against it.
//   node scripts/intl-fixture.mjs
// Numbers are formatted from their decimal text (Intl.NumberFormat v3), exactly, with
// as many fraction digits as they have (at most 20, Intl's limit).
import { writeFileSync } from "node:fs";

const LOCALES = ["en", "de", "fr", "es", "pt", "it", "nl", "pl", "ru", "tr", "ja", "zh", "ko", "ar", "he"];
const COUNTS = [...Array(230).keys(), 1000, 1001, 1_000_000, 2_000_000, 1_000_001, 10_000_000, 123_456_789];
const NUMBERS = [
  "0", "5", "-5", "999", "1000", "1234", "-1234", "12345", "46156", "123456", "1234567.25", "-1234567.25",
  "0.5", "-0.001", "9999.99", "10000", "99999", "12345678901234567890",
  "123456789012345678901234567890.123456789", "-98765432109876543210.5",
];

const out = { icu: process.versions.icu, locales: {} };
for (const tag of LOCALES) {
  const rules = new Intl.PluralRules(tag);
  const numbers = {};
  for (const n of NUMBERS) {
    const fraction = n.includes(".") ? n.split(".")[1].length : 0;
    numbers[n] = new Intl.NumberFormat(tag, {
      minimumFractionDigits: fraction,
      maximumFractionDigits: Math.max(fraction, 0),
    }).format(n);
  }
  out.locales[tag] = {
    plurals: Object.fromEntries(COUNTS.map((n) => [n, rules.select(n)])),
    numbers,
  };
}
writeFileSync(new URL("../tests/fixtures/intl.json", import.meta.url), JSON.stringify(out, null, 1) + "\n");
console.log(`tests/fixtures/intl.json: ${LOCALES.length} locales, ICU ${out.icu}`);
