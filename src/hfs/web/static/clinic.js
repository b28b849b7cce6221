// Clinic pages (login needed): login, logout, and the forms and buttons that send
// JSON to the API. Every state change carries the session's CSRF token (from
// <meta name="csrf-token">) in X-CSRF-Token; same-origin fetches carry the Origin
// header the server checks. A 401 (the session ended) goes back to /login.
"use strict";

const START_PAGE = {clinician: "/patients", staff: "/inbox", admin: "/admin/audit"};

function csrfToken() {
  const m = document.querySelector('meta[name="csrf-token"]');
  return m ? m.content : "";
}

async function api(method, url, body) {
  const headers = {"Content-Type": "application/json"};
  const token = csrfToken();
  if (token) headers["X-CSRF-Token"] = token;
  let r;
  try {
    r = await fetch(url, {method: method, headers: headers, body: body === undefined ? undefined : JSON.stringify(body),
      credentials: "same-origin"});
  } catch (e) {
    return {ok: false, status: 0, body: {detail: "The server cannot be reached. Check the connection and try again."}};
  }
  let j = {};
  try { j = await r.json(); } catch (e) { /* no JSON body */ }
  return {ok: r.ok, status: r.status, body: j};
}

function backToLogin() {
  const here = location.pathname + location.search;
  location.assign("/login?ended=1&next=" + encodeURIComponent(here));
}

function showStatus(box, text, ok) {
  if (!box) return;
  box.textContent = text;
  box.classList.toggle("ok", !!ok);
  box.classList.toggle("bad", !ok);
}

// A message that survives the reload after a successful save.
function flashLater(text) {
  try { sessionStorage.setItem("hfs-flash", text); } catch (e) { /* storage off */ }
}

function showFlash() {
  const box = document.getElementById("flash");
  let text = null;
  try { text = sessionStorage.getItem("hfs-flash"); sessionStorage.removeItem("hfs-flash"); } catch (e) { /* storage off */ }
  if (box && text) { box.textContent = text; box.hidden = false; }
}

/* ---- login / logout ---- */
function setupLogin() {
  const form = document.getElementById("login-form");
  if (!form) return;
  const box = form.querySelector(".form-status");
  form.addEventListener("submit", async (ev) => {
    ev.preventDefault();
    const button = form.querySelector("button[type=submit]");
    button.disabled = true;
    showStatus(box, "Logging in…", true);
    const r = await api("POST", "/api/auth/login", {email: form.email.value.trim(), password: form.password.value});
    button.disabled = false;
    if (r.ok) {
      location.assign(form.dataset.next || START_PAGE[r.body.role] || "/");
      return;
    }
    form.password.value = "";
    showStatus(box, (r.body && r.body.detail) || "Login failed.", false);
  });
}

function setupLogout() {
  const b = document.getElementById("logout");
  if (!b) return;
  b.addEventListener("click", async () => {
    b.disabled = true;
    await api("POST", "/api/auth/logout");
    location.assign("/login");
  });
}

/* ---- forms -> JSON API ---- */
function fieldValue(elm) {
  const raw = elm.value.trim();
  const type = elm.dataset.type || "";
  if (type === "number") { const n = Number(raw.replace(",", ".")); return Number.isFinite(n) && raw !== "" ? n : raw; }
  if (type === "int" || type === "int-list") { const n = Number(raw); return Number.isInteger(n) && raw !== "" ? n : raw; }
  if (type === "words") return raw.split(/\s+/).filter(Boolean);
  return raw;
}

function formBody(form) {
  const body = {};
  const lists = {};
  for (const elm of form.querySelectorAll("[name]")) {
    if (elm.dataset.type === "int-list") {
      (lists[elm.name] = lists[elm.name] || []).push(elm);
      continue;
    }
    if (elm.value.trim() === "") continue;  // optional fields left empty are not sent
    body[elm.name] = fieldValue(elm);
  }
  // A list (HFS-7 answers) is sent with the boxes that are filled, when any is; the
  // server refuses an incomplete one with its message ("HFS-7 needs 7 answers, got 3").
  for (const [name, elms] of Object.entries(lists)) {
    const filled = elms.filter((e) => e.value.trim() !== "");
    if (filled.length) body[name] = filled.map(fieldValue);
  }
  const sites = form.querySelector("[data-sites]");
  if (sites) {
    body.sites = [];
    for (const row of sites.querySelectorAll(".site-row")) {
      const muscle = row.querySelector('[data-site="muscle"]');
      const units = row.querySelector('[data-site="units"]');
      if (muscle.value.trim() === "" && units.value.trim() === "") continue;
      const u = units.value.trim().replace(",", ".");
      body.sites.push({muscle: muscle.value.trim(), side: row.querySelector('[data-site="side"]').value,
        units: u !== "" && Number.isFinite(Number(u)) ? Number(u) : u});
    }
  }
  return body;
}

