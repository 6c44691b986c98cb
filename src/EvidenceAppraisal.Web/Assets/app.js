// The page's only script. Text from the server or the user reaches the page through textContent only;
// the report's HTML goes into a sandboxed frame that runs no script.
"use strict";

const $ = (id) => document.getElementById(id);
const state = { file: null, lastInput: null };

document.addEventListener("DOMContentLoaded", () => {
  $("appraise-form").addEventListener("submit", (event) => {
    event.preventDefault();
    appraise();
  });
  $("file").addEventListener("change", () => chooseFile($("file").files[0] || null));
  $("clear-file").addEventListener("click", () => chooseFile(null));
  const zone = $("drop-zone");
  for (const type of ["dragenter", "dragover"]) {
    zone.addEventListener(type, (event) => { event.preventDefault(); zone.classList.add("over"); });
  }
  for (const type of ["dragleave", "drop"]) {
    zone.addEventListener(type, () => zone.classList.remove("over"));
  }
  zone.addEventListener("drop", (event) => {
    event.preventDefault();
    if (event.dataTransfer && event.dataTransfer.files.length > 0) {
      chooseFile(event.dataTransfer.files[0]);
    }
  });
  for (const button of document.querySelectorAll(".downloads button")) {
    button.addEventListener("click", () => download(button.dataset.output));
  }
  $("report").addEventListener("load", fitReport);
  $("profile").addEventListener("change", loadRules);
  let timer = 0;
  $("rule-search").addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(loadRules, 150);
  });
  loadProfiles();
});

function chooseFile(file) {
  state.file = file;
  $("file-name").textContent = file ? file.name : "";
  $("clear-file").hidden = !file;
  if (!file) {
    $("file").value = "";
  }
}

// What the user asked to appraise, captured at submit so the downloads report on the same input.
function currentInput() {
  const profile = $("profile").value;
  if (state.file) {
    return { file: state.file, profile };
  }
  const pmid = $("pmid").value.trim();
  const text = $("abstract").value;
  if (pmid && !text.trim()) {
    return { pmid, profile };
  }
  return { text, profile };
}

function requestFor(input, output) {
  const url = "/api/appraisals?output=" + encodeURIComponent(output);
  if (input.file) {
    const form = new FormData();
    form.append("file", input.file, input.file.name);
    form.append("profile", input.profile);
    return fetch(url, { method: "POST", body: form });
  }
  const body = input.pmid ? { pmid: input.pmid, profile: input.profile } : { text: input.text, profile: input.profile };
  return fetch(url, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });
}

async function appraise() {
  const input = currentInput();
  if (!input.file && !input.pmid && !input.text.trim()) {
    showError({ title: "Nothing to appraise", detail: "Paste an abstract, drop a file or give a PubMed ID." });
    return;
  }
  busy(true, "Appraising…");
  try {
    const response = await requestFor(input, "html");
    if (!response.ok) {
      showError(await problemOf(response));
      return;
    }
    state.lastInput = input;
    $("report").srcdoc = await response.text();
    $("result").hidden = false;
    $("result").scrollIntoView();
    $("status").textContent = "Report ready.";
  } catch (error) {
    showError({ title: "The server did not answer", detail: String(error) });
  } finally {
    busy(false);
  }
}

async function download(output) {
  if (!state.lastInput) {
    return;
  }
  busy(true, "Preparing the download…");
  try {
    const response = await requestFor(state.lastInput, output);
    if (!response.ok) {
      showError(await problemOf(response));
      return;
    }
    const blob = await response.blob();
    const link = document.createElement("a");
    link.href = URL.createObjectURL(blob);
    link.download = fileNameOf(response) || "appraisal." + output;
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 60000);
    $("status").textContent = "Downloaded " + link.download + ".";
  } catch (error) {
    showError({ title: "The server did not answer", detail: String(error) });
  } finally {
    busy(false);
  }
}

function fileNameOf(response) {
  const header = response.headers.get("Content-Disposition") || "";
  const match = /filename="?([^";]+)"?/.exec(header);
  return match ? match[1] : null;
}

async function problemOf(response) {
  try {
    const problem = await response.json();
    return { title: problem.title || response.statusText, detail: problem.detail || "" };
  } catch {
    return { title: "Error " + response.status, detail: response.statusText };
  }
}

function busy(on, message) {
  for (const button of document.querySelectorAll("button")) {
    button.disabled = on;
  }
  if (on) {
    $("error").hidden = true;
    $("status").textContent = message;
  }
}

function showError(problem) {
  const box = $("error");
  box.replaceChildren();
  const title = document.createElement("strong");
  title.textContent = problem.title;
  const detail = document.createElement("span");
  detail.textContent = problem.detail;
  box.append(title, detail);
  box.hidden = false;
  $("status").textContent = "";
}

