import type { Field } from "../schema/field";
import { castAny } from "./any";
import { castArray } from "./array";
import { createBooleanCaster } from "./boolean";
import { createDateCaster } from "./date";
import { createDatetimeCaster } from "./datetime";
import { castDuration } from "./duration";
import { createGeojsonCaster } from "./geojson";
import { createGeopointCaster } from "./geopoint";
import { createIntegerCaster } from "./integer";
import { createListCaster } from "./list";
import { createNumberCaster } from "./number";
import { castObject } from "./object";
import { createStringCaster } from "./string";
import { createTimeCaster } from "./time";
import { castYear } from "./year";
import { castYearMonth } from "./yearmonth";

/** The fields a type caster reads (a normalised {@link Field} or a hand-written subset). */
export type CasterField = Pick<Field, "type"> &
  Partial<
    Pick<
      Field,
      | "format"
      | "decimalChar"
      | "groupChar"
      | "bareNumber"
      | "trueValues"
      | "falseValues"
      | "delimiter"
      | "itemType"
    >
  >;

/**
 * Builds the type caster of a field, without missing-value handling: cell → value or CastFailure.
 * A legacy `fmt:` prefix in `format` is ignored.
 *
 * @example
 * ```ts
 * createTypeCaster({ type: "yearmonth" })("2024-03"); // [2024, 3]
 * ```
 */
export function createTypeCaster(field: CasterField): (cell: string) => unknown {
  const raw = field.format ?? "default";
  const format = raw.startsWith("fmt:") ? raw.slice(4) : raw;
  const build = Object.hasOwn(BUILDERS, field.type) ? BUILDERS[field.type] : undefined;
  return build ? build(field, format) : castAny;
}

/** The caster builder of each type (format already stripped of a legacy `fmt:` prefix). */
const BUILDERS: Record<string, (field: CasterField, format: string) => (cell: string) => unknown> = {
  string: (_, format) => createStringCaster(format),
  number: (field) => createNumberCaster(field),
  integer: (field) => createIntegerCaster(field),
  boolean: (field) => createBooleanCaster(field),
  date: (_, format) => createDateCaster(format),
  datetime: (_, format) => createDatetimeCaster(format),
  time: (_, format) => createTimeCaster(format),
  year: () => castYear,
  yearmonth: () => castYearMonth,
  duration: () => castDuration,
  geopoint: (_, format) => createGeopointCaster(format),
  geojson: (_, format) => createGeojsonCaster(format),
  object: () => castObject,
  array: () => castArray,
  list: (field) => {
    const { decimalChar, groupChar, bareNumber, trueValues, falseValues } = field;
    const item: CasterField = {
      type: field.itemType ?? "string",
      ...(decimalChar === undefined ? {} : { decimalChar }),
      ...(groupChar === undefined ? {} : { groupChar }),
      ...(bareNumber === undefined ? {} : { bareNumber }),
      ...(trueValues === undefined ? {} : { trueValues }),
      ...(falseValues === undefined ? {} : { falseValues }),
    };
    return createListCaster(field.delimiter ?? ",", createTypeCaster(item));
  },
};
