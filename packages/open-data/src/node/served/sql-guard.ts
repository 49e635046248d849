/** Why a `datastore_search_sql` statement was refused (a stable code, worded by the server). */
export type SqlRefusal =
  | "empty"
  | "several-statements"
  | "not-select"
  | "forbidden-word"
  | "forbidden-function"
  | "unknown-table"
  | "unreadable";

/** A refused statement: the code and the word that caused it. */
export class SqlRefused extends Error {
  constructor(
    readonly reason: SqlRefusal,
    readonly word: string,
  ) {
    super(`${reason}: ${word}`);
  }
}

interface Token {
  kind: "word" | "quoted" | "string" | "number" | "symbol";
  text: string;
  /** Where the token ends in the statement (the index after its last character). */
  end: number;
}

/**
 * Splits SQL into tokens: words, "quoted identifiers", 'strings', numbers and symbols; comments are
 * dropped. An unclosed quote or comment is refused.
 */
function tokenize(sql: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < sql.length) {
    const ch = sql[i] as string;
    if (/\s/.test(ch)) i++;
    else if (sql.startsWith("--", i)) {
      const end = sql.indexOf("\n", i);
      i = end < 0 ? sql.length : end + 1;
    } else if (sql.startsWith("/*", i)) {
      const end = sql.indexOf("*/", i + 2);
      if (end < 0) throw new SqlRefused("unreadable", "/*");
      i = end + 2;
    } else if (ch === "'" || ch === '"') {
      // U&"…" and U&'…' spell characters by their code: they could spell a refused name.
      const unicode = /(?:^|[^\p{L}\p{N}_$])u&$/iu.exec(sql.slice(Math.max(0, i - 3), i));
      if (unicode) throw new SqlRefused("unreadable", `U&${ch}`);
      // E'…' (an escape string): a backslash escapes the next character, a quote included; any other
      // escape (\x41, \u0041…) could spell a refused name, and is refused.
      const last = out.at(-1);
      const escapes = ch === "'" && last?.kind === "word" && last.text === "e" && last.end === i;
      if (escapes) out.pop();
      let j = i + 1;
      let text = "";
      for (;;) {
        if (j >= sql.length) throw new SqlRefused("unreadable", ch);
        if (escapes && sql[j] === "\\") {
          const next = sql[j + 1] ?? "";
          if (next !== "'" && next !== "\\") throw new SqlRefused("unreadable", `E'\\${next}`);
          text += next;
          j += 2;
          continue;
        }
        if (sql[j] === ch) {
          if (sql[j + 1] === ch) {
            text += ch;
            j += 2;
            continue;
          }
          break;
        }
        text += sql[j];
        j++;
      }
      out.push({ kind: ch === "'" ? "string" : "quoted", text, end: j + 1 });
      i = j + 1;
    } else if (/[\p{L}_]/u.test(ch)) {
      const m = /^[\p{L}\p{N}_$]+/u.exec(sql.slice(i)) as RegExpExecArray;
      i += m[0].length;
      out.push({ kind: "word", text: m[0].toLowerCase(), end: i });
    } else if (/\d/.test(ch)) {
      const m = /^[\d.eE]+/.exec(sql.slice(i)) as RegExpExecArray;
      i += m[0].length;
      out.push({ kind: "number", text: m[0], end: i });
    } else if (ch === "$" && /^\$\w*\$/.test(sql.slice(i))) {
      // Dollar-quoted strings could hide anything: refused.
      throw new SqlRefused("unreadable", "$$");
    } else {
      i++;
      out.push({ kind: "symbol", text: ch, end: i });
    }
  }
  return out;
}

/** Words that change data, settings or files, or reach outside the served tables. */
const FORBIDDEN_WORDS = new Set([
  "copy",
  "attach",
  "detach",
  "install",
  "load",
  "pragma",
  "set",
  "reset",
  "call",
  "export",
  "import",
  "create",
  "insert",
  "update",
  "delete",
  "drop",
  "alter",
  "truncate",
  "use",
  "checkpoint",
  "vacuum",
  "grant",
  "revoke",
  "begin",
  "commit",
  "rollback",
  "prepare",
  "execute",
  "deallocate",
  "summarize",
  "describe",
  "show",
  "merge",
  "secret",
  "into",
]);

/** Functions that read files, settings or the system catalogs, whatever their arguments. */
const FORBIDDEN_FUNCTION =
  /^(read_|pg_|duckdb_|sqlite_|parquet_|iceberg_|delta_|glob$|sniff_csv$|csv_scan$|json_scan$|query$|query_table$|getenv$|current_setting$|which_secret$|load_extension$|httpfs|http_|system$|shell$|from_csv|from_json|arrow_scan|seq_scan|range$|generate_series$|repeat_row$|unnest$)/;

/**
 * PostgreSQL's own functions that read files, run other SQL given as text, reach other databases,
 * read or change settings, sequences or large objects, or read the catalogs' secrets.
 */
const FORBIDDEN_PG_FUNCTION =
  /^(lo_|dblink|set_config$|\w*_to_xml|\w*_to_xmlschema|ts_stat$|ts_rewrite$|txid_|nextval$|setval$|currval$|lastval$|\w*_description$|has_\w*_privilege$|binary_upgrade_|brin_|gin_|inet_|to_reg|acl|xmlparse$|format_type$|row_security_active$|current_schemas?$|current_database$|version$)/;

