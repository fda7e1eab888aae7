// The case workspace: each PDF is drawn by PDF.js inside a sandboxed frame (no origin, no cookies, no
// session), so this page fetches the file with the clerk's session and hands the bytes to the frame.
"use strict";
(() => {
  const frames = [...document.querySelectorAll("iframe.pdf[data-content]")];
  window.addEventListener("message", async (event) => {
    const frame = frames.find(f => f.contentWindow === event.source);
    if (!frame || !event.data) return;
    if (event.data.type === "ready") {
      const response = await fetch(frame.dataset.content, { credentials: "same-origin" });
      if (!response.ok) return;
      const content = await response.arrayBuffer();
      frame.contentWindow.postMessage({ type: "pdf", content }, "*", [content]);
    } else if (event.data.type === "rendered") {
      frame.dataset.renderedPages = String(event.data.pages);
    }
  });
})();
