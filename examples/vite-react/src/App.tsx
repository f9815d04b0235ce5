import { useEffect, useRef, useState } from "react";
// The widget: importing it defines <alphanode-article>; it adds its own stylesheet.
import { mount, type AlphanodeTheme, type ReadyDetail, type WidgetHandle } from "alphanode-widgets";
// Types only: <alphanode-article> and its attributes in React's JSX.
import type {} from "alphanode-widgets/react";

const POSTS = ["fixing-flaky-tests-react-frontends", "handling-retries-and-timeouts-react-frontends"];
const postUrl = (slug: string) => `/posts/${slug}.json`;

/** A widget mounted with mount(): for options React should not turn into attributes. */
function MountedPost({ slug, theme, onReady }: { slug: string; theme: AlphanodeTheme; onReady: (d: ReadyDetail) => void }) {
  const ref = useRef<HTMLDivElement>(null);
  const handle = useRef<WidgetHandle | null>(null);
  // Mount once per post; unmount when the component goes (StrictMode does both twice).
  useEffect(() => {
    const h = mount(ref.current!, { src: postUrl(slug), theme, storage: "none" });
    handle.current = h;
    h.ready.then(onReady).catch(() => {}); // a failed load shows its own error state
    return () => h.unmount();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [slug]);
  // A new theme re-renders the widget in place, without a new load.
  useEffect(() => handle.current?.update({ theme }), [theme]);
  return <div ref={ref} id="mounted" />;
}

/** The custom element, with React 19 passing its props through as attributes. */
function ElementPost({ slug, theme, onReady }: { slug: string; theme: AlphanodeTheme; onReady: (d: ReadyDetail) => void }) {
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    const el = ref.current!;
    const ready = (e: HTMLElementEventMap["alphanode:ready"]) => onReady(e.detail);
    el.addEventListener("alphanode:ready", ready);
    return () => el.removeEventListener("alphanode:ready", ready);
  }, [onReady]);
  return <alphanode-article ref={ref} id="element" src={postUrl(slug)} theme={theme} layout="grid" lang="de" />;
}

export function App() {
  const [theme, setTheme] = useState<AlphanodeTheme>("light");
  const [shown, setShown] = useState<string[]>([]);
  const onReady = (detail: ReadyDetail) => setShown((titles) => [...titles, detail.title]);
  return (
    <main>
      <h1>alphanode-widgets in Vite + React</h1>
      <label>
        Theme{" "}
        <select id="theme" value={theme} onChange={(e) => setTheme(e.target.value as AlphanodeTheme)}>
          <option value="light">light</option>
          <option value="dark">dark</option>
          <option value="contrast">contrast</option>
        </select>
      </label>
      <h2>&lt;alphanode-article&gt; (in German)</h2>
      <ElementPost slug={POSTS[0]} theme={theme} onReady={onReady} />
      <h2>mount()</h2>
      <MountedPost slug={POSTS[1]} theme={theme} onReady={onReady} />
      <p id="status">{shown.length ? `shown: ${shown.join(", ")}` : "loading…"}</p>
    </main>
  );
}
