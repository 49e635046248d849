import type { Lang } from "../model/common";

/** Kinds of problems a strategy file can have. */
export type StrategyIssueType =
  | "strategy/invalid-json"
  | "strategy/unsupported-version"
  | "strategy/schema"
  | "strategy/unknown-key"
  | "strategy/duplicate-id"
  | "strategy/missing-reference"
  | "strategy/dependency-cycle"
  | "strategy/deadline-outside-period";

/**
 * One problem in a strategy file, as plain data: where (`path`), what was expected, what was found and
 * an example of a good value. Render it with {@link renderIssue} in any language.
 */
export interface StrategyIssue {
  type: StrategyIssueType;
  /** `error` makes the file invalid; `warning` is shown but keeps it valid. */
  severity: "error" | "warning";
  /** Where in the file: `actions[3].owners[0].id` (empty for the whole file). */
  path: string;
  /** A code for what was expected (`deadline`, `slug`, `one-of`, `existing:person`…); see `EXPECTED`. */
  expected: string;
  /** Extra detail for `expected`: the allowed options, the ids in a cycle… */
  detail?: string;
  /** What the file has there, as JSON (cut at 80 characters), or `nothing`. */
  received: string;
  /** A good value to copy. */
  example: string;
  /** A short technical note in English, stable for logs and tests. */
  note: string;
}

type Phrase = Record<Lang, string>;

/** What each `expected` code means, in every language. */
const EXPECTED: Record<string, Phrase> = {
  slug: {
    es: "un id en minúsculas con guiones (slug)",
    en: "a lowercase id with hyphens (slug)",
    pt: "um id em minúsculas com hifens (slug)",
  },
  date: { es: "una fecha AAAA-MM-DD", en: "a date YYYY-MM-DD", pt: "uma data AAAA-MM-DD" },
  "date-time": {
    es: "una fecha AAAA-MM-DD o fecha y hora ISO con zona",
    en: "a date YYYY-MM-DD or an ISO date-time with offset",
    pt: "uma data AAAA-MM-DD ou data e hora ISO com fuso",
  },
  "year-month": { es: "un mes AAAA-MM", en: "a month YYYY-MM", pt: "um mês AAAA-MM" },
  deadline: {
    es: "un plazo AAAA-MM (fin de ese mes) o un rango AAAA-MM/AAAA-MM",
    en: "a deadline YYYY-MM (end of that month) or a range YYYY-MM/YYYY-MM",
    pt: "um prazo AAAA-MM (fim desse mês) ou um intervalo AAAA-MM/AAAA-MM",
  },
  "framework-tag": {
    es: "una etiqueta esquema:código",
    en: "a tag scheme:code",
    pt: "uma etiqueta esquema:código",
  },
  periodicity: {
    es: "una periodicidad ISO 8601 (R/P1M) o eventual",
    en: "an ISO 8601 periodicity (R/P1M) or eventual",
    pt: "uma periodicidade ISO 8601 (R/P1M) ou eventual",
  },
  "time-zone": {
    es: "una zona horaria IANA",
    en: "an IANA time zone",
    pt: "um fuso horário IANA",
  },
  country: {
    es: "un código de país ISO de 2 letras",
    en: "a 2-letter ISO country code",
    pt: "um código de país ISO de 2 letras",
  },
  email: { es: "un correo electrónico", en: "an email address", pt: "um e-mail" },
  string: { es: "un texto", en: "a text", pt: "um texto" },
  number: { es: "un número", en: "a number", pt: "um número" },
  integer: { es: "un número entero", en: "an integer", pt: "um número inteiro" },
  boolean: { es: "true o false", en: "true or false", pt: "true ou false" },
  array: { es: "una lista", en: "a list", pt: "uma lista" },
  object: { es: "un objeto", en: "an object", pt: "um objeto" },
  "one-of": { es: "uno de", en: "one of", pt: "um de" },
  required: {
    es: "este campo, que es obligatorio",
    en: "this field, which is required",
    pt: "este campo, que é obrigatório",
  },
  "non-empty": { es: "un valor no vacío", en: "a non-empty value", pt: "um valor não vazio" },
  "in-range": {
    es: "un valor dentro del rango",
    en: "a value within range",
    pt: "um valor dentro do intervalo",
  },
  shorter: { es: "un valor más corto", en: "a shorter value", pt: "um valor mais curto" },
  "known-key": {
    es: "ninguna clave con ese nombre (revise cómo se escribe)",
    en: "no such key (check the spelling)",
    pt: "nenhuma chave com esse nome (verifique a grafia)",
  },
  period: {
    es: "un período con inicio anterior o igual al fin",
    en: "a period whose start is not after its end",
    pt: "um período com início anterior ou igual ao fim",
  },
  version: {
    es: "la versión de formato 1",
    en: "format version 1",
    pt: "a versão de formato 1",
  },
  json: { es: "JSON válido", en: "valid JSON", pt: "JSON válido" },
  "unique-id": { es: "un id que no se repita", en: "an id used only once", pt: "um id que não se repita" },
  existing: {
    es: "el id de un elemento declarado en",
    en: "the id of an item declared in",
    pt: "o id de um item declarado em",
  },
  acyclic: {
    es: "dependencias sin ciclos",
    en: "dependencies without cycles",
    pt: "dependências sem ciclos",
  },
  "within-period": {
    es: "un plazo dentro del período de la estrategia",
    en: "a deadline within the strategy's period",
    pt: "um prazo dentro do período da estratégia",
  },
  value: { es: "un valor válido", en: "a valid value", pt: "um valor válido" },
};

