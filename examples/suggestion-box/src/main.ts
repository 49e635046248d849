// The suggestion form: the text is redacted here, in the browser, as the person types, and only the
// redacted text is sent. The name stays on this page (it is used to say thanks, never sent).
import { redactText, type TextCategory } from "@ciudata/privacy";
import { CATEGORY_NAMES, type Lang, langFrom, type MessageKey, t } from "./messages";
import "./style.css";

/** Sample values: put your city's barrios here. The empty value means "I'd rather not say". */
const BARRIOS = ["Primera sección", "Segunda sección", "Tercera sección", "Cuarta sección", "Quinta sección"];

const lang: Lang = langFrom(new URLSearchParams(location.search));
const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const form = $<HTMLFormElement>("sugerencia");
const name = $<HTMLInputElement>("nombre");
const barrio = $<HTMLSelectElement>("barrio");
const message = $<HTMLTextAreaElement>("mensaje");
const preview = $<HTMLOutputElement>("vista-previa");
const hidden = $<HTMLParagraphElement>("ocultos");
const status = $<HTMLParagraphElement>("estado");
const button = form.querySelector("button") as HTMLButtonElement;

document.documentElement.lang = lang;
document.title = t(lang, "title");
for (const node of document.querySelectorAll<HTMLElement>("[data-text]"))
  node.textContent = t(lang, node.dataset.text as MessageKey);
barrio.append(new Option(t(lang, "noBarrio"), ""), ...BARRIOS.map((b) => new Option(b, b)));

/** The message with its personal data replaced by placeholders such as [DOCUMENTO]. */
function redacted(): { text: string; categories: TextCategory[] } {
  const { text, spans } = redactText(message.value.trim(), { lang });
  return { text, categories: spans.map((s) => s.category) };
}

function showPreview(): void {
  const { text, categories } = redacted();
  preview.textContent = text === "" ? t(lang, "previewEmpty") : text;
  const counts = new Map<TextCategory, number>();
  for (const c of categories) counts.set(c, (counts.get(c) ?? 0) + 1);
  const list = [...counts].map(([c, n]) => `${n} ${CATEGORY_NAMES[lang][c][n === 1 ? 0 : 1]}`);
  hidden.textContent =
    text === ""
      ? ""
      : list.length > 0
        ? t(lang, "hidden", { list: list.join(", ") })
        : t(lang, "nothingHidden");
}

function say(text: string, kind: "ok" | "error" | ""): void {
  status.textContent = text;
  status.className = kind;
}

form.addEventListener("submit", async (event) => {
  event.preventDefault();
  const { text } = redacted();
  if (text === "") return say(t(lang, "empty"), "error");
  button.disabled = true;
  say(t(lang, "sending"), "");
  try {
    // Only the redacted text, the barrio and the language leave the browser.
    const response = await fetch(`api/sugerencias?lang=${lang}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ message: text, barrio: barrio.value, lang }),
    });
    const answer = (await response.json()) as { ok: boolean; error?: { message: string } };
    if (answer.ok) {
      const who = name.value.trim();
      say(t(lang, "thanks", { name: who === "" ? "" : `, ${who}` }), "ok");
      message.value = "";
      showPreview();
    } else {
      say(answer.error?.message ?? t(lang, "offline"), "error");
    }
  } catch {
    say(t(lang, "offline"), "error");
  } finally {
    button.disabled = false;
  }
});
message.addEventListener("input", showPreview);
showPreview();
document.body.dataset.ready = "true";
