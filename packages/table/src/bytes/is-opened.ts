import type { OpenedSource } from "./types";

/**
 * Whether a value is a source already opened (by `openSource`, or `openPath` from
 * `@ciudata/table/node`) rather than an input to open.
 *
 * @example
 * ```ts
 * isOpenedSource(await openSource("a;b\n1;2\n")); //=> true
 * isOpenedSource("a;b\n1;2\n"); //=> false
 * ```
 */
export function isOpenedSource(value: unknown): value is OpenedSource {
  return (
    typeof value === "object" && value !== null && "chunks" in value && "size" in value && "name" in value
  );
}
