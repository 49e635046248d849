import { type Caster, createCaster, createConstraintChecker, isCastFailure } from "../cast";
import type { RawRow } from "../parse";
import { type TableError, tableError } from "../report/error";
import type { Lang } from "../report/report";
import type { Field } from "../schema";
import type { CellMask } from "./mask";

/** What the per-row checks of the runner need: the mapped fields and where problems go. */
export interface RowProcessorOptions {
  /** The schema fields in data-column order. */
  readonly fields: readonly Field[];
  /** The labels as read (names for missing cells of fields without a name). */
  readonly labels: readonly string[];
  /** Schema-level missing values (plus the dialect's null sequence). */
  readonly missingValues: readonly string[];
  readonly lang: Lang;
  /** Masks a cell of a column (see {@link CellMask}). */
  readonly mask: CellMask;
  readonly report: (error: TableError) => void;
  /** Keep the cast values of each row in `values` (only when checks read them). */
  readonly keepValues: boolean;
  /** The fields whose values are read (default: all when `keepValues`); plain text fields outside it are not looked at. */
  readonly valuesNeeded?: readonly number[];
  /**
   * For cells decoded byte-for-byte (latin1) from UTF-8 to save time: turns such a cell into its real
   * text. Given, a cell is repaired before its value or its text is used.
   */
  readonly repair?: (cell: string) => string;
  /** The row's real cells for error reports, when `cells` are not the real text (see `repair`). */
  readonly rowCells?: (raw: RawRow) => readonly string[];
}

/** The structure, type and constraint checks of one row, built once per table. */
export interface RowProcessor {
  /** Checks one row and reports its problems; returns true when every cell is empty (a blank row). */
  process(raw: RawRow): boolean;
  /** The cast values of the last row processed (when `keepValues`), reused for the next row. */
  readonly values: unknown[];
  /** Per field, whether `process` looks at its cell at all (a plain text field nobody reads is only counted). */
  readonly reads: readonly boolean[];
}

/**
 * The hot path of validation: blank rows, missing and extra cells, `type-error` and `constraint-error`
 * for one row, as frictionless-py orders them. The same code runs in the one-pass runner and in each
 * worker of a parallel read, so both give the same errors.
 * @internal
 *
 * @example
 * ```ts
 * const errors: TableError[] = [];
 * const rows = createRowProcessor({ fields: [{ name: "id", type: "integer" }], labels: ["id"],
 *   missingValues: [""], lang: "es", mask: (c) => c, report: (e) => errors.push(e), keepValues: false });
 * rows.process({ rowNumber: 2, cells: ["x"] }); //=> false; errors[0].type === "type-error"
 * ```
 */
export function createRowProcessor(options: RowProcessorOptions): RowProcessor {
  const { fields, labels, lang, mask, report, keepValues, repair } = options;
  const missingValues = options.missingValues;
  const casters: Caster[] = fields.map((f) => createCaster(f, { missingValues }));
  // Fields without constraints get no checker at all: nothing to call on the hot path.
  const constraints = fields.map((f) =>
    f.constraints && Object.keys(f.constraints).length > 0 ? createConstraintChecker(f) : null,
  );
  const fieldCount = fields.length;
  const values: unknown[] = new Array(fieldCount).fill(undefined);
  const needed = new Set(options.valuesNeeded ?? (keepValues ? fields.map((_, i) => i) : []));
  // Per field: SKIP a plain text field nobody reads (nothing can fail), TEXT when the value is the
  // text itself (repaired before casting), TYPED when only a cell that fails to cast may need repair.
  const modes = fields.map((f, i) => {
    const text = f.type === undefined || !STRICT_TYPES.has(f.type);
    const plain = (f.type ?? "string") === "string" && (f.format ?? "default") === "default";
    if (plain && constraints[i] === null && !needed.has(i)) return SKIP;
    return text ? TEXT : TYPED;
  });
  const rowCells = (raw: RawRow): readonly string[] => (options.rowCells ? options.rowCells(raw) : raw.cells);

  const reportConstraint = (
    raw: RawRow,
    i: number,
    cell: string,
    violation: { constraint: string; requirement: unknown },
  ) => {
    report(
      withCells(
        tableError("constraint-error", {
          rowNumber: raw.rowNumber,
          fieldNumber: i + 1,
          fieldName: (fields[i] as Field).name,
          cell: mask(cell, i),
          note: `constraint "${violation.constraint}" is "${String(violation.requirement)}"`,
          params: { constraint: violation.constraint, requirement: String(violation.requirement) },
        }),
        rowCells(raw),
        mask,
      ),
    );
  };

  const process = (raw: RawRow): boolean => {
    const { cells, rowNumber } = raw;
    let blank = true;
    for (let i = 0; i < cells.length; i++) {
      if (cells[i] !== "") {
        blank = false;
        break;
      }
    }
    // One array reused for every row: checks read it during onRow and copy what they keep. Each field
    // below writes its slot (plain text fields nobody reads are never written, so stay undefined).
    if (blank) {
      if (keepValues) values.fill(undefined);
      report(
        withCells(
          tableError("blank-row", {
            rowNumber,
            note: "all cells are empty",
            params: { hint: hintBlankRow[lang] },
          }),
          rowCells(raw),
          mask,
        ),
      );
      return true;
    }
    const n = cells.length;
    for (let i = 0; i < fieldCount; i++) {
      if (i >= n) {
        // A cell the row lacks is read as null: only `required` can fail (before the missing-cell).
        if (keepValues) values[i] = undefined;
        const violation = constraints[i]?.(null);
        if (violation) reportConstraint(raw, i, "", violation);
        continue;
      }
      const mode = modes[i] as number;
      if (mode === SKIP) continue;
      const cast = casters[i] as Caster;
      let cell = cells[i] as string;
      let value: unknown;
      if (repair === undefined) value = cast(cell);
      else if (mode === TEXT) {
        if (!isAscii(cell)) cell = repair(cell);
        value = cast(cell);
      } else {
        value = cast(cell);
        if (isCastFailure(value) && !isAscii(cell)) {
          cell = repair(cell);
          value = cast(cell);
        }
      }
      if (isCastFailure(value)) {
        if (keepValues) values[i] = undefined;
        const field = fields[i] as Field;
        report(
          withCells(
            tableError("type-error", {
              rowNumber,
              fieldNumber: i + 1,
              fieldName: field.name,
              cell: mask(cell, i),
              note: `type is "${field.type ?? "any"}/${field.format ?? "default"}"`,
              params: {
                expected: describeType(field),
                received: mask(cell, i),
                masked: mask(cell, i) !== cell,
                reason: value.reason,
                example: exampleFor(field),
              },
            }),
            rowCells(raw),
            mask,
          ),
        );
        continue;
      }
      if (keepValues) values[i] = value;
      const checkConstraints = constraints[i];
      if (!checkConstraints) continue;
      const violation = checkConstraints(value);
      if (violation) reportConstraint(raw, i, cell, violation);
    }
    const width = fieldCount;
    if (n > width) {
      const all = rowCells(raw);
      for (let i = width; i < n; i++)
        report(
          withCells(
            tableError("extra-cell", {
              rowNumber,
              fieldNumber: i + 1,
              fieldName: "",
              cell: mask(all[i] as string, i),
              note: `expected ${width} cells, found ${n}`,
              params: { cells: n, labels: width, hint: hintExtraCell[lang] },
            }),
            all,
            mask,
          ),
        );
    } else if (n < width) {
      for (let i = n; i < width; i++)
        report(
          withCells(
            tableError("missing-cell", {
              rowNumber,
              fieldNumber: i + 1,
              fieldName: fields[i]?.name ?? labels[i] ?? null,
              note: `expected ${width} cells, found ${n}`,
              params: { cells: n, labels: width, hint: hintMissingCell[lang] },
            }),
            rowCells(raw),
            mask,
          ),
        );
    }
    return false;
  };

  return { process, values, reads: modes.map((m) => m !== SKIP) };
}

