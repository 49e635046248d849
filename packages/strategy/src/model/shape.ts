import { z } from "zod";
import { SlugSchema, TagsSchema } from "./common";

/**
 * A strict object schema for a named thing of the strategy file: `id` first, then the given fields, then the
 * optional framework `tags` last (the order the file format lists them in).
 *
 * @example
 * const PillarSchema = entity({ title: LabelSchema });
 * PillarSchema.parse({ id: "datos-abiertos", title: { es: "Datos abiertos" } });
 */
export function entity<T extends z.ZodRawShape>(fields: T) {
  return z.strictObject({ id: SlugSchema, ...fields, tags: TagsSchema });
}
