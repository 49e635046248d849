import { type Lang, resolveLang, translator } from "@ciudata/core";
import { isEmail, phoneCountry } from "../detect/values";
import { matchIds } from "../ids/match";
import { privacyMessages } from "../messages/messages";
import { foldForDetection } from "./fold";

/** What a span of text is. */
export type TextCategory = "email" | "id" | "phone" | "person-name" | "address";

/**
 * One piece of personal data found in a text. Offsets are UTF-16 indexes of the text as given
 * (`text.slice(start, end)`), also when it was found through the folded text (fullwidth digits,
 * zero-width characters, `[at]`…).
 */
export interface TextSpan {
  start: number;
  end: number;
  category: TextCategory;
  /** 0..1. */
  score: number;
  /** For IDs: the type. */
  idType?: string;
}

/** Options of {@link redactText}. */
export interface RedactOptions {
  /** Language of the placeholders (default `es`). */
  lang?: Lang;
  /** Spans under this score are left (default 0.5). */
  minScore?: number;
}

// Every pattern is bounded and unambiguous (no nested unbounded quantifiers), so matching stays linear.
// The `@` and the dots of an e-mail address may be written out to hide it from robots: `ana [at] mail
// [dot] com`, `ana(arroba)mail.com`, `ana at mail punto com`.
const wrapped = (word: string) => `(?:\\[ ?${word} ?\\]|\\( ?${word} ?\\)|\\{ ?${word} ?\\}|< ?${word} ?>)`;
const AT_WORD = "(?:at|arroba)";
const DOT_WORD = "(?:dot|punto|ponto)";
const AT = `(?: ?@ ?| {0,2}${wrapped(AT_WORD)} {0,2}| {1,2}${AT_WORD} {1,2})`;
const DOT = `(?:\\.| {0,2}${wrapped(DOT_WORD)} {0,2}| {1,2}${DOT_WORD} {1,2})`;
const EMAIL = new RegExp(
  `[A-Za-z0-9._%+-]{1,64}${AT}[A-Za-z0-9-]{1,63}(?:${DOT}[A-Za-z0-9-]{1,63}){1,8}`,
  "gi",
);
const AT_ONCE = new RegExp(AT, "i");
const DOTS = new RegExp(DOT, "gi");
/** An e-mail address as written (`ana [at] mail [dot] com`) to its plain form (`ana@mail.com`). */
function plainEmail(written: string): string {
  const at = AT_ONCE.exec(written);
  if (!at) return written;
  const domain = written.slice(at.index + at[0].length).replace(DOTS, ".");
  return `${written.slice(0, at.index)}@${domain}`;
}
/** Digits in groups after a word such as «DNI» (`20 123 456`, `20 12345678 9`): read only with that word before. */
const SPACED_ID = /\d{1,3}(?: \d{1,8}){1,3}/g;
const ID_TOKEN = /[0-9A-ZÑ][0-9A-ZÑ./-]{5,24}[0-9A-Z]/g;
const PHONE = /\+?\(?\d[\d ().-]{6,18}\d/g;
const NAME_AFTER =
  /(?:me llamo|mi nombre es|soy|sr\.|sra\.|señor|señora|vecin[oa]|meu nome é|me chamo|sou o|sou a)\s{1,3}([A-ZÁÉÍÓÚÑ][a-záéíóúñü]{1,20}(?: (?:de |del |da |dos )?[A-ZÁÉÍÓÚÑ][a-záéíóúñü]{1,20}){0,3})/gi;
const ADDRESS =
  /(?:calle|av\.|avenida|pasaje|pje\.|bv\.|boulevard|diagonal|rua|travessa|alameda|carrera|jr\.|jirón)\s{1,3}[A-ZÁÉÍÓÚÑa-záéíóúñ.]{2,30}(?: [A-ZÁÉÍÓÚÑa-záéíóúñ.]{1,30}){0,4}\s(?:n[°º]\s?)?\d{1,5}/gi;
// «DNI 20.123.456», «DNI: …», and also «mi DNI es …», «CPF nº …», «documento número …».
const ID_CONTEXT =
  /(?:^|[^\p{L}])(?:dni|cuil|cuit|rut|run|curp|rfc|cpf|cnpj|nit|ruc|c[eé]dula|documento|ci)(?:\s{1,2}(?:es|é|n[°º]|nro\.?|n[uú]mero|do|de))?\W{0,3}$/iu;
/** A name word starts with a capital letter (the triggers are case-insensitive, the name is not). */
const CAPITALISED = /^[A-ZÁÉÍÓÚÑ]/;
const CONNECTOR = /^(?:de|del|da|das|do|dos|la|las|los|y|e)$/;

function* matches(re: RegExp, text: string): Generator<RegExpExecArray> {
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    yield m;
    if (m[0] === "") re.lastIndex++;
  }
}

