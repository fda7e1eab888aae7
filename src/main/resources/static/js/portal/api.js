// Shared by the portal's pages: calls to the JSON API with the session's CSRF token, and elements
// built without markup. Texts and enums come from the page's data (page.js).
"use strict";
const Anju = (() => {
  const { t, values, data } = Page;
  const meta = name => document.querySelector(`meta[name="${name}"]`)?.content;

  async function call(method, url, body, headers = {}) {
    const init = { method, headers: { Accept: "application/json", "X-Requested-With": "fetch", ...headers },
      credentials: "same-origin" };
    if (method !== "GET") init.headers[meta("_csrf_header") || "X-CSRF-TOKEN"] = meta("_csrf");
    if (body instanceof FormData) init.body = body;
    else if (body !== undefined) { init.headers["Content-Type"] = "application/json"; init.body = JSON.stringify(body); }
    const response = await fetch(url, init);
    if (response.status === 401) {   // the session ended: sign in again
      window.location.href = "/login";
      return new Promise(() => {});
    }
    const type = response.headers.get("Content-Type") || "";
    const data = type.includes("json") ? await response.json() : null;
    return { status: response.status, ok: response.ok, data };
  }

  function el(tag, attrs = {}, ...children) {
    const node = document.createElement(tag);
    Object.entries(attrs).forEach(([k, v]) => {
      if (v === undefined || v === null || v === false) return;
      if (k === "text") node.textContent = v; else node.setAttribute(k, v === true ? "" : v);
    });
    children.flat().forEach(c => node.append(c instanceof Node ? c : document.createTextNode(c)));
    return node;
  }

  return { t, values, data, call, el };
})();
