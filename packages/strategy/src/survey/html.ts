import { escapeHtml, type Lang, translator } from "@ciudata/core";
import type { Label } from "../model/common";
import type { SurveyInstrument } from "../model/people";
import { surveyFormMessages } from "./messages";

const say = (label: Label, lang: Lang): string => escapeHtml(label[lang] ?? label.es);

// On submit: one row in the layout `survey import` reads (question names as headers, `;` separated,
// multiple choices space-separated, `_submission_time`), downloaded as a file. Nothing leaves the page.
const SCRIPT = [
  'document.querySelector("form").addEventListener("submit", (e) => {',
  "  e.preventDefault();",
  "  const f = e.target;",
  "  const names = JSON.parse(f.dataset.questions);",
  "  const cells = names.map((n) => {",
  "    const v = [...f.querySelectorAll('[name=\"'.concat(n, '\"]'))]",
  '      .filter((i) => (i.type !== "checkbox" && i.type !== "radio") || i.checked)',
  "      .map((i) => i.value.trim())",
  '      .join(" ");',
  "    return '\"'.concat(v.replace(/\"/g, '\"\"'), '\"');",
  "  });",
  '  const rows = [[...names, "_submission_time"], [...cells, new Date().toISOString().slice(0, 19)]];',
  '  const csv = "\\ufeff".concat(rows.map((r) => r.join(";")).join("\\n"), "\\n");',
  '  const a = document.createElement("a");',
  '  a.href = URL.createObjectURL(new Blob([csv], { type: "text/csv" }));',
  '  a.download = f.dataset.id.concat(".csv");',
  "  a.click();",
  '  document.getElementById("saved").hidden = false;',
  "});",
].join("\n");

/**
 * An instrument as one static, accessible HTML page in one language: a `<form>` where every input has a
 * `<label>`, choices sit in a `<fieldset>` with a `<legend>`, the page has `lang`, and nothing is loaded
 * from elsewhere. Its button downloads the answers as a CSV that `ciudata survey import` reads.
 *
 * @example
 * ```ts
 * await writeFile("encuesta.html", surveyFormHtml(instrument, "es"));
 * ```
 */
export function surveyFormHtml(instrument: SurveyInstrument, lang: Lang = "es"): string {
  const { t } = translator(surveyFormMessages, lang);
  const parts: string[] = [];
  for (const [i, q] of instrument.questions.entries()) {
    const id = `q${i + 1}-${q.name}`;
    if (q.type === "note") {
      parts.push(`<p>${say(q.label, lang)}</p>`);
      continue;
    }
    if (q.type === "select_one" || q.type === "select_multiple") {
      const input = q.type === "select_one" ? "radio" : "checkbox";
      const choices = instrument.choiceLists[q.listName ?? ""] ?? [];
      const hint = `${id}-hint`;
      const items = choices.map(
        (c, k) =>
          `<div><input type="${input}" id="${id}-${k + 1}" name="${q.name}" value="${escapeHtml(c.name)}"><label for="${id}-${k + 1}">${say(c.label, lang)}</label></div>`,
      );
      parts.push(
        `<fieldset aria-describedby="${hint}"><legend>${say(q.label, lang)}</legend><p id="${hint}" class="hint">${escapeHtml(t(q.type === "select_one" ? "pickOne" : "pickAny"))}</p>${items.join("")}</fieldset>`,
      );
      continue;
    }
    const attrs =
      q.type === "integer"
        ? 'type="number" step="1" inputmode="numeric"'
        : q.type === "email"
          ? 'type="email" autocomplete="email"'
          : 'type="text"';
    parts.push(
      `<div class="field"><label for="${id}">${say(q.label, lang)}</label><input ${attrs} id="${id}" name="${q.name}"></div>`,
    );
  }
  const names = instrument.questions.filter((q) => q.type !== "note").map((q) => q.name);
  const title = say(instrument.title, lang);
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="ciudata">
<title>${title}</title>
<style>
body{font:1rem/1.5 system-ui,sans-serif;max-width:44rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a}
fieldset{border:1px solid #767676;border-radius:.25rem;margin:1.5rem 0;padding:.5rem 1rem}
legend{font-weight:600;padding:0 .25rem}
.field{margin:1.5rem 0}.field label{display:block;font-weight:600}
input[type=text],input[type=email],input[type=number]{font:inherit;width:100%;padding:.4rem;border:1px solid #767676;border-radius:.25rem;box-sizing:border-box}
.hint{color:#4a4a4a;margin:0 0 .5rem}
input:focus-visible,button:focus-visible{outline:3px solid #1d4ed8;outline-offset:2px}
button{font:inherit;padding:.6rem 1.2rem;border:0;border-radius:.25rem;background:#1d4ed8;color:#fff;cursor:pointer}
</style>
</head>
<body>
<main>
<h1>${title}</h1>
${instrument.intro ? `<p>${say(instrument.intro, lang)}</p>\n` : ""}<form data-id="${escapeHtml(instrument.id)}" data-version="${escapeHtml(instrument.version)}" data-questions="${escapeHtml(JSON.stringify(names))}">
${parts.join("\n")}
<button type="submit">${escapeHtml(t("save"))}</button>
<p id="saved" role="status" hidden>${escapeHtml(t("saved"))}</p>
</form>
</main>
<script>${SCRIPT}</script>
</body>
</html>
`;
}
