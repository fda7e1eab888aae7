// What the server tells a page's scripts, the one way it tells them: the layout's JSON block
// <script type="application/json" id="page-data"> (PageData in Java): the page's texts in its language,
// the values of the enums (Java keeps them; no script copies them), and the page's own values.
"use strict";
const Page = (() => {
  const data = JSON.parse(document.getElementById("page-data")?.textContent || "{}");
  const texts = data.texts || {};

  /** The text of a key, with {0}, {1}... filled in; the key itself if the bundle has none. */
  function t(key, ...args) {
    let text = texts[key] ?? key;
    args.forEach((a, i) => { text = text.replace(`{${i}}`, a); });
    return text;
  }

  /** The values of a Java enum, by the name PageData gives it ("sex", "documentKind"...). */
  function values(name) {
    const list = (data.enums || {})[name];
    if (!list) throw new Error(`No enum ${name} in the page's data`);
    return list;
  }

  return { data, t, values };
})();
