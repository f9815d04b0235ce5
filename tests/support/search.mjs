// The app's search rules (src/model/search.rs) in JavaScript, so a test can work out
// from an index.json what a list must show: every word of the query (split at white
// space, lower-cased) in the entry's lower-cased "title\nsummary\ntopic", the stack and
// difficulty filters, and the four orders, each stable (ties keep the publisher's
// order). One copy for every test that needs them (app, shards, scale).

/** What a query's words are looked for in (`haystack` in search.rs). */
export const haystack = (entry) => `${entry.title}\n${entry.summary ?? ""}\n${entry.topic ?? ""}`.toLowerCase();

/** A query's words, lower-cased; every one must match (`query_words`). */
export const queryWords = (q) => q.split(/\s+/).filter(Boolean).map((w) => w.toLowerCase());

/** What titles sort by: the haystack's first line (`title_key`, Rust's `lines()`: a
 * trailing "\r" is not part of it), compared as Rust compares strings, by UTF-8 bytes. */
const titleKey = (entry) => Buffer.from(haystack(entry).split("\n")[0].replace(/\r$/, ""), "utf8");

const readingTime = (entry) => (typeof entry.reading_time === "number" ? entry.reading_time : null);

/**
 * The entries of `entries` (an index.json's `posts`, in publisher order) that the app
 * lists for `q`, `stack` and `difficulty`, in the order `sort` asks for (`index` or
 * empty, `title`, `time`, `time-desc`; posts without a reading time last).
 */
export function search(entries, { q = "", stack = "", difficulty = "", sort = "index" } = {}) {
  const words = queryWords(q);
  const hits = entries.filter((entry) => {
    const hay = haystack(entry);
    return (
      words.every((w) => hay.includes(w)) &&
      (!stack || (entry.stack ?? []).includes(stack)) &&
      (!difficulty || entry.difficulty === difficulty)
    );
  });
  if (sort === "title") {
    return hits
      .map((entry) => [titleKey(entry), entry])
      .sort((a, b) => Buffer.compare(a[0], b[0]))
      .map(([, entry]) => entry);
  }
  if (sort === "time" || sort === "time-desc") {
    const direction = sort === "time" ? 1 : -1;
    return hits.sort((a, b) => {
      const [x, y] = [readingTime(a), readingTime(b)];
      if ((x === null) !== (y === null)) return x === null ? 1 : -1;
      return x === null ? 0 : direction * (x - y);
    });
  }
  return hits;
}
