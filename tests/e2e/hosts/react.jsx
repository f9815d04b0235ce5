// A React 19 host page around <alphanode-article> (bundled by tests/e2e/npm.test.mjs
// with esbuild against the packed package). window.host drives it; window.seen logs
// the widgets' events.
import { StrictMode, useEffect, useRef, useState } from "react";
import { createRoot } from "react-dom/client";
import { ready } from "alphanode-widgets";

const slugs = new URLSearchParams(location.search).get("posts").split(",");
window.seen = [];

function Widget({ slug, theme }) {
  const ref = useRef(null);
  useEffect(() => {
    const el = ref.current;
    const log = (e) => window.seen.push({ type: e.type, id: el.id, detail: e.detail });
    for (const t of ["alphanode:ready", "alphanode:error", "alphanode:checklist-change"]) el.addEventListener(t, log);
    return () => {
      for (const t of ["alphanode:ready", "alphanode:error", "alphanode:checklist-change"]) el.removeEventListener(t, log);
    };
  }, []);
  return <alphanode-article ref={ref} id={`w-${slug}`} src={`/posts/${slug}.json`} theme={theme} layout="list" />;
}

function App() {
  const [order, setOrder] = useState(slugs.slice(0, -1));
  const [theme, setTheme] = useState("light");
  const [clicks, setClicks] = useState(0);
  const [extra, setExtra] = useState(true);
  window.host = {
    bump: () => setClicks((c) => c + 1),
    theme: (t) => setTheme(t),
    reverse: () => setOrder((o) => [...o].reverse()),
    hide: () => setExtra(false),
    show: () => setExtra(true),
  };
  return (
    <main>
      <p id="clicks">{clicks}</p>
      <ul id="list">
        {order.map((slug) => (
          <li key={slug}>
            <Widget slug={slug} theme={theme} />
          </li>
        ))}
      </ul>
      {extra && <Widget slug={slugs.at(-1)} theme={theme} />}
    </main>
  );
}

createRoot(document.getElementById("root")).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
ready.then(() => (window.codeReady = true));