/** The words of a captured name up to the first one that is not capitalised («Ana Pérez del barrio» → «Ana Pérez»). */
function capitalisedPrefix(captured: string): string {
  const words = captured.split(" ");
  let end = 0;
  let length = 0;
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as string;
    length += (i > 0 ? 1 : 0) + word.length;
    if (CAPITALISED.test(word)) end = length;
    else if (!CONNECTOR.test(word) || i === 0) break;
  }
  return captured.slice(0, end);
}

/**
 * Finds personal data in free text in Spanish or Portuguese (a citizen's suggestion, a complaint):
 * e-mails, IDs with valid check digits (or the shape of a DNI/cédula after a word like «DNI»), phone
 * numbers of the region, names after «me llamo», «soy», «Sra.», «meu nome é», and street addresses.
 * Spans never overlap (the best one is kept). Text written to slip past a filter is read as a person
 * reads it: fullwidth or other-script digits (`２０`, `٢٠`), zero-width and other invisible characters,
 * `＠`, `[at]`, `(at)`, ` at `, `arroba`, `[dot]`, ` punto ` in e-mail addresses. Linear time: no regular
 * expression can backtrack catastrophically.
 *
 * @example
 * ```ts
 * findPersonalData("Soy Ana Pérez, DNI 20.123.456, escribime a ana@mail.com")
 *   .map((s) => s.category); //=> ["person-name", "id", "email"]
 * ```
 */
export function findPersonalData(text: string): TextSpan[] {
  // Found in the folded text (NFKC, digits of any script, no invisible characters), placed in the original.
  const folded = foldForDetection(text);
  return findInFolded(folded.text).map((s) => ({
    ...s,
    start: folded.from[s.start] as number,
    end: folded.to[s.end - 1] as number,
  }));
}

function idScore(token: string, context: boolean): { score: number; type: string } | null {
  const all = matchIds(token);
  const best = all.find((x) => x.status === "valid") ?? all.find((x) => x.status === "format-only") ?? all[0];
  if (!best) return null;
  const score =
    best.status === "valid" ? 0.85 : context && best.status !== "invalid-check" ? 0.75 : context ? 0.6 : 0.2;
  return { score, type: best.type };
}

function findInFolded(text: string): TextSpan[] {
  const spans: TextSpan[] = [];
  for (const m of matches(EMAIL, text))
    if (isEmail(plainEmail(m[0])))
      spans.push({ start: m.index, end: m.index + m[0].length, category: "email", score: 0.95 });
  const idContext = (at: number) => ID_CONTEXT.test(text.slice(Math.max(0, at - 24), at));
  const pushId = (m: RegExpExecArray, id: NonNullable<ReturnType<typeof idScore>>) =>
    spans.push({
      start: m.index,
      end: m.index + m[0].length,
      category: "id",
      score: id.score,
      idType: id.type,
    });
  for (const m of matches(ID_TOKEN, text)) {
    const id = idScore(m[0], idContext(m.index));
    if (id) pushId(m, id);
  }
  for (const m of matches(SPACED_ID, text)) {
    if (!idContext(m.index)) continue;
    const id = idScore(m[0].replace(/ /g, ""), true);
    if (id && id.score >= 0.6) pushId(m, id);
  }
  for (const m of matches(PHONE, text))
    if (phoneCountry(m[0]) !== null)
      spans.push({ start: m.index, end: m.index + m[0].length, category: "phone", score: 0.7 });
  for (const m of matches(NAME_AFTER, text)) {
    const captured = m[1] as string;
    const name = capitalisedPrefix(captured);
    if (name === "") continue;
    const start = m.index + m[0].length - captured.length;
    spans.push({ start, end: start + name.length, category: "person-name", score: 0.7 });
  }
  for (const m of matches(ADDRESS, text))
    spans.push({ start: m.index, end: m.index + m[0].length, category: "address", score: 0.7 });
  spans.sort((a, b) => b.score - a.score || b.end - b.start - (a.end - a.start));
  // Which characters a kept span already covers: spans are short, so this stays linear.
  const taken = new Uint8Array(text.length);
  const kept: TextSpan[] = [];
  for (const s of spans) {
    if (taken.subarray(s.start, s.end).includes(1)) continue;
    taken.fill(1, s.start, s.end);
    kept.push(s);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/**
 * Redacts personal data in free text, returning the spans found and the text with placeholders
 * (`[NOMBRE]`, `[DOCUMENTO]`, `[CORREO]`…).
 *
 * @example
 * ```ts
 * redactText("Me llamo Juan García y mi cel es +54 9 261 555-1234").text;
 * //=> "Me llamo [NOMBRE] y mi cel es [TELÉFONO]"
 * ```
 */
export function redactText(text: string, options: RedactOptions = {}): { text: string; spans: TextSpan[] } {
  const { t } = translator(privacyMessages, resolveLang(options.lang));
  const min = options.minScore ?? 0.5;
  const spans = findPersonalData(text).filter((s) => s.score >= min);
  let out = "";
  let at = 0;
  for (const s of spans) {
    out += text.slice(at, s.start) + t(`redact.${s.category}`);
    at = s.end;
  }
  return { text: out + text.slice(at), spans };
}
