// The suggestion box's server: serves the built page (`dist/`) and stores each suggestion as one JSON line.
// The page already hides personal data before sending; the server checks again with the same rule
// (`redactText` of @ciudata/privacy) and refuses, with 422, any text that still has some: it never
// stores a DNI, an e-mail or a phone number. Run it with `pnpm start` after `pnpm build`.
import { randomUUID } from "node:crypto";
import { existsSync } from "node:fs";
import { appendFile, mkdir, readFile } from "node:fs/promises";
import { createServer } from "node:http";
import { dirname, extname, join, resolve, sep } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { redactText } from "@ciudata/privacy";

const HERE = dirname(fileURLToPath(import.meta.url));
const MAX_BODY = 16 * 1024;
const MAX_MESSAGE = 2000;
const MAX_BARRIO = 80;
/** The only fields a suggestion has. The name never leaves the browser. */
const FIELDS = ["message", "barrio", "lang"];

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".json": "application/json",
};

/** @typedef {"es" | "en" | "pt"} Lang */

const MESSAGES = {
  es: {
    saved: "Recibimos tu sugerencia. ¡Gracias!",
    notFound: "No encontramos esa página.",
    notBuilt:
      "La página todavía no está construida: corré `pnpm --filter @ciudata/example-suggestion-box build`.",
    method: "Este método no está permitido acá.",
    type: "Enviá la sugerencia como JSON (content-type: application/json).",
    tooLarge: "La sugerencia es demasiado grande (máximo 16 kB).",
    badJson: "La sugerencia no es un objeto JSON válido.",
    notText: "El campo «{field}» tiene que ser un texto.",
    badLang: "El idioma «lang» tiene que ser es, en o pt.",
    unknownField: "El campo «{field}» no se acepta: solo message, barrio y lang.",
    empty: "El mensaje está vacío.",
    long: "El mensaje es demasiado largo (máximo {max} caracteres).",
    barrio: "El barrio tiene que ser un texto de hasta {max} caracteres.",
    personal:
      "El texto todavía tiene datos personales ({what}). No lo guardamos: ocultalos y volvé a enviar la sugerencia.",
    internal: "Algo falló en el servidor; la sugerencia no se guardó.",
    categories: {
      email: "correo",
      id: "documento",
      phone: "teléfono",
      "person-name": "nombre",
      address: "dirección",
    },
  },
  en: {
    saved: "We received your suggestion. Thank you!",
    notFound: "We could not find that page.",
    notBuilt: "The page is not built yet: run `pnpm --filter @ciudata/example-suggestion-box build`.",
    method: "This method is not allowed here.",
    type: "Send the suggestion as JSON (content-type: application/json).",
    tooLarge: "The suggestion is too large (16 kB at most).",
    badJson: "The suggestion is not a valid JSON object.",
    notText: "The field “{field}” must be a text.",
    badLang: "The language “lang” must be es, en or pt.",
    unknownField: "The field “{field}” is not accepted: only message, barrio and lang.",
    empty: "The message is empty.",
    long: "The message is too long ({max} characters at most).",
    barrio: "The neighbourhood must be a text of up to {max} characters.",
    personal:
      "The text still has personal data ({what}). We did not store it: hide it and send the suggestion again.",
    internal: "Something failed on the server; the suggestion was not stored.",
    categories: { email: "e-mail", id: "ID", phone: "phone", "person-name": "name", address: "address" },
  },
  pt: {
    saved: "Recebemos sua sugestão. Obrigado!",
    notFound: "Não encontramos essa página.",
    notBuilt:
      "A página ainda não foi construída: rode `pnpm --filter @ciudata/example-suggestion-box build`.",
    method: "Este método não é permitido aqui.",
    type: "Envie a sugestão como JSON (content-type: application/json).",
    tooLarge: "A sugestão é grande demais (no máximo 16 kB).",
    badJson: "A sugestão não é um objeto JSON válido.",
    notText: "O campo «{field}» deve ser um texto.",
    badLang: "O idioma «lang» deve ser es, en ou pt.",
    unknownField: "O campo «{field}» não é aceito: apenas message, barrio e lang.",
    empty: "A mensagem está vazia.",
    long: "A mensagem é longa demais (no máximo {max} caracteres).",
    barrio: "O bairro deve ser um texto de até {max} caracteres.",
    personal:
      "O texto ainda tem dados pessoais ({what}). Não o guardamos: oculte-os e envie a sugestão de novo.",
    internal: "Algo falhou no servidor; a sugestão não foi guardada.",
    categories: {
      email: "e-mail",
      id: "documento",
      phone: "telefone",
      "person-name": "nome",
      address: "endereço",
    },
  },
};