const WORDS: Record<
  Lang,
  { expected: string; received: string; example: string; nothing: string; file: string }
> = {
  es: {
    expected: "se esperaba",
    received: "se recibió",
    example: "Ejemplo",
    nothing: "nada",
    file: "archivo",
  },
  en: { expected: "expected", received: "received", example: "Example", nothing: "nothing", file: "file" },
  pt: { expected: "esperava-se", received: "recebido", example: "Exemplo", nothing: "nada", file: "arquivo" },
};

/**
 * The issue as one line in the language asked for.
 *
 * @example
 * ```ts
 * renderIssue(issue, "es");
 * //=> 'actions[0].deadline: se esperaba un plazo AAAA-MM (fin de ese mes) o un rango AAAA-MM/AAAA-MM; se recibió "Mayo 2024". Ejemplo: "deadline": "2024-05"'
 * ```
 */
export function renderIssue(issue: StrategyIssue, lang: Lang = "es"): string {
  const w = WORDS[lang];
  const phrase = EXPECTED[issue.expected]?.[lang] ?? issue.expected;
  const expected = issue.detail ? `${phrase} ${issue.detail}` : phrase;
  const received = issue.received === "nothing" ? w.nothing : issue.received;
  return `${issue.path || w.file}: ${w.expected} ${expected}; ${w.received} ${received}. ${w.example}: ${issue.example}`;
}

/**
 * `["actions", 2, "deadline"]` ⇒ `"actions[2].deadline"`.
 *
 * @example
 * ```ts
 * formatPath(["actions", 2, "deadline"]); //=> "actions[2].deadline"
 * ```
 */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else out += out === "" ? String(key) : `.${String(key)}`;
  }
  return out;
}

/**
 * A value as short JSON for messages (`nothing` when absent).
 *
 * @example
 * ```ts
 * describeValue("Mayo 2024"); //=> '"Mayo 2024"'
 * describeValue(undefined); //=> "nothing"
 * ```
 */
export function describeValue(v: unknown): string {
  if (v === undefined) return "nothing";
  let s: string;
  try {
    s = JSON.stringify(v) ?? String(v);
  } catch {
    s = String(v);
  }
  return s.length > 80 ? `${s.slice(0, 77)}…` : s;
}