const SKIP = 0;
const TEXT = 1;
const TYPED = 2;

/**
 * Types whose casters accept only ASCII text (and whitespace): a cell read with a wrong decoding can
 * only fail to cast, never give another value, so only failures need the cell repaired.
 */
const STRICT_TYPES: ReadonlySet<string> = new Set([
  "integer",
  "number",
  "boolean",
  "date",
  "time",
  "datetime",
  "year",
  "yearmonth",
  "duration",
  "geopoint",
]);

function isAscii(cell: string): boolean {
  for (let i = 0; i < cell.length; i++) if (cell.charCodeAt(i) > 0x7f) return false;
  return true;
}

/**
 * Adds the row's cells (masked) to a row or cell error, as frictionless' `cells`. Only called when an
 * error is reported: nothing on the hot path of a valid row.
 */
function withCells(error: TableError, cells: readonly string[], mask: CellMask): TableError {
  const out = error as TableError & { cells: string[] };
  out.cells = cells.map((cell, i) => mask(cell, i));
  return out;
}

const hintBlankRow = {
  es: "borre la fila o complete sus datos",
  en: "delete the row or fill in its data",
  pt: "apague a linha ou preencha seus dados",
} as const;
const hintExtraCell = {
  es: "revise separadores dentro de los valores (use comillas) o agregue la columna al encabezado",
  en: "check for delimiters inside values (quote them) or add the column to the header",
  pt: "verifique separadores dentro dos valores (use aspas) ou adicione a coluna ao cabeçalho",
} as const;
const hintMissingCell = {
  es: "complete las celdas que faltan (pueden quedar vacías, pero con su separador)",
  en: "add the missing cells (they may be empty, but with their delimiter)",
  pt: "complete as células que faltam (podem ficar vazias, mas com seu separador)",
} as const;

function describeType(field: Field): string {
  const type = field.type ?? "any";
  const format = field.format && field.format !== "default" ? ` (${field.format})` : "";
  const chars =
    type === "number" && (field.decimalChar || field.groupChar)
      ? ` decimalChar "${field.decimalChar ?? "."}"${field.groupChar ? ` groupChar "${field.groupChar}"` : ""}`
      : "";
  return `${type}${format}${chars}`;
}

function exampleFor(field: Field): string | null {
  switch (field.type) {
    case "integer":
      return "42";
    case "number":
      return field.decimalChar === "," ? "1234,56" : "1234.56";
    case "boolean":
      return (field.trueValues as string[] | undefined)?.[0] ?? "true";
    case "date":
      return field.format && field.format !== "default" && field.format !== "any"
        ? field.format.replace("%d", "31").replace("%m", "12").replace("%Y", "2024").replace("%y", "24")
        : "2024-12-31";
    case "datetime":
      return "2024-12-31T23:59:00";
    case "time":
      return "23:59:00";
    case "year":
      return "2024";
    case "yearmonth":
      return "2024-12";
    case "geopoint":
      return "-68.8458,-32.8895";
    case "duration":
      return "P1Y2M";
    default:
      return null;
  }
}