/**
 * A message in a language with its `{placeholders}` filled in.
 *
 * @param {Lang} lang
 * @param {Exclude<keyof typeof MESSAGES.es, "categories">} key
 * @param {Record<string, string | number>} [values]
 */
function say(lang, key, values = {}) {
  return MESSAGES[lang][key].replace(/\{(\w+)\}/g, (_, name) => String(values[name] ?? ""));
}

/** @param {string | null} value @returns {Lang} */
function langOf(value) {
  return value === "en" || value === "pt" ? value : "es";
}

/**
 * What personal data a text still has, by category (the same rule the page used to hide it).
 *
 * @param {string} text
 * @returns {string[]}
 */
export function personalDataIn(text) {
  return [...new Set(redactText(text).spans.map((s) => s.category))];
}

/**
 * Checks a suggestion as received. Returns the record to store or the reason it is refused.
 *
 * @param {unknown} body the parsed JSON
 * @param {Lang} lang the language of the messages
 * @returns {{ ok: true, record: { message: string, barrio: string, lang: Lang } } | { ok: false, status: number, code: string, message: string }}
 */
export function checkSuggestion(body, lang = "es") {
  const refuse = (/** @type {string} */ code, /** @type {string} */ message, status = 422) => ({
    ok: /** @type {const} */ (false),
    status,
    code,
    message,
  });
  if (typeof body !== "object" || body === null || Array.isArray(body))
    return refuse("bad-json", say(lang, "badJson"), 400);
  const fields = /** @type {Record<string, unknown>} */ (body);
  const extra = Object.keys(fields).find((k) => !FIELDS.includes(k));
  if (extra !== undefined) return refuse("unknown-field", say(lang, "unknownField", { field: extra }));
  // Odd values (`{"lang":{"toString":1}}`, a number for the message) are the sender's mistake: 400.
  for (const field of FIELDS)
    if (fields[field] !== undefined && fields[field] !== null && typeof fields[field] !== "string")
      return refuse("not-text", say(lang, "notText", { field }), 400);
  if (typeof fields.lang === "string" && !["es", "en", "pt", ""].includes(fields.lang))
    return refuse("bad-lang", say(lang, "badLang"), 400);
  const message = typeof fields.message === "string" ? fields.message.trim() : "";
  if (message === "") return refuse("empty", say(lang, "empty"));
  if (message.length > MAX_MESSAGE) return refuse("too-long", say(lang, "long", { max: MAX_MESSAGE }));
  const barrio = typeof fields.barrio === "string" ? fields.barrio : "";
  if (barrio.length > MAX_BARRIO) return refuse("barrio", say(lang, "barrio", { max: MAX_BARRIO }));
  const found = [...new Set([...personalDataIn(message), ...personalDataIn(barrio)])];
  if (found.length > 0) {
    const names = MESSAGES[lang].categories;
    const what = found.map((c) => names[/** @type {keyof typeof names} */ (c)] ?? c).join(", ");
    return refuse("personal-data", say(lang, "personal", { what }));
  }
  const recordLang = langOf(typeof fields.lang === "string" ? fields.lang : null);
  return { ok: true, record: { message, barrio: barrio.trim(), lang: recordLang } };
}

/**
 * @param {import("node:http").ServerResponse} res
 * @param {number} status
 * @param {unknown} body
 */
function sendJson(res, status, body) {
  res.writeHead(status, { "content-type": "application/json; charset=utf-8", "cache-control": "no-store" });
  res.end(JSON.stringify(body));
}

/**
 * Reads a request's body, at most `max` bytes: `null` as soon as it is larger (a declared
 * `content-length` over the limit is refused before reading anything; a body without one is read up
 * to the limit and no further).
 *
 * @param {import("node:http").IncomingMessage} req
 * @param {number} max
 * @returns {Promise<string | null>}
 */
function readBody(req, max) {
  return new Promise((done, fail) => {
    const declared = Number(req.headers["content-length"]);
    if (Number.isFinite(declared) && declared > max) return done(null);
    /** @type {Buffer[]} */
    const chunks = [];
    let size = 0;
    const onData = (/** @type {Buffer} */ chunk) => {
      size += chunk.length;
      if (size <= max) return void chunks.push(chunk);
      req.off("data", onData);
      req.pause();
      done(null);
    };
    req.on("data", onData);
    req.once("end", () => done(Buffer.concat(chunks).toString("utf8")));
    req.once("error", fail);
  });
}

