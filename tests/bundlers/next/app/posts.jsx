"use client";
// A client component: the widget runs in the browser only. Importing the package on
// the server (this module is also rendered there) does nothing.
import { useEffect, useRef, useState } from "react";
import { mount } from "alphanode-widgets";

export function Posts({ src }) {
  const ref = useRef(null);
  const [status, setStatus] = useState("");
  useEffect(() => {
    const handle = mount(ref.current, { src, lang: "de" });
    handle.ready.then((detail) => setStatus(`shown: ${detail.title}`)).catch(() => {});
    return () => handle.unmount();
  }, [src]);
  return (
    <>
      <alphanode-article id="element" src={src} theme="dark"></alphanode-article>
      <div id="mounted" ref={ref} />
      <p id="status">{status}</p>
    </>
  );
}
