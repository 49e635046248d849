// Where a value sits in a JSON text, by its path (`["settings", "blocking", 0]`), as a 1-based line and
// column: so a configuration that is valid JSON but not a valid configuration is located like a syntax
// error is. A small scanner over text `JSON.parse` has already accepted.

/** A 1-based line and column in a text. */
export interface TextPosition {
  line: number;
  column: number;
}

/**
 * The line and column of the value at `path` in a JSON text (of the deepest part of the path that
 * exists), or `null` for an empty path.
 *
 * @example
 * ```ts
 * locateJson('{\n  "settings": {"threshold": "x"}\n}', ["settings", "threshold"]); //=> { line: 2, column: 30 }
 * ```
 */
export function locateJson(text: string, path: readonly PropertyKey[]): TextPosition | null {
  if (path.length === 0) return null;
  let i = 0;
  const ws = () => {
    while (i < text.length && /\s/.test(text[i] as string)) i++;
  };
  const skipString = () => {
    i++;
    while (i < text.length && text[i] !== '"') i += text[i] === "\\" ? 2 : 1;
    i++;
  };
  const readString = (): string => {
    const start = i;
    skipString();
    return JSON.parse(text.slice(start, i)) as string;
  };
  const skipValue = (): void => {
    ws();
    const c = text[i];
    if (c === '"') {
      skipString();
      return;
    }
    if (c === "{" || c === "[") {
      const close = c === "{" ? "}" : "]";
      i++;
      ws();
      if (text[i] === close) {
        i++;
        return;
      }
      for (;;) {
        if (c === "{") {
          ws();
          skipString();
          ws();
          i++; // :
        }
        skipValue();
        ws();
        if (text[i] === ",") i++;
        else {
          i++;
          return;
        }
      }
    }
    while (i < text.length && !/[\s,\]}]/.test(text[i] as string)) i++;
  };
  /** Moves `i` to the value of `key` inside the object or array at `i`; false when absent. */
  const enter = (key: PropertyKey): boolean => {
    ws();
    const c = text[i];
    if (c === "{" && typeof key === "string") {
      i++;
      for (;;) {
        ws();
        if (text[i] !== '"') return false;
        const name = readString();
        ws();
        i++; // :
        ws();
        if (name === key) return true;
        skipValue();
        ws();
        if (text[i] !== ",") return false;
        i++;
      }
    }
    if (c === "[" && typeof key === "number") {
      i++;
      for (let k = 0; ; k++) {
        ws();
        if (text[i] === "]") return false;
        if (k === key) return true;
        skipValue();
        ws();
        if (text[i] !== ",") return false;
        i++;
      }
    }
    return false;
  };
  let found = 0;
  ws();
  for (const key of path) {
    const before = i;
    if (!enter(key)) {
      i = before;
      break;
    }
    found++;
  }
  if (found === 0) i = 0;
  ws();
  const lines = text.slice(0, i).split("\n");
  return { line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1 };
}
