// The family's status page: everything from GET /api/applications/{id}, its documents, its
// certificates, and from GET .../journey the steps, what to do now and the timeline, as sentences
// the server wrote in the page's language.
"use strict";
(() => {
  const { t, data, call, el } = Anju;
  const id = data.applicationId;
  const base = `/api/applications/${id}`;
  const when = iso => iso ? new Date(iso).toLocaleString(document.documentElement.lang || undefined) : "—";
  const label = (prefix, code) => { const text = t(prefix + code); return text === prefix + code ? code : text; };

  async function load() {
    const result = await call("GET", base);
    if (!result.ok) {
      document.querySelector("#summary p").textContent = result.data?.detail || t("load.failed");
      return;
    }
    const a = result.data;
    const story = await call("GET", `${base}/journey`);
    const journey = story.ok ? story.data : { steps: [], timeline: [] };
    summary(a, journey);
    steps(journey);
    needed(a, journey);
    children(a);
    certificates(a);
    timeline(journey);
    consent(a);
    await Promise.all([documents(), accessLog()]);
    document.body.dataset.status = a.status;
    document.body.dataset.loaded = "true";
  }

  function summary(a, journey) {
    const rows = [[t("summary.reference"), a.reference], [t("summary.district"), label("district.", a.district)],
      [t("summary.stage"), label("stage.", a.stage)], [t("summary.submitted"), when(a.submittedAt)],
      [t("summary.deadline"), a.decisionDeadline || "—"]];
    if (a.decidedAt) rows.push([t("summary.decided"), when(a.decidedAt)]);
    if (journey.decisionReasons) rows.push([t("summary.reasons"), journey.decisionReasons]);
    document.getElementById("summary").replaceChildren(
      el("h1", {}, `${t("summary.title")} ${a.reference} `, el("span", { class: `badge ${a.status}`, id: "status", "data-status": a.status, text: label("status.", a.status) })),
      el("table", {}, rows.map(([k, v]) => el("tr", {}, el("th", { text: k }), el("td", { text: v })))));
  }

  function needed(a, journey) {
    const section = document.getElementById("needed");
    const asked = journey.todo?.items || [];
    const items = asked.length ? asked : (a.missingItems || []).map(item => ({ item, received: false }));
    const missing = items.filter(i => !i.received).map(i => i.item);
    const still = document.getElementById("still-missing");
    still.hidden = items.length === 0;
    still.textContent = missing.length ? t("needed.stillMissing", missing.join("; ")) : t("needed.allReceived");
    section.hidden = a.status !== "AWAITING_APPLICANT" && items.length === 0;
    if (section.hidden) return;
    const note = el("textarea", { id: "response-note", rows: 2, maxlength: 1000, placeholder: t("needed.note"),
      "aria-label": t("needed.note") });
    const send = el("button", { type: "button", id: "send-response", text: t("needed.send") });
    const result = el("span", { "aria-live": "polite" });
    send.addEventListener("click", async () => {
      send.disabled = true;
      const answer = await call("POST", `${base}/responses`, { note: note.value.trim() || null });
      result.textContent = answer.ok ? t("needed.sent") : (answer.data?.detail || t("load.failed"));
      if (answer.ok) load(); else send.disabled = false;
    });
    section.querySelector("div").replaceChildren(
      el("ul", { id: "asked-items" }, items.map(i => el("li", { class: i.received ? "received" : "missing",
        "data-received": String(i.received) }, `${i.item} · `, el("strong", { text: t(i.received ? "needed.received" : "needed.missing") })))),
      a.status === "AWAITING_APPLICANT" ? el("div", {}, note, el("div", { class: "actions" }, send, result)) : "");
  }

  function children(a) {
    document.querySelector("#children div").replaceChildren(...(a.children || []).map(c => el("div", { class: "child", "data-child-id": c.id },
      el("h3", { text: `${c.fullName} (${c.birthDate})` }),
      el("table", {},
        [[t("child.school"), c.school ? `${c.school}${c.grade ? " · " + t("child.grade", c.grade) : ""}` : t("child.pending")],
         [t("child.transport"), c.transport ? label("transport.", c.transport) : "—"],
         [t("child.clinic"), c.clinic || t("child.pending")]]
          .map(([k, v]) => el("tr", {}, el("th", { text: k }), el("td", { text: v })))),
      (c.explanation || []).length ? el("ul", { class: "muted" }, c.explanation.map(x => el("li", { text: x }))) : "")));
  }

  function certificates(a) {
    const list = a.certificates || [];
    const names = Object.fromEntries((a.children || []).map(c => [c.id, c.fullName]));
    const print = el("button", { type: "button", id: "print", class: "secondary", text: t("certificates.print") });
    print.addEventListener("click", () => window.print());
    document.querySelector("#certificates div").replaceChildren(list.length === 0
      ? el("p", { class: "muted", text: t("certificates.none") })
      : el("div", {}, el("div", { class: "actions" },
          el("a", { href: `${base}/certificates.zip`, id: "download-all", class: "button", download: "",
            text: t("certificates.all", list.length) }), print),
        el("ul", { id: "certificate-list" }, list.map(c => el("li", {},
          el("a", { href: c.url, class: "certificate", "data-kind": c.kind, download: `${c.kind}-${c.code}.pdf`,
            text: label("certificate.", c.kind) + (c.childId ? ` · ${names[c.childId] || ""}` : "") }),
          el("span", { class: "muted", text: ` ${c.code} · ${when(c.issuedAt)}` }))))));
  }

  function consent(a) {
    const c = a.consent;
    document.getElementById("consent-none").hidden = Boolean(c);
    document.getElementById("consent-given").hidden = !c;
    if (!c) return;
    document.getElementById("consent-at").textContent = when(c.givenAt);
    document.getElementById("consent-version").textContent = c.textVersion;
  }

  async function accessLog() {
    const result = await call("GET", `${base}/access-log`);
    const records = result.ok ? result.data : [];
    document.getElementById("access-log-none").hidden = records.length > 0;
    document.getElementById("access-log-list").hidden = records.length === 0;
    document.querySelector("#access-log-list tbody").replaceChildren(...records.map(r => el("tr", {},
      el("td", { text: when(r.occurredAt) }), el("td", { text: r.office }), el("td", { text: r.whatText }))));
  }

  function steps(journey) {
    const list = document.getElementById("steps");
    list.dataset.current = journey.currentStep || "";
    list.replaceChildren(...journey.steps.map(step => el("li", { class: step.state, "data-step": step.step,
        "aria-current": step.state === "current" ? "step" : null },
      el("span", { class: "step-label", text: step.label }),
      el("span", { class: "visually-hidden", text: ` (${t("step." + step.state)})` }),
      step.detail ? el("span", { class: "step-detail", text: step.detail }) : "")));
    const todo = journey.todo;
    document.getElementById("todo").replaceChildren(...(todo ? [
      el("h3", { text: t("todo.title") }),
      el("p", { id: "todo-text", "data-by": todo.by || "", text: todo.text })] : []));
  }

  function timeline(journey) {
    document.getElementById("timeline").replaceChildren(...journey.timeline.slice().reverse().map(e =>
      el("li", { "data-type": e.type }, el("time", { datetime: e.occurredAt, class: "muted", text: when(e.occurredAt) }),
        " ", el("span", { class: "sentence", text: e.sentence }))));
  }

  async function documents() {
    const result = await call("GET", `${base}/documents`);
    const rows = result.ok ? result.data : [];
    document.getElementById("document-list").replaceChildren(...rows.map(d => el("tr", { "data-kind": d.kind },
      el("td", { text: label("document.", d.kind) }),
      el("td", {}, el("a", { href: `${base}/documents/${d.id}`, target: "_blank", rel: "noopener", text: d.filename || d.kind })),
      el("td", { class: "muted", text: when(d.uploadedAt) }))));
  }

  document.getElementById("upload-form").addEventListener("submit", async event => {
    event.preventDefault();
    const chosen = document.getElementById("document-photo").files[0] || document.getElementById("document-file").files[0];
    const out = document.getElementById("upload-result");
    const progress = document.getElementById("upload-progress");
    const button = document.getElementById("upload");
    out.className = "";
    if (!chosen) { out.textContent = t("upload.choose"); return; }
    button.disabled = true;
    out.textContent = chosen.type.startsWith("image/") ? t("upload.preparing") : "";
    const file = await PhoneUpload.prepared(chosen);
    const data = new FormData();
    data.append("kind", document.getElementById("document-kind").value);
    data.append("file", file);
    progress.hidden = false;
    progress.value = 0;
    const result = await PhoneUpload.send(`${base}/documents`, data, percent => {
      progress.value = percent;
      out.textContent = t("upload.sending", percent);
    });
    button.disabled = false;
    progress.hidden = true;
    out.textContent = result.ok ? t("upload.done") : (result.status === 413 ? t("upload.tooLarge")
      : (result.data?.errors?.map(e => e.message).join("; ") || result.data?.detail || t("load.failed")));
    out.className = result.ok ? "ok" : "error";
    if (result.ok) {
      document.getElementById("document-file").value = "";
      document.getElementById("document-photo").value = "";
      preview(result.data);
      load();
    }
  });

  /** What the server stored, drawn from the stored document itself: the family sees what the office sees. */
  function preview(stored) {
    const figure = document.getElementById("upload-preview");
    const image = document.getElementById("upload-preview-image");
    const caption = figure.querySelector("figcaption");
    const kb = Math.max(1, Math.round(stored.size / 1024));
    figure.hidden = false;
    figure.dataset.documentId = stored.id;
    delete figure.dataset.width;
    if (!stored.mediaType.startsWith("image/")) {
      image.hidden = true;
      caption.textContent = t("upload.receivedFile", label("document.", stored.kind), kb);
      return;
    }
    image.onload = () => {
      caption.textContent = t("upload.receivedImage", image.naturalWidth, image.naturalHeight, kb);
      figure.dataset.width = image.naturalWidth;
      figure.dataset.height = image.naturalHeight;
    };
    image.alt = label("document.", stored.kind);
    image.hidden = false;
    image.src = `${base}/documents/${stored.id}`;
  }

  load();
})();
