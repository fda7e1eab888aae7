// Inside the workspace's sandboxed frame: waits for the PDF's bytes from the workspace and draws each page
// on a canvas with PDF.js (in this thread: its worker script is loaded beside it, the frame has no origin
// to start a worker from). Scripts in the PDF are never run.
"use strict";
(() => {
  const pages = document.getElementById("pdf-pages");
  const status = document.getElementById("pdf-status");
  const failed = document.getElementById("pdf-failed");

  async function draw(content) {
    const pdf = await pdfjsLib.getDocument({ data: new Uint8Array(content), isEvalSupported: false,
      enableXfa: false }).promise;
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const viewport = page.getViewport({ scale: 1.5 });
      const canvas = document.createElement("canvas");
      canvas.width = viewport.width;
      canvas.height = viewport.height;
      pages.appendChild(canvas);
      await page.render({ canvasContext: canvas.getContext("2d"), viewport }).promise;
    }
    return pdf.numPages;
  }

  window.addEventListener("message", async (event) => {
    if (event.source !== window.parent || !event.data || event.data.type !== "pdf") return;
    try {
      const count = await draw(event.data.content);
      status.hidden = true;
      window.parent.postMessage({ type: "rendered", pages: count }, "*");
    } catch (e) {
      status.hidden = true;
      failed.hidden = false;
    }
  });
  window.parent.postMessage({ type: "ready" }, "*");
})();
