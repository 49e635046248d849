import { indexOfAscii, skipBomAndSpace } from "./bytes-util";
import type { FormatInfo } from "./types";

const HTML_STARTS = ["<!doctype html", "<html", "<head", "<body", "<meta", "<title", "<script"];

/** ASCII-lowercased text of up to `n` bytes from `start` (other bytes become `?`). */
function lowerAscii(bytes: Uint8Array, start: number, n: number): string {
  let out = "";
  const end = Math.min(bytes.length, start + n);
  for (let i = start; i < end; i++) {
    const b = bytes[i] as number;
    out += b < 0x80 ? String.fromCharCode(b >= 0x41 && b <= 0x5a ? b + 32 : b) : "?";
  }
  return out;
}

function isHtmlStart(head: string): boolean {
  return HTML_STARTS.some((tag) => head.startsWith(tag) && !/[a-z]/.test(head.charAt(tag.length)));
}

/** Skips leading `<!-- … -->` comments (portal pages often start with one). */
function skipComments(head: string): string {
  let rest = head;
  while (rest.startsWith("<!--")) {
    const end = rest.indexOf("-->");
    if (end < 0) return rest;
    rest = rest.slice(end + 3).trimStart();
  }
  return rest;
}

const JSON_OBJECT = /^\{\s*(?:\}|"(?:[^"\\\n]|\\.)*"\s*:)/;
const JSON_ARRAY =
  /^\[\s*(?:\]|\{\s*(?:\}|")|\[|"(?:[^"\\\n]|\\.)*"\s*[,\]]|-?\d+(?:\.\d+)?\s*[,\]]|(?:true|false|null)\s*[,\]])/;

function looksLikeJson(bytes: Uint8Array, start: number): boolean {
  const text = new TextDecoder("utf-8").decode(bytes.subarray(start));
  try {
    JSON.parse(text);
    return true;
  } catch {
    // A sample usually ends mid-document: fall back to the shape of the opening.
  }
  const first = text.charAt(0);
  return first === "{" ? JSON_OBJECT.test(text) : JSON_ARRAY.test(text);
}

/**
 * Recognises HTML, XML and JSON by their opening, after a BOM and whitespace; `null` otherwise.
 *
 * @example
 * ```ts
 * sniffTextKind(new TextEncoder().encode("<!DOCTYPE html>")); // { kind: "html", mediaType: "text/html" }
 * ```
 */
export function sniffTextKind(bytes: Uint8Array): FormatInfo | null {
  const start = skipBomAndSpace(bytes);
  const first = bytes[start];
  if (first === 0x3c /* < */) {
    const head = skipComments(lowerAscii(bytes, start, 2048));
    if (isHtmlStart(head)) return { kind: "html", mediaType: "text/html" };
    if (head.startsWith("<?xml") || head.startsWith("<!doctype")) {
      return indexOfAscii(bytes, "<html", 2048) >= 0 || /<html[\s>]/.test(head)
        ? { kind: "html", mediaType: "application/xhtml+xml" }
        : { kind: "xml", mediaType: "application/xml" };
    }
    return null;
  }
  if ((first === 0x7b || first === 0x5b) && looksLikeJson(bytes, start)) {
    return { kind: "json", mediaType: "application/json" };
  }
  return null;
}
