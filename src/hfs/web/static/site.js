// Patient pages: the chat widget (POST /api/chat), the contact form (POST /api/contact)
// and "Check my twitch" (upload, status polling, result, send to the clinic).
// Plain JavaScript, no build step. Same-origin fetches carry the Origin header the
// server checks; no login, so no CSRF token is needed on these public routes.
"use strict";

// The page's words for what this script shows: the server puts them, translated from
// the page's gettext catalog, in <script type="application/json" id="js-messages">.
let MESSAGES = null;
function t(text) {
  if (MESSAGES === null) {
    const node = document.getElementById("js-messages");
    try { MESSAGES = node ? JSON.parse(node.textContent) : {}; } catch (e) { MESSAGES = {}; }
  }
  return MESSAGES[text] || text;
}
function pageLang() { return document.documentElement.lang || "en"; }
// The server's 4xx messages are the API's, in English (its contract: "detail"). An
// English page shows them as they are; a page in another language shows the server's
// "message" (the refusal in the language the request's Accept-Language asked for:
// hfs.reports.refusals), else the catalog's translation of that exact sentence, else
// its own sentence for the status.
const STATUS_WORDS = {
  408: "The upload took too long. Please try again on a faster connection.",
  413: "The video is too large: up to 3 minutes and 200 MB.",
  429: "Too many tries from this connection. Please wait a while and try again.",
};
function serverSays(status, body, fallback) {
  const detail = body && body.detail;
  if (pageLang() === "en") return detail || t(fallback);
  if (body && body.message) return body.message;
  t("");  // loads the page's messages
  if (detail && Object.prototype.hasOwnProperty.call(MESSAGES, detail)) return t(detail);
  return t(STATUS_WORDS[status] || fallback);
}

async function postJSON(url, body) {
  // Accept-Language: the page's language (a new chat whose first message cannot tell
  // its language, "botox??", answers in it; the browser's own list may differ).
  const headers = {"Content-Type": "application/json", "Accept-Language": pageLang()};
  const r = await fetch(url, {method: "POST", headers: headers, body: JSON.stringify(body)});
  let j = {};
  try { j = await r.json(); } catch (e) { /* not JSON */ }
  return {ok: r.ok, status: r.status, body: j};
}

function el(tag, cls, text) {
  const d = document.createElement(tag);
  if (cls) d.className = cls;
  if (text !== undefined) d.textContent = text;
  return d;
}

/* ---- chat widget ---- */
function setupChat() {
  const root = document.getElementById("chat");
  if (!root) return;
  const api = root.dataset.api;
  const toggle = document.getElementById("chat-toggle");
  const panel = document.getElementById("chat-panel");
  const log = document.getElementById("chat-log");
  const form = document.getElementById("chat-form");
  const input = document.getElementById("chat-input");
  let sid = null, started = false;
  // Turns go out one at a time, in order: a message typed while a reply is on its way waits.
  let queue = Promise.resolve();

  function add(cls, text) { const d = el("div", "msg " + cls, text); log.appendChild(d); return d; }

  function send(text) {
    queue = queue.then(() => turn(text));
    return queue;
  }

  async function turn(text) {
    // Earlier choices belong to earlier questions: only the latest ones stay active.
    for (const b of log.querySelectorAll(".choices button")) b.disabled = true;
    if (text) add("me", text);
    try {
      const body = {session_id: sid, text: text};
      if (!sid && !text) body.lang = pageLang();  // the welcome in the page's language
      const r = await postJSON(api, body);
      if (!r.ok) {
        if (r.status === 404) sid = null;
        add("bot", serverSays(r.status, r.body, r.status === 404 ?
          "There is no conversation running. Type anything to start one." :
          "Sorry, something went wrong. Please try again."));
        return;
      }
      sid = r.body.ended ? null : r.body.session_id;
      for (const rep of r.body.replies) {
        add("bot", rep.text);
        if (rep.choices && rep.choices.length) {
          const c = el("div", "choices");
          c.setAttribute("role", "group");
          c.setAttribute("aria-label", t("Choices"));
          for (const ch of rep.choices) {
            const b = el("button", "", ch);
            b.type = "button";
            b.addEventListener("click", () => send(ch));
            c.appendChild(b);
          }
          log.appendChild(c);
        }
      }
    } catch (e) {
      add("bot", t("The assistant cannot be reached right now. Please call the clinic."));
    } finally {
      log.scrollTop = log.scrollHeight;
    }
  }

  function open() {
    panel.hidden = false;
    toggle.hidden = true;
    toggle.setAttribute("aria-expanded", "true");
    if (!started) { started = true; send(null); }
    input.focus();
  }
  function hide() {
    panel.hidden = true;
    toggle.hidden = false;
    toggle.setAttribute("aria-expanded", "false");
    toggle.focus();
  }
  toggle.addEventListener("click", open);
  document.getElementById("chat-hide").addEventListener("click", hide);
  panel.addEventListener("keydown", (e) => { if (e.key === "Escape") hide(); });
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    const t = input.value.trim();
    if (t) { input.value = ""; send(t); }
  });
  for (const b of root.querySelectorAll("[data-send]")) {
    // With no conversation running (e.g. after CLOSE), RESTART/MENU start a new one.
    b.addEventListener("click", () => {
      if (sid) send(b.dataset.send);
      else if (b.dataset.send === t("exit")) add("bot", t("There is no conversation running. Type anything to start one."));
      else send(null).then(() => { if (b.dataset.send === t("menu") && sid) send(b.dataset.send); });
    });
  }
  if (document.body.dataset.chatOpen) open();
}

