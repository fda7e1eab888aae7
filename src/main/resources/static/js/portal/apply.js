// The guided application form. Every input names its place in the API's request body
// (data-path="children[0].birthDate"), so the request is built from the inputs and the API's
// field errors land next to the input they are about. The form is saved as a draft as the family
// types, on the server, so it can be finished on another device.
"use strict";
(() => {
  const { t, values, call, el } = Anju;
  const form = document.getElementById("application-form");
  const DISTRICTS = values("district");
  let step = 0, idempotencyKey = crypto.randomUUID ? crypto.randomUUID() : String(Date.now()) + Math.random();
  let saveTimer = null, applicants = 0, children = 0;

  function field(path, label, type = "text", options = null, extra = {}, optionTexts = "option.") {
    const id = "f-" + path.replace(/[^a-zA-Z0-9]/g, "-");
    let input;
    if (options) {
      input = el("select", { id, "data-path": path }, el("option", { value: "", text: "—" }),
        options.map(o => el("option", { value: o, text: t(optionTexts + o) })));
    } else if (type === "checkbox") {
      input = el("input", { id, type, "data-path": path });
    } else {
      input = el("input", { id, type, "data-path": path, ...extra });
    }
    const error = el("span", { class: "field-error", "data-error-for": path });
    if (type === "checkbox") return el("div", {}, el("label", { for: id }, input, " ", t(label)), error);
    return el("div", {}, el("label", { for: id, text: t(label) }), input, error);
  }

  function applicant(i) {
    const p = `applicants[${i}]`;
    return el("div", { class: "child", "data-applicant": i }, el("h3", { text: t("applicant.title", i + 1) }),
      el("div", { class: "grid" },
        field(`${p}.fullName`, "field.fullName"), field(`${p}.residentId`, "field.residentId", "text", null, { inputmode: "text", maxlength: 18 }),
        field(`${p}.sex`, "field.sex", "text", values("sex")), field(`${p}.birthDate`, "field.birthDate", "date"),
        field(`${p}.phone`, "field.phone", "tel", null, { inputmode: "numeric", maxlength: 11 }),
        field(`${p}.relationship`, "field.relationship", "text", values("relationship")),
        field(`${p}.hukouDivisionCode`, "field.hukouDivisionCode", "text", null, { inputmode: "numeric", maxlength: 6 }),
        field(`${p}.employer`, "field.employer")));
  }

  function child(i) {
    const p = `children[${i}]`;
    const remove = el("button", { type: "button", class: "secondary", "data-remove-child": i, text: t("child.remove") });
    remove.addEventListener("click", () => { removeChild(i); });
    return el("div", { class: "child", "data-child": i }, el("h3", { text: t("child.title", i + 1) }),
      el("div", { class: "grid" },
        field(`${p}.fullName`, "field.fullName"), field(`${p}.residentId`, "field.childResidentId", "text", null, { maxlength: 18 }),
        field(`${p}.sex`, "field.sex", "text", values("sex")), field(`${p}.birthDate`, "field.birthDate", "date")),
      field(`${p}.hasVaccinationCertificate`, "field.hasVaccinationCertificate", "checkbox"), i > 0 ? remove : "");
  }

  function housing() {
    return el("div", {},
      el("div", { class: "grid" },
        field("district", "field.district", "text", DISTRICTS, {}, "district."),
        field("arrivalDate", "field.arrivalDate", "date"), field("address.line", "field.addressLine"),
        field("address.district", "field.addressDistrict", "text", DISTRICTS, {}, "district."),
        field("housing.type", "field.housingType", "text", values("housingType")),
        field("housing.contractNumber", "field.contractNumber"), field("housing.registrationNumber", "field.registrationNumber"),
        field("housing.deedNumber", "field.deedNumber"),
        field("housing.startDate", "field.startDate", "date"), field("housing.endDate", "field.endDate", "date")));
  }

  function contact() {
    return el("div", { class: "grid" }, field("email", "field.email", "email", null, { autocomplete: "email" }));
  }

  function addApplicant() { document.getElementById("applicants").append(applicant(applicants++)); toggleAdders(); }
  function addChild() { document.getElementById("children").append(child(children++)); toggleAdders(); }
  function removeChild(i) {
    const values = read();
    values.children.splice(i, 1);
    document.getElementById("children").replaceChildren();
    children = 0;
    values.children.forEach(() => addChild());
    fill(values);
    scheduleSave();
  }
  function toggleAdders() {
    document.getElementById("add-applicant").hidden = applicants >= 2;
    document.getElementById("add-child").hidden = children >= 10;
  }

  // The request body, from the inputs' paths; empty inputs are left out so the API names them.
  function read() {
    // The family hears from us (email, SMS) in the language it fills the form in.
    const language = document.documentElement.lang.startsWith("en") ? "en" : "zh-CN";
    const body = { city: "Shenzhen", language, applicants: [], children: [] };
    form.querySelectorAll("[data-path]").forEach(input => {
      const value = input.type === "checkbox" ? input.checked : input.value.trim();
      if (value === "") return;
      set(body, input.dataset.path, value);
    });
    body.applicants = body.applicants.filter(Boolean);
    body.children = body.children.filter(Boolean);
    return body;
  }
  function set(target, path, value) {
    const keys = path.replace(/\[(\d+)\]/g, ".$1").split(".");
    let node = target;
    keys.slice(0, -1).forEach((k, i) => {
      if (node[k] === undefined) node[k] = /^\d+$/.test(keys[i + 1]) ? [] : {};
      node = node[k];
    });
    node[keys.at(-1)] = value;
  }
  function get(source, path) {
    return path.replace(/\[(\d+)\]/g, ".$1").split(".").reduce((n, k) => (n == null ? undefined : n[k]), source);
  }
  function fill(values) {
    form.querySelectorAll("[data-path]").forEach(input => {
      const value = get(values, input.dataset.path);
      if (input.type === "checkbox") input.checked = value === true;
      else if (value !== undefined) input.value = value;
    });
  }

  function show(n) {
    step = Math.max(0, Math.min(3, n));
    form.querySelectorAll("[data-page]").forEach(p => { p.hidden = Number(p.dataset.page) !== step; });
    document.querySelectorAll("#steps li").forEach(li => li.classList.toggle("current", Number(li.dataset.step) === step));
    document.getElementById("back").disabled = step === 0;
    document.getElementById("next").hidden = step === 3;
    document.getElementById("submit").hidden = step !== 3;
    if (step === 3) review();
    window.scrollTo(0, 0);
  }
  function review() {
    const body = read();
    const rows = [[t("field.district"), body.district], [t("field.arrivalDate"), body.arrivalDate],
      [t("field.addressLine"), body.address?.line],
      ...body.applicants.map((a, i) => [t("applicant.title", i + 1), `${a.fullName ?? ""} · ${a.residentId ?? ""}`]),
      ...body.children.map((c, i) => [t("child.title", i + 1), `${c.fullName ?? ""} · ${c.birthDate ?? ""}`]),
      [t("field.housingType"), body.housing?.type ? t("option." + body.housing.type) : ""]];
    document.getElementById("review").replaceChildren(el("table", {},
      rows.map(([k, v]) => el("tr", {}, el("th", { text: k }), el("td", { text: v ?? "—" })))));
  }

  let submitted = false, saving = Promise.resolve();
  function scheduleSave() {
    clearTimeout(saveTimer);
    if (submitted) return;
    saveTimer = setTimeout(saveDraft, 700);
  }
  async function saveDraft() {
    const state = document.getElementById("draft-state");
    saving = call("PUT", "/api/drafts/application", { values: read(), step, idempotencyKey, applicants, children });
    const result = await saving;
    state.textContent = result.ok ? t("draft.saved", new Date().toLocaleTimeString(document.documentElement.lang || undefined)) : t("draft.notSaved");
    state.dataset.saved = result.ok ? "true" : "false";
  }
  async function loadDraft() {
    const result = await call("GET", "/api/drafts/application");
    if (result.status !== 200) return false;
    const draft = result.data.form;
    for (let i = 0; i < Math.max(1, draft.applicants || 1); i++) addApplicant();
    for (let i = 0; i < Math.max(1, draft.children || 1); i++) addChild();
    fill(draft.values || {});
    if (draft.idempotencyKey) idempotencyKey = draft.idempotencyKey;
    document.getElementById("draft-state").textContent = t("draft.resumed");
    show(draft.step || 0);
    return true;
  }

  function clearErrors() {
    form.querySelectorAll(".field-error").forEach(e => { e.textContent = ""; });
    form.querySelectorAll(".invalid").forEach(e => e.classList.remove("invalid"));
    document.getElementById("form-error").hidden = true;
  }
  function showErrors(problem) {
    clearErrors();
    let firstPage = null;
    const general = [];
    (problem.errors || []).forEach(({ field, message }) => {
      const slot = form.querySelector(`[data-error-for="${CSS.escape(field)}"]`);
      if (!slot) { general.push(`${field}: ${message}`); return; }
      slot.textContent = slot.textContent ? `${slot.textContent}; ${message}` : message;
      const input = form.querySelector(`[data-path="${CSS.escape(field)}"]`);
      input?.classList.add("invalid");
      const page = Number(slot.closest("[data-page]").dataset.page);
      firstPage = firstPage === null ? page : Math.min(firstPage, page);
    });
    const banner = document.getElementById("form-error");
    banner.textContent = [t("submit.invalid"), ...general].join(" ");
    banner.hidden = false;
    show(firstPage ?? step);
  }
  async function submit() {
    const button = document.getElementById("submit");
    button.disabled = true;
    // A save still pending would bring the draft (and its used Idempotency-Key) back after submitting.
    clearTimeout(saveTimer);
    await saving;   // the server deletes the draft when the application is stored: after this save, not before
    try {
      const result = await call("POST", "/api/applications", read(), { "Idempotency-Key": idempotencyKey });
      if (result.status === 201 || result.status === 200) {
        submitted = true;
        clearTimeout(saveTimer);
        window.location.href = `/portal/applications/${result.data.id}?submitted`;
        return;
      }
      if (result.data && result.data.errors) showErrors(result.data);
      else { const banner = document.getElementById("form-error"); banner.textContent = result.data?.detail || t("submit.failed"); banner.hidden = false; }
    } finally {
      button.disabled = false;
    }
  }

  document.getElementById("housing").append(housing());
  document.getElementById("contact").append(contact());
  document.getElementById("add-applicant").addEventListener("click", () => { addApplicant(); scheduleSave(); });
  document.getElementById("add-child").addEventListener("click", () => { addChild(); scheduleSave(); });
  document.getElementById("next").addEventListener("click", () => { show(step + 1); scheduleSave(); });
  document.getElementById("back").addEventListener("click", () => show(step - 1));
  document.getElementById("submit").addEventListener("click", submit);
  document.querySelectorAll("#steps li").forEach(li => li.addEventListener("click", () => show(Number(li.dataset.step))));
  form.addEventListener("input", scheduleSave);
  form.addEventListener("change", scheduleSave);
  loadDraft().then(resumed => {
    if (!resumed) { addApplicant(); addChild(); show(0); }
    document.body.dataset.ready = "true";
  });
})();
