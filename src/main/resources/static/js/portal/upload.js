// Sending a document from a phone: a camera photo is downscaled in the browser (long side at most
// 2000 px, JPEG 0.85) so that it goes quickly over a mobile network and stays under the size limit,
// and the upload reports its progress. PDFs and small images go as they are.
"use strict";
const PhoneUpload = (() => {
  const LONG_SIDE = 2000;
  const QUALITY = 0.85;
  const KEEP_BELOW_BYTES = 1024 * 1024;
  const meta = name => document.querySelector(`meta[name="${name}"]`)?.content;

  /** The file to send: an image redrawn smaller as JPEG when it is large, anything else unchanged. */
  async function prepared(file) {
    if (!/^image\/(jpeg|png|webp)$/.test(file.type) || typeof createImageBitmap !== "function") return file;
    let bitmap;
    try { bitmap = await createImageBitmap(file); } catch { return file; }
    const scale = Math.min(1, LONG_SIDE / Math.max(bitmap.width, bitmap.height));
    if (scale === 1 && file.size <= KEEP_BELOW_BYTES) return file;
    const canvas = document.createElement("canvas");
    canvas.width = Math.round(bitmap.width * scale);
    canvas.height = Math.round(bitmap.height * scale);
    const context = canvas.getContext("2d");
    context.fillStyle = "#fff";   // a PNG's transparent parts would turn black in a JPEG
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
    const blob = await new Promise(resolve => canvas.toBlob(resolve, "image/jpeg", QUALITY));
    if (!blob) return file;
    return new File([blob], file.name.replace(/\.[^.]*$/, "") + ".jpg", { type: "image/jpeg" });
  }

  /** POSTs the form with the session's CSRF token; onProgress gets 0..100 as the bytes go out. */
  function send(url, data, onProgress) {
    return new Promise(resolve => {
      const xhr = new XMLHttpRequest();
      xhr.open("POST", url);
      xhr.setRequestHeader("Accept", "application/json");
      xhr.setRequestHeader("X-Requested-With", "fetch");
      xhr.setRequestHeader(meta("_csrf_header") || "X-CSRF-TOKEN", meta("_csrf"));
      xhr.upload.addEventListener("progress", e => { if (e.lengthComputable) onProgress(Math.round(100 * e.loaded / e.total)); });
      xhr.addEventListener("load", () => {
        if (xhr.status === 401) { window.location.href = "/login"; return; }
        let body = null;
        try { body = JSON.parse(xhr.responseText); } catch { /* not JSON: a proxy's page */ }
        resolve({ status: xhr.status, ok: xhr.status >= 200 && xhr.status < 300, data: body });
      });
      xhr.addEventListener("error", () => resolve({ status: 0, ok: false, data: null }));
      xhr.send(data);
    });
  }

  return { prepared, send };
})();
