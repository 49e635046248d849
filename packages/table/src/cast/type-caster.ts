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
  switch (field.type) {
    case "string":
      return createStringCaster(format);
    case "number":
      return createNumberCaster(field);
    case "integer":
      return createIntegerCaster(field);
    case "boolean":
      return createBooleanCaster(field);
    case "date":
      return createDateCaster(format);
    case "datetime":
      return createDatetimeCaster(format);
    case "time":
      return createTimeCaster(format);
    case "year":
      return castYear;
    case "yearmonth":
      return castYearMonth;
    case "duration":
      return castDuration;
    case "geopoint":
      return createGeopointCaster(format);
    case "geojson":
      return createGeojsonCaster(format);
    case "object":
      return castObject;
    case "array":
      return castArray;
    case "list": {
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
    }
    default:
      return castAny;
  }
}