/* ---- contact forms ---- */
function formBody(form) {
  const f = new FormData(form);
  return {name: (f.get("name") || "").trim(), phone: (f.get("phone") || "").trim(),
    email: (f.get("email") || "").trim(), preferred_time: f.get("preferred_time") || "",
    reason: (f.get("reason") || "").trim(), lang: pageLang()};
}

function wireContactForm(form, urlFn, onDone) {
  const status = form.querySelector(".form-status");
  form.addEventListener("submit", async (e) => {
    e.preventDefault();
    const body = formBody(form);
    status.className = "form-status bad";
    if (!body.name) { status.textContent = t("Please enter your name."); return; }
    if (!body.phone && !body.email) { status.textContent = t("Please give a phone number or an e-mail address."); return; }
    const button = form.querySelector("button[type=submit]");
    button.disabled = true;
    status.className = "form-status";
    status.textContent = t("Sending…");
    try {
      const r = await postJSON(urlFn(), body);
      if (r.ok) {
        status.className = "form-status ok";
        status.textContent = t("Thank you. Your request reached the clinic. Your reference is") + " " + r.body.reference +
          ". " + t("The team will contact you; if it is urgent, please call.");
        form.querySelectorAll("input, select, textarea, button").forEach((x) => { x.disabled = true; });
        if (onDone) onDone(r.body);
        return;
      }
      status.className = "form-status bad";
      status.textContent = serverSays(r.status, r.body, "The request could not be sent. Please call the clinic.");
    } catch (err) {
      status.className = "form-status bad";
      status.textContent = t("The clinic could not be reached. Please call instead.");
    }
    button.disabled = false;
  });
}

/* ---- check my twitch ---- */
function setupCheck() {
  const form = document.getElementById("upload-form");
  if (!form) return;
  const progress = document.getElementById("progress");
  const text = document.getElementById("progress-text");
  const bar = document.getElementById("progress-bar");
  const err = document.getElementById("upload-error");
  const result = document.getElementById("result");
  let token = null;

  function fail(msg) {
    progress.hidden = true;
    err.hidden = false;
    err.textContent = msg;
    form.querySelector("button").disabled = false;
  }
  function show(res) {
    progress.hidden = true;
    document.getElementById("result-headline").textContent = res.headline;
    const list = (id, items) => { const ul = document.getElementById(id); ul.textContent = "";
      for (const t of items || []) ul.appendChild(el("li", "", t)); };
    list("result-details", res.details);
    list("result-warnings", res.warnings);
    const plot = document.getElementById("result-plot");
    if (res.plot) { plot.src = res.plot.image; plot.alt = res.plot.alt; plot.hidden = false; }
    else { plot.hidden = true; }
    document.getElementById("result-disclaimer").textContent = res.disclaimer;
    result.hidden = false;
    form.querySelector("button").disabled = false;  // another video may follow
    result.focus();
  }
  async function poll(url) {
    for (;;) {
      let j;
      try {
        const r = await fetch(url, {cache: "no-store", headers: {"Accept-Language": pageLang()}});
        j = await r.json();
        if (!r.ok) return fail(serverSays(r.status, j, "The status of your video could not be read."));
      } catch (e) { return fail(t("The clinic server cannot be reached. Please try again later.")); }
      if (j.status === "done") return show(j.result);
      if (j.status === "failed") return fail(t("The video could not be measured:") + " " + (j.error || t("unknown reason")) + ". " + t("You can try another video."));
      const pct = Math.round((j.progress || 0) * 100);
      bar.value = pct;
      text.textContent = j.status === "queued" ? t("Waiting to be measured…") : t("Measuring your video…") + " " + pct + "%";
      await new Promise((res) => setTimeout(res, 700));
    }
  }
  // The form's answer to "who filmed?" tells the measurement whether the video is a
  // mirror image; a recording made on this page is the camera's own picture.
  async function send(blob, filename, filmedBy) {
    err.hidden = true;
    result.hidden = true;
    form.querySelector("button").disabled = true;
    progress.hidden = false;
    bar.removeAttribute("value");
    text.textContent = t("Uploading your video…");
    const fd = new FormData();
    fd.append("filmed_by", filmedBy);
    fd.append("video", blob, filename);
    let r, j = {};
    try {
      r = await fetch("/api/uploads", {method: "POST", body: fd, headers: {"Accept-Language": pageLang()}});
      try { j = await r.json(); } catch (x) { /* not JSON */ }
    } catch (x) { return fail(t("The upload did not reach the clinic. Please try again.")); }
    if (!r.ok) return fail(serverSays(r.status, j,
      "The video was not accepted: please send an MP4, MOV or WebM video of up to 3 minutes and 200 MB."));
    token = j.token;
    bar.value = 0;
    text.textContent = t("Uploaded. Waiting to be measured…");
    poll(j.status_url + "?lang=" + encodeURIComponent(pageLang()));  // the result in the page's language
  }
  form.addEventListener("submit", async (e) => {
    e.preventDefault();
    const file = document.getElementById("video-file").files[0];
    if (!file) { fail(t("Please choose a video first.")); return; }
    const who = form.querySelector("input[name=filmed_by]:checked");
    if (!who) { fail(t("Please say who filmed the video (front camera or not).")); return; }
    send(file, file.name, who.value);
  });
  setupRecorder(send);
  wireContactForm(document.getElementById("send-form"), () => "/api/uploads/" + encodeURIComponent(token) + "/contact");
}