// The frame's document is same-origin (sandboxed without scripts), so the page can size it to its content,
// send its outside links (PubMed, DOI) to a new tab, and follow its inner links (#flag-3) itself: in a srcdoc
// frame they would resolve against this page's address and try to load the page into the frame.
function fitReport() {
  const frame = $("report");
  const doc = frame.contentDocument;
  if (!doc || !doc.documentElement) {
    return;
  }
  for (const link of doc.querySelectorAll("a[href^='http:'], a[href^='https:']")) {
    link.target = "_blank";
    link.rel = "noopener noreferrer";
  }
  doc.addEventListener("click", (event) => {
    const link = event.target.closest && event.target.closest("a[href^='#']");
    if (!link) {
      return;
    }
    event.preventDefault();
    const target = doc.getElementById(decodeURIComponent(link.getAttribute("href").slice(1)));
    if (target) {
      target.scrollIntoView({ block: "start" });
    }
  });
  frame.style.height = doc.documentElement.scrollHeight + 24 + "px";
}

async function loadProfiles() {
  const select = $("profile");
  try {
    const response = await fetch("/api/profiles");
    const data = await response.json();
    for (const profile of data.profiles) {
      const option = document.createElement("option");
      option.value = profile.id;
      option.textContent = profile.id;
      option.selected = profile.id === data.default;
      select.append(option);
    }
  } catch (error) {
    showError({ title: "Profiles could not be loaded", detail: String(error) });
  }
  loadRules();
}

async function loadRules() {
  const profile = $("profile").value;
  const query = $("rule-search").value;
  const list = $("rule-list");
  try {
    const response = await fetch("/api/rules?profile=" + encodeURIComponent(profile) + "&q=" + encodeURIComponent(query));
    if (!response.ok) {
      const problem = await problemOf(response);
      $("rule-count").textContent = problem.title + ": " + problem.detail;
      list.replaceChildren();
      return;
    }
    const data = await response.json();
    // A slower answer to an older search must not overwrite a newer one.
    if (profile !== $("profile").value || query !== $("rule-search").value) {
      return;
    }
    $("rule-count").textContent = query.trim()
      ? data.count + " of " + data.total + " rules match."
      : data.total + " rules in profile '" + data.profileName + "' (" + data.packs.map((p) => p.name + " " + p.version).join(", ") + ").";
    list.replaceChildren(...data.rules.map(ruleItem));
  } catch (error) {
    $("rule-count").textContent = "Rules could not be loaded: " + error;
  }
}

function ruleItem(rule) {
  const item = document.createElement("li");
  item.id = "rule-" + rule.id;
  const details = document.createElement("details");
  const summary = document.createElement("summary");
  const id = document.createElement("code");
  id.textContent = rule.id;
  const severity = document.createElement("span");
  severity.className = "sev sev-" + rule.severity;
  severity.textContent = rule.severity;
  summary.append(id, severity, document.createTextNode(rule.title));
  const facts = document.createElement("dl");
  const add = (label, value) => {
    if (value === null || value === undefined || value === "" || (Array.isArray(value) && value.length === 0)) {
      return;
    }
    const term = document.createElement("dt");
    term.textContent = label;
    const description = document.createElement("dd");
    if (Array.isArray(value)) {
      description.textContent = value.join(label === "References" ? "; " : ", ");
    } else {
      description.append(...withPlaceholders(String(value)));
    }
    facts.append(term, description);
  };
  add("Says", rule.message);
  add("Why", rule.why);
  add("Ask", rule.question);
  add("Check", rule.advice);
  add("Evidence level", rule.level);
  add("Category", rule.category + " · pack " + rule.pack + (rule.status === "stable" ? "" : " · " + rule.status));
  add("Tags", rule.tags);
  add("References", rule.references);
  details.append(summary, facts);
  item.append(details);
  return item;
}

// "{{ c.Outcome }}" in a rule's wording is filled from the abstract: shown as ‹outcome›.
function withPlaceholders(text) {
  const nodes = [];
  let last = 0;
  for (const match of text.matchAll(/\{\{\s*([^}]*?)\s*\}\}/g)) {
    nodes.push(document.createTextNode(text.slice(last, match.index)));
    const name = match[1].split(/[.\s|]/).filter(Boolean).pop() || "value";
    const span = document.createElement("span");
    span.className = "placeholder";
    span.textContent = "‹" + name.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase() + "›";
    nodes.push(span);
    last = match.index + match[0].length;
  }
  nodes.push(document.createTextNode(text.slice(last)));
  return nodes;
}