/**
 * Starts the suggestion box on 127.0.0.1.
 *
 * @param {{ port?: number, host?: string, dataFile?: string, distDir?: string }} [options]
 *   `port` 0 picks a free one; `dataFile` is the JSON Lines file (default `sugerencias.jsonl` here);
 *   `distDir` the built page (default `dist/` here).
 * @returns {Promise<{ server: import("node:http").Server, url: string, close: () => Promise<void> }>}
 */
export async function startServer(options = {}) {
  const host = options.host ?? "127.0.0.1";
  const dataFile = resolve(options.dataFile ?? join(HERE, "sugerencias.jsonl"));
  const distDir = resolve(options.distDir ?? join(HERE, "dist"));
  await mkdir(dirname(dataFile), { recursive: true });
  // One write at a time: each suggestion is one `appendFile` of one whole line, so lines never mix.
  let queue = Promise.resolve();
  const store = (/** @type {string} */ line) => {
    const done = queue.then(() => appendFile(dataFile, line, "utf8"));
    queue = done.catch(() => {});
    return done;
  };

  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    const lang = langOf(url.searchParams.get("lang"));
    const fail = (/** @type {number} */ status, /** @type {string} */ code, /** @type {string} */ message) =>
      sendJson(res, status, { ok: false, error: { code, message } });
    try {
      if (url.pathname === "/api/sugerencias") {
        if (req.method !== "POST") return fail(405, "method", say(lang, "method"));
        if (!/^application\/json\b/i.test(req.headers["content-type"] ?? ""))
          return fail(415, "content-type", say(lang, "type"));
        const text = await readBody(req, MAX_BODY);
        if (text === null) {
          // Answer now and close the connection: the rest of the body is never read.
          res.setHeader("connection", "close");
          res.once("finish", () => req.socket.destroySoon());
          return fail(413, "too-large", say(lang, "tooLarge"));
        }
        let body;
        try {
          body = JSON.parse(text);
        } catch {
          return fail(400, "bad-json", say(lang, "badJson"));
        }
        const checked = checkSuggestion(body, lang);
        if (!checked.ok) return fail(checked.status, checked.code, checked.message);
        const id = randomUUID();
        await store(`${JSON.stringify({ id, receivedAt: new Date().toISOString(), ...checked.record })}\n`);
        return sendJson(res, 201, { ok: true, id, message: say(lang, "saved") });
      }
      if (req.method !== "GET" && req.method !== "HEAD") return fail(405, "method", say(lang, "method"));
      if (!existsSync(join(distDir, "index.html"))) return fail(503, "not-built", say(lang, "notBuilt"));
      // Static files of the built page, never outside `distDir`.
      let pathname;
      try {
        pathname = decodeURIComponent(url.pathname);
      } catch {
        return fail(404, "not-found", say(lang, "notFound"));
      }
      const path = resolve(distDir, `.${pathname}`);
      const file = url.pathname.endsWith("/") ? join(path, "index.html") : path;
      if (file !== distDir && !file.startsWith(distDir + sep))
        return fail(404, "not-found", say(lang, "notFound"));
      let content;
      try {
        content = await readFile(file);
      } catch {
        return fail(404, "not-found", say(lang, "notFound"));
      }
      res.writeHead(200, {
        "content-type":
          TYPES[/** @type {keyof typeof TYPES} */ (extname(file))] ?? "application/octet-stream",
        "content-security-policy": "default-src 'self'",
        "x-content-type-options": "nosniff",
      });
      res.end(req.method === "HEAD" ? undefined : content);
    } catch (error) {
      // One line in the log, never a stack in the answer (nor the suggestion's text).
      console.error(
        `suggestion box: ${error instanceof Error ? error.name : "error"} on ${req.method} ${url.pathname}`,
      );
      if (!res.headersSent) fail(500, "internal", say(lang, "internal"));
      else res.end();
    }
  });
  await new Promise((done) => server.listen(options.port ?? 0, host, () => done(undefined)));
  const address = /** @type {import("node:net").AddressInfo} */ (server.address());
  return {
    server,
    url: `http://${host}:${address.port}`,
    close: () => new Promise((done, reject) => server.close((e) => (e ? reject(e) : done()))),
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const dataFile = process.env.DATA_FILE ?? join(HERE, "sugerencias.jsonl");
  const { url } = await startServer({ port: Number(process.env.PORT ?? 8787), dataFile });
  console.log(`Buzón de sugerencias en ${url} (se guardan en ${dataFile})`);
}
