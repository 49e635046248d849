import { type NumberWords, numberWords } from "../format/intl";
import { LANGS, type Lang, type PerLang } from "../lang/lang";

/** What a message function gets besides its parameters: the language and its number words. */
export type MessageContext = NumberWords;

/** One message: fixed text, or a function of its parameters. */
// biome-ignore lint/suspicious/noExplicitAny: a catalog holds messages of many parameter shapes.
export type Message<P = any> = string | ((params: P, ctx: MessageContext) => string);

/** The messages of one language, by key. */
export type Catalog = Readonly<Record<string, Message>>;

/** The parameters a message takes (`never` for fixed text). */
export type ParamsOf<M> = M extends (params: infer P, ctx: MessageContext) => string ? P : undefined;

/** The same keys as `C`, each a message taking the same parameters. */
export type SameMessages<C extends Catalog> = { readonly [K in keyof C]: Message<ParamsOf<C[K]>> };

/** `T`, refusing keys `C` does not have. */
export type NoExtraKeys<C, T> = T & { readonly [K in Exclude<keyof T, keyof C>]: never };

/**
 * Declares a catalog in es, en and pt. Spanish sets the keys; English and Portuguese must have every
 * one of them (a missing or extra key is a type error). Catalogs are plain values: pass them to
 * {@link translator}; nothing is registered anywhere.
 *
 * @example
 * ```ts
 * export const messages = defineCatalogs({
 *   es: { saved: (p: { file: string }) => `Guardado en ${p.file}` },
 *   en: { saved: (p) => `Saved to ${p.file}` },
 *   pt: { saved: (p) => `Salvo em ${p.file}` },
 * });
 * ```
 */
export function defineCatalogs<
  C extends Catalog,
  E extends SameMessages<C>,
  P extends SameMessages<C>,
>(catalogs: { es: C; en: NoExtraKeys<C, E>; pt: NoExtraKeys<C, P> }): PerLang<C> {
  return catalogs as unknown as PerLang<C>;
}

/** Renders the messages of one catalog in one language. */
export interface Translator<C extends Catalog> {
  readonly lang: Lang;
  /** Numbers, percentages, plurals and lists in this language. */
  readonly words: NumberWords;
  /** The message `key` with its parameters. */
  t<K extends keyof C & string>(
    key: K,
    ...params: ParamsOf<C[K]> extends undefined ? [] : [ParamsOf<C[K]>]
  ): string;
  /** Whether `key` names a message (for keys that come from data, such as an issue type). */
  has(key: string): key is keyof C & string;
}

/**
 * A {@link Translator} for one language of a catalog.
 *
 * @example
 * ```ts
 * const { t } = translator(messages, "en");
 * t("saved", { file: "out.csv" }); //=> "Saved to out.csv"
 * ```
 */
export function translator<C extends Catalog>(catalogs: PerLang<C>, lang: Lang): Translator<C> {
  const catalog = catalogs[lang];
  const words = numberWords(lang);
  return {
    lang,
    words,
    t(key, ...params) {
      return renderMessage(catalog[key], key, lang, words, params[0]);
    },
    has: (key): key is keyof C & string => Object.hasOwn(catalog, key),
  };
}

function renderMessage(
  message: Message | undefined,
  key: string,
  lang: Lang,
  words: NumberWords,
  params: unknown,
): string {
  if (message === undefined) throw new MissingMessageError(key, lang);
  return typeof message === "string" ? message : message(params, words);
}

/** A message asked for that no catalog has: a bug, never shown as another language's text. */
export class MissingMessageError extends Error {
  override readonly name = "MissingMessageError";
  constructor(
    readonly key: string,
    readonly lang: Lang,
  ) {
    super(`no message "${key}" in "${lang}"`);
  }
}

/**
 * Joins catalogs into one, message catalogs or issue catalogs alike (later ones win on a shared key).
 *
 * @example
 * ```ts
 * const all = mergeCatalogs(tableIssues, qualityIssues);
 * ```
 */
export function mergeCatalogs<C extends Readonly<Record<string, unknown>>>(
  ...parts: readonly PerLang<C>[]
): PerLang<C> {
  const out = { es: {}, en: {}, pt: {} } as Record<Lang, Record<string, unknown>>;
  for (const part of parts) for (const lang of LANGS) Object.assign(out[lang], part[lang]);
  return out as unknown as PerLang<C>;
}

/** A problem with a catalog: a key one language lacks, or a message that fails to render. */
export interface CatalogProblem {
  lang: Lang;
  key: string;
  problem: "missing" | "extra" | "empty" | "throws";
  detail?: string;
}

/**
 * Checks a catalog: every key in all three languages, and every message renders to non-empty text
 * with the sample parameters (`sample(key)`, default: a stand-in whose every field is `"x"`-like).
 * Tests call it on every package's catalogs, so no message falls back to another language.
 *
 * @example
 * ```ts
 * expect(checkCatalogs(messages)).toEqual([]);
 * ```
 */
export function checkCatalogs(
  catalogs: PerLang<Catalog>,
  sample: (key: string) => unknown = () => sampleParams(),
): CatalogProblem[] {
  const problems: CatalogProblem[] = [];
  const keys = new Set(LANGS.flatMap((lang) => Object.keys(catalogs[lang])));
  for (const lang of LANGS) {
    for (const key of keys) {
      const message = catalogs[lang][key];
      if (message === undefined) {
        problems.push({ lang, key, problem: Object.hasOwn(catalogs.es, key) ? "missing" : "extra" });
        continue;
      }
      try {
        const text = typeof message === "string" ? message : message(sample(key), numberWords(lang));
        if (typeof text !== "string" || text.trim() === "") problems.push({ lang, key, problem: "empty" });
      } catch (error) {
        problems.push({ lang, key, problem: "throws", detail: String(error) });
      }
    }
  }
  return problems;
}

/**
 * A stand-in for any parameters object, so a test can render a message without knowing its parameters:
 * every field is the text `"2"` (string methods work, arithmetic gives 2), and fields whose names say
 * they hold several things (`fields`, `values`, `…List`) are `["x", "y"]`.
 *
 * @example
 * ```ts
 * const p = sampleParams() as { count: number; name: string };
 * `${p.name}: ${p.count * 2}`; //=> "2: 4"
 * ```
 */
export function sampleParams(): unknown {
  // A String object has every string method and reads as 2 in arithmetic.
  const value = (name: string): unknown => (/(?:s|List|Items)$/u.test(name) ? ["x", "y"] : new String("2"));
  return new Proxy(Object.create(null), {
    get: (_t, key) => (typeof key === "string" ? value(key) : undefined),
    has: () => true,
  });
}
