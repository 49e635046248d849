import type { ExpressionIssue } from "./ast";

/** A token of the formula language. */
export type Token =
  | { type: "number"; value: number; at: number; text: string }
  | { type: "string"; value: string; at: number; text: string }
  | { type: "name"; value: string; at: number; text: string }
  | { type: "op"; value: string; at: number; text: string }
  | { type: "end"; value: ""; at: number; text: "" };

const OPERATORS = [
  "**",
  "//",
  "==",
  "!=",
  "<=",
  ">=",
  "<",
  ">",
  "+",
  "-",
  "*",
  "/",
  "%",
  "(",
  ")",
  "[",
  "]",
  ",",
];
const NAME_START = /[\p{L}_]/u;
const NAME_PART = /[\p{L}\p{N}_]/u;
const NUMBER = /^(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?/;

/** Splits a formula into tokens, or says where it cannot. */
export function tokenize(src: string): { ok: true; tokens: Token[] } | { ok: false; issue: ExpressionIssue } {
  const tokens: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const ch = src[i] as string;
    if (ch === " " || ch === "\t" || ch === "\n" || ch === "\r") {
      i++;
      continue;
    }
    const num = NUMBER.exec(src.slice(i, i + 64));
    if (num && /[\d.]/.test(ch)) {
      tokens.push({ type: "number", value: Number(num[0]), at: i, text: num[0] });
      i += num[0].length;
      continue;
    }
    if (ch === '"' || ch === "'") {
      let j = i + 1;
      let value = "";
      while (j < src.length && src[j] !== ch) {
        if (src[j] === "\\" && j + 1 < src.length) {
          const next = src[j + 1] as string;
          value += next === "n" ? "\n" : next === "t" ? "\t" : next;
          j += 2;
        } else value += src[j++];
      }
      if (j >= src.length)
        return { ok: false, issue: { position: i, expected: "formula-closing", detail: ch, received: "" } };
      tokens.push({ type: "string", value, at: i, text: src.slice(i, j + 1) });
      i = j + 1;
      continue;
    }
    if (ch === "`") {
      const end = src.indexOf("`", i + 1);
      if (end < 0)
        return { ok: false, issue: { position: i, expected: "formula-closing", detail: "`", received: "" } };
      tokens.push({ type: "name", value: src.slice(i + 1, end), at: i, text: src.slice(i, end + 1) });
      i = end + 1;
      continue;
    }
    if (NAME_START.test(ch)) {
      let j = i + 1;
      while (j < src.length && NAME_PART.test(src[j] as string)) j++;
      const word = src.slice(i, j);
      tokens.push({ type: "name", value: word, at: i, text: word });
      i = j;
      continue;
    }
    const op = OPERATORS.find((o) => src.startsWith(o, i));
    if (op === undefined)
      return {
        ok: false,
        issue: { position: i, expected: "formula-token", received: ch },
      };
    tokens.push({ type: "op", value: op, at: i, text: op });
    i += op.length;
  }
  tokens.push({ type: "end", value: "", at: src.length, text: "" });
  return { ok: true, tokens };
}