/**
 * Checks a `datastore_search_sql` statement before it reaches the database, with an allow-list: one
 * statement, starting with SELECT or WITH; no word that writes, attaches, installs, loads or sets
 * anything; no function that reads files or catalogs (`read_csv`, `glob`, `pg_read_file`…); every
 * table after FROM or JOIN a served table or a name the WITH clause defined (never a table function
 * or a path). Returns the served tables it reads. One check for both stores, so the same statement
 * is refused the same way on DuckDB and on PostgreSQL: PostgreSQL's own dangerous functions too
 * (`lo_import`, `dblink`, `query_to_xml`, `set_config`…), escape strings and Unicode-escaped names
 * (`E'…'`, `U&"…"`, which could spell a refused name) and `SELECT … INTO` (which creates a table).
 *
 * @example
 * ```ts
 * checkSelect('SELECT canal, count(*) FROM "reclamos" GROUP BY 1', new Set(["reclamos"])); //=> ["reclamos"]
 * checkSelect("COPY reclamos TO '/tmp/x.csv'", new Set(["reclamos"])); // throws SqlRefused
 * ```
 */
export function checkSelect(sql: string, served: ReadonlySet<string>): string[] {
  const tokens = tokenize(sql);
  while (tokens.at(-1)?.text === ";" && tokens.at(-1)?.kind === "symbol") tokens.pop();
  if (tokens.length === 0) throw new SqlRefused("empty", "");
  if (tokens.some((t) => t.kind === "symbol" && t.text === ";"))
    throw new SqlRefused("several-statements", ";");
  const first = tokens[0] as Token;
  if (first.kind !== "word" || (first.text !== "select" && first.text !== "with"))
    throw new SqlRefused("not-select", first.text);
  const ctes = new Set<string>();
  // WITH name AS (…), name2 AS (…): the names it defines may be read like tables.
  for (let i = 0; i < tokens.length - 1; i++) {
    const t = tokens[i] as Token;
    const next = tokens[i + 1] as Token;
    if ((t.kind === "word" || t.kind === "quoted") && next.kind === "word" && next.text === "as") {
      const before = tokens[i - 1];
      if (
        before &&
        ((before.kind === "word" && (before.text === "with" || before.text === "recursive")) ||
          before.text === ",")
      )
        if (tokens[i + 2]?.text === "(") ctes.add(t.kind === "word" ? t.text : t.text);
    }
  }
  const read: string[] = [];
  for (const [i, t] of tokens.entries()) {
    const next = tokens[i + 1];
    if (t.kind === "word" && FORBIDDEN_WORDS.has(t.text)) throw new SqlRefused("forbidden-word", t.text);
    if (
      (t.kind === "word" || t.kind === "quoted") &&
      next?.text === "(" &&
      (FORBIDDEN_FUNCTION.test(t.text.toLowerCase()) || FORBIDDEN_PG_FUNCTION.test(t.text.toLowerCase()))
    )
      throw new SqlRefused("forbidden-function", t.text);
    // A string or a name followed by a dot reads a schema or a file: only served tables, unqualified.
    if (t.kind === "word" && (t.text === "from" || t.text === "join")) {
      let j = i + 1;
      for (;;) {
        const target = tokens[j];
        if (!target) break;
        if (target.text === "(" && target.kind === "symbol") break; // a subquery, checked in turn
        if (target.kind === "word" && (target.text === "lateral" || target.text === "only")) {
          j++;
          continue;
        }
        if (target.kind !== "word" && target.kind !== "quoted")
          throw new SqlRefused("unknown-table", target.text);
        const name = target.text;
        if (tokens[j + 1]?.text === "." || tokens[j + 1]?.text === "(")
          throw new SqlRefused("unknown-table", name);
        if (served.has(name)) read.push(name);
        else if (!ctes.has(name)) throw new SqlRefused("unknown-table", name);
        // FROM a, b: comma-separated tables (after an optional alias).
        let k = j + 1;
        if (tokens[k]?.kind === "word" && tokens[k]?.text === "as") k++;
        if (
          (tokens[k]?.kind === "word" && !CLAUSE.has(tokens[k]?.text ?? "")) ||
          tokens[k]?.kind === "quoted"
        )
          k++;
        if (tokens[k]?.text === "," && tokens[k]?.kind === "symbol" && t.text === "from") {
          j = k + 1;
          continue;
        }
        break;
      }
    }
  }
  return [...new Set(read)];
}

/**
 * The statement as it is run inside `SELECT * FROM (…)`: cut after its last token, so a trailing
 * semicolon or line comment cannot swallow what follows it. Call after {@link checkSelect}.
 *
 * @example
 * ```ts
 * statementBody("SELECT 1; -- uno"); //=> "SELECT 1"
 * ```
 * @internal
 */
export function statementBody(sql: string): string {
  const tokens = tokenize(sql);
  while (tokens.at(-1)?.text === ";" && tokens.at(-1)?.kind === "symbol") tokens.pop();
  return sql.slice(0, tokens.at(-1)?.end ?? 0);
}

/** Words that end a FROM item (so they are not taken for an alias). */
const CLAUSE = new Set([
  "where",
  "group",
  "order",
  "limit",
  "offset",
  "having",
  "join",
  "left",
  "right",
  "inner",
  "outer",
  "full",
  "cross",
  "natural",
  "on",
  "using",
  "union",
  "except",
  "intersect",
  "window",
  "qualify",
  "positional",
  "asof",
  "anti",
  "semi",
]);