function setupForms() {
  for (const form of document.querySelectorAll("form[data-api]")) {
    const box = form.querySelector(".form-status");
    form.addEventListener("submit", async (ev) => {
      ev.preventDefault();
      const button = form.querySelector("button[type=submit]");
      button.disabled = true;
      showStatus(box, "Saving…", true);
      const r = await api(form.dataset.method || "POST", form.dataset.api, formBody(form));
      button.disabled = false;
      if (r.status === 401) { backToLogin(); return; }
      if (!r.ok) {
        showStatus(box, (r.body && r.body.detail) || ("Not saved (error " + r.status + ")."), false);
        return;
      }
      showStatus(box, form.dataset.saved || "Saved.", true);
      flashLater(form.dataset.saved || "Saved.");
      if (form.dataset.done === "open" && r.body && r.body.id) location.assign("/patients/" + encodeURIComponent(r.body.id));
      else location.reload();
    });
  }
  for (const button of document.querySelectorAll("[data-add-site]")) {
    button.addEventListener("click", () => {
      const rows = button.parentElement.querySelectorAll(".site-row");
      const copy = rows[rows.length - 1].cloneNode(true);
      for (const input of copy.querySelectorAll("input")) input.value = "";
      button.before(copy);
      copy.querySelector("input").focus();
    });
  }
}

/* ---- a recording upload: multipart, then wait for the analysis ---- */
function setupUploads() {
  for (const form of document.querySelectorAll("form[data-upload]")) {
    const box = form.querySelector(".form-status");
    form.addEventListener("submit", async (ev) => {
      ev.preventDefault();
      const button = form.querySelector("button[type=submit]");
      const file = form.querySelector("input[type=file]");
      if (!file.files.length) { showStatus(box, "Choose a file first.", false); return; }
      const data = new FormData(form);
      if (!data.get("recorded_on")) data.delete("recorded_on");
      button.disabled = true;
      showStatus(box, "Uploading…", true);
      let r, j = {};
      try {
        r = await fetch(form.dataset.upload, {method: "POST", body: data, credentials: "same-origin",
          headers: {"X-CSRF-Token": csrfToken()}});
        try { j = await r.json(); } catch (e) { /* no JSON body */ }
      } catch (e) {
        button.disabled = false;
        showStatus(box, "The server cannot be reached. Check the connection and try again.", false);
        return;
      }
      if (r.status === 401) { backToLogin(); return; }
      if (!r.ok) { button.disabled = false; showStatus(box, j.detail || ("Not uploaded (error " + r.status + ")."), false); return; }
      for (;;) {  // the analysis runs in the background: wait for its end
        showStatus(box, "Analysing…", true);
        await new Promise((res) => setTimeout(res, 800));
        const s = await api("GET", j.status_url);
        if (s.status === 401) { backToLogin(); return; }
        if (!s.ok) { button.disabled = false; showStatus(box, (s.body && s.body.detail) || "The status could not be read.", false); return; }
        if (s.body.status === "done") { flashLater("Recording analysed."); location.reload(); return; }
        if (s.body.status === "failed") { flashLater("The recording could not be analysed: " + s.body.error); location.reload(); return; }
      }
    });
  }
}

/* ---- inbox: status steps ---- */
function setupInbox() {
  for (const card of document.querySelectorAll("[data-request]")) {
    const box = card.querySelector(".form-status");
    for (const b of card.querySelectorAll("button[data-status]")) {
      b.addEventListener("click", async () => {
        b.disabled = true;
        const r = await api("PATCH", "/api/inbox/contact-requests/" + card.dataset.request, {status: b.dataset.status});
        b.disabled = false;
        if (r.status === 401) { backToLogin(); return; }
        if (!r.ok) { showStatus(box, (r.body && r.body.detail) || "Not changed.", false); return; }
        flashLater(card.querySelector("h3").firstChild.textContent.trim() + ": marked " + r.body.status + ".");
        location.reload();
      });
    }
  }
}

document.addEventListener("DOMContentLoaded", () => {
  showFlash();
  setupLogin();
  setupLogout();
  setupForms();
  setupUploads();
  setupInbox();
});
