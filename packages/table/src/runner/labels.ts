import { tableError } from "../report/error";
import type { Field, TableSchema } from "../schema";
import type { CheckContext } from "./check";

const hints = {
  blank: {
    es: "ponga un nombre a la columna (minúsculas, sin espacios: fecha_alta)",
    en: "give the column a name (lowercase, no spaces: fecha_alta)",
    pt: "dê um nome à coluna (minúsculas, sem espaços: data_cadastro)",
  },
  duplicate: {
    es: "use un nombre distinto para cada columna",
    en: "use a different name for each column",
    pt: "use um nome diferente para cada coluna",
  },
} as const;

/**
 * Checks the header against itself (blank and duplicate labels) and, when a schema was given, against
 * the schema fields by position (`fieldsMatch: "exact"`, the default): extra, missing and incorrect labels.
 * Labels are compared trimmed, with line breaks as spaces, and case-insensitively when `ignoreCase`
 * (frictionless' `headerCase: false`).
 * @internal
 */
export function checkLabels(
  labels: readonly string[],
  fields: readonly Field[],
  _schema: TableSchema,
  ctx: CheckContext,
  schemaGiven: boolean,
  ignoreCase = false,
): void {
  const seen = new Map<string, number>();
  labels.forEach((label, i) => {
    if (label === "") {
      ctx.report(
        tableError("blank-label", {
          fieldNumber: i + 1,
          fieldName: fields[i]?.name ?? null,
          note: "label is blank",
          params: { label, hint: hints.blank[ctx.lang] },
        }),
      );
      return;
    }
    const first = seen.get(label);
    if (first !== undefined) {
      ctx.report(
        tableError("duplicate-label", {
          fieldNumber: i + 1,
          fieldName: fields[i]?.name ?? null,
          note: `at position "${first + 1}"`,
          params: { label, firstFieldNumber: first + 1, hint: hints.duplicate[ctx.lang] },
        }),
      );
    } else seen.set(label, i);
  });
  if (!schemaGiven) return;
  const n = Math.max(labels.length, fields.length);
  for (let i = 0; i < n; i++) {
    const label = labels[i];
    const field = fields[i];
    if (label === undefined && field) {
      ctx.report(
        tableError("missing-label", {
          fieldNumber: i + 1,
          fieldName: field.name,
          note: `field "${field.name}" has no label`,
          params: { expected: field.name },
        }),
      );
    } else if (field === undefined && label !== undefined) {
      ctx.report(
        tableError("extra-label", {
          fieldNumber: i + 1,
          fieldName: "",
          note: `label "${label}" has no field`,
          params: { label },
        }),
      );
    } else if (field && label !== undefined && label !== "" && !sameLabel(label, field.name, ignoreCase)) {
      ctx.report(
        tableError("incorrect-label", {
          fieldNumber: i + 1,
          fieldName: field.name,
          note: `label "${label}" does not match field "${field.name}"`,
          params: { label, expected: field.name },
        }),
      );
    }
  }
}

/** frictionless compares a label trimmed, with line breaks as spaces. */
function sameLabel(label: string, name: string, ignoreCase: boolean): boolean {
  const l = label.replace(/\n/g, " ").trim();
  return ignoreCase ? l.toLowerCase() === name.toLowerCase() : l === name;
}
