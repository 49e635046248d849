/**
 * Text lines out of a byte stream (UTF-8), for JSON Lines exports.
 *
 * @example
 * ```ts
 * for await (const line of textLines(response.body)) console.log(JSON.parse(line));
 * ```
 */
export async function* textLines(body: ReadableStream<Uint8Array>): AsyncGenerator<string> {
  const decoder = new TextDecoder();
  const reader = body.getReader();
  let rest = "";
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      rest += decoder.decode(value, { stream: true });
      const parts = rest.split("\n");
      rest = parts.pop() ?? "";
      for (const p of parts) if (p.trim()) yield p.replace(/\r$/, "");
    }
    rest += decoder.decode();
    if (rest.trim()) yield rest;
  } finally {
    await reader.cancel().catch(() => {});
    reader.releaseLock();
  }
}