/* ---- record on the page (getUserMedia + MediaRecorder) ---- */
const REC_MAX_MS = 3 * 60 * 1000;
function setupRecorder(send) {
  const box = document.getElementById("recorder");
  if (!box || !navigator.mediaDevices || !navigator.mediaDevices.getUserMedia || !window.MediaRecorder) return;
  box.hidden = false;
  const preview = document.getElementById("cam-preview");
  const status = document.getElementById("rec-status");
  const start = document.getElementById("rec-start");
  const stop = document.getElementById("rec-stop");
  const sendBtn = document.getElementById("rec-send");
  let stream = null, recorder = null, chunks = [], blob = null, timer = null, began = 0;
  const type = ["video/webm;codecs=vp9", "video/webm;codecs=vp8", "video/webm", "video/mp4"]
    .find((t) => MediaRecorder.isTypeSupported(t)) || "";
  function release() {
    if (stream) for (const t of stream.getTracks()) t.stop();
    stream = null;
    preview.srcObject = null;
    clearInterval(timer);
  }
  start.addEventListener("click", async () => {
    const facing = box.querySelector("input[name=camera]:checked").value;
    blob = null;
    sendBtn.disabled = true;
    try {
      stream = await navigator.mediaDevices.getUserMedia({audio: false, video: {facingMode: facing, width: {ideal: 1280}, height: {ideal: 720}}});
    } catch (e) {
      status.textContent = t("The camera could not be opened") + " (" + (e.name || "refused") + "). " + t("You can send a video file instead.");
      return;
    }
    // The front camera's preview is shown as a mirror, as people expect; the
    // recording itself is the camera's own picture either way.
    preview.classList.toggle("mirrored", facing === "user");
    preview.srcObject = stream;
    preview.hidden = false;
    preview.play().catch(() => {});
    chunks = [];
    recorder = new MediaRecorder(stream, type ? {mimeType: type} : undefined);
    recorder.ondataavailable = (ev) => { if (ev.data && ev.data.size) chunks.push(ev.data); };
    recorder.onstop = () => {
      blob = new Blob(chunks, {type: recorder.mimeType || "video/webm"});
      release();
      const secs = Math.round((Date.now() - began) / 1000);
      status.textContent = t("Recorded") + " " + secs + " s. " + (secs < 10 ? t("That is short: at least 10 s, better 30-60 s, are needed to measure.") + " " : "") + t('Press "Measure this recording" to send it.');
      start.disabled = false;
      stop.disabled = true;
      sendBtn.disabled = false;
    };
    recorder.start(1000);
    began = Date.now();
    start.disabled = true;
    stop.disabled = false;
    status.textContent = t("Recording… sit relaxed for 30 s, then talk, smile and close your eyes. Press Stop when done.");
    timer = setInterval(() => {
      const ms = Date.now() - began;
      if (ms >= REC_MAX_MS && recorder.state === "recording") recorder.stop();
      else status.textContent = t("Recording…") + " " + Math.round(ms / 1000) + " s";
    }, 1000);
  });
  stop.addEventListener("click", () => { if (recorder && recorder.state === "recording") recorder.stop(); });
  sendBtn.addEventListener("click", () => {
    if (!blob) return;
    const ext = (blob.type || "").includes("mp4") ? ".mp4" : ".webm";
    sendBtn.disabled = true;
    send(blob, "recording" + ext, "browser");
  });
}

document.addEventListener("DOMContentLoaded", () => {
  setupChat();
  const cf = document.getElementById("contact-form");
  if (cf) wireContactForm(cf, () => cf.dataset.url);
  setupCheck();
});
