import { LANGS, type Lang } from "@ciudata/core";
import type { SurveyInstrument } from "../model/people";

/** One sheet of a workbook: its name, header and rows (write it with `toXlsxSheets` of `@ciudata/table`). */
export interface FormSheet {
  name: string;
  header: string[];
  rows: (string | null)[][];
}

/** How each language is named in XLSForm's `label::Name (code)` columns. */
const LANGUAGE_NAMES: Record<Lang, string> = { es: "Español (es)", en: "English (en)", pt: "Português (pt)" };

/** The languages every label of the instrument has (Spanish always). */
function languagesOf(instrument: SurveyInstrument): Lang[] {
  const labels = [
    instrument.title,
    ...instrument.questions.map((q) => q.label),
    ...Object.values(instrument.choiceLists).flatMap((l) => l.map((c) => c.label)),
  ];
  return LANGS.filter((lang) => labels.every((l) => l[lang] !== undefined));
}

/**
 * An instrument as the three sheets of an XLSForm (KoboToolbox, ODK): `survey` (type with its list,
 * name, one `label::Español (es)` column per language every label has), `choices` (list_name, name,
 * labels) and `settings` (form_title, form_id, version, default_language). Types are kept as they are
 * (`select_one`, `select_multiple`, `text`, `integer`, `note`; `email` becomes `text` with an email
 * constraint).
 *
 * @example
 * ```ts
 * const sheets = xlsFormSheets(instrument);
 * sheets.map((s) => s.name); //=> ["survey", "choices", "settings"]
 * ```
 */
export function xlsFormSheets(
  instrument: SurveyInstrument,
  options: { defaultLanguage?: Lang } = {},
): FormSheet[] {
  const langs = languagesOf(instrument);
  const labelColumns = langs.map((l) => `label::${LANGUAGE_NAMES[l]}`);
  const email = instrument.questions.some((q) => q.type === "email");
  const survey: FormSheet = {
    name: "survey",
    header: ["type", "name", ...labelColumns, ...(email ? ["constraint"] : [])],
    rows: instrument.questions.map((q) => {
      const type =
        q.type === "select_one" || q.type === "select_multiple"
          ? `${q.type} ${q.listName ?? ""}`
          : q.type === "email"
            ? "text"
            : q.type;
      const constraint = q.type === "email" ? "regex(., '^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$')" : null;
      return [type, q.name, ...langs.map((l) => q.label[l] ?? null), ...(email ? [constraint] : [])];
    }),
  };
  const choices: FormSheet = {
    name: "choices",
    header: ["list_name", "name", ...labelColumns],
    rows: Object.entries(instrument.choiceLists).flatMap(([list, items]) =>
      items.map((c) => [list, c.name, ...langs.map((l) => c.label[l] ?? null)]),
    ),
  };
  const defaultLanguage = options.defaultLanguage ?? "es";
  const settings: FormSheet = {
    name: "settings",
    header: ["form_title", "form_id", "version", "default_language"],
    rows: [
      [
        instrument.title[defaultLanguage] ?? instrument.title.es,
        instrument.id,
        instrument.version,
        LANGUAGE_NAMES[langs.includes(defaultLanguage) ? defaultLanguage : "es"],
      ],
    ],
  };
  return [survey, choices, settings];
}
