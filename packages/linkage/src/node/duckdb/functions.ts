import type { DuckDBConnection } from "@duckdb/node-api";
import type { DuckDBModule } from "./module";

/** The in-process string measures DuckDB falls back on, so both engines agree on every pair. */
export interface StringMeasures {
  /** Optimal-string-alignment distance. */
  osa(a: string, b: string): number;
  /** Jaro–Winkler similarity over UTF-16 units. */
  jaroWinkler(a: string, b: string): number;
}

/**
 * Registers `ciudata_osa(a, b)` (INTEGER) and `ciudata_jaro_winkler(a, b)` (DOUBLE) on the connection,
 * computed by the in-process measures: the DuckDB dialect calls the first only for the rare pairs its
 * native `damerau_levenshtein` cannot settle, the engine the second only on fields holding non-ASCII text.
 */
export function registerMeasures(
  duckdb: DuckDBModule,
  connection: DuckDBConnection,
  measures: StringMeasures,
): void {
  const define = (
    name: string,
    returnType: DuckDBModule["INTEGER"] | DuckDBModule["DOUBLE"],
    f: (a: string, b: string) => number,
  ) =>
    connection.registerScalarFunction(
      duckdb.DuckDBScalarFunction.create({
        name,
        returnType,
        parameterTypes: [duckdb.VARCHAR, duckdb.VARCHAR],
        mainFunction: (_info, input, output) => {
          const a = input.getColumnVector(0);
          const b = input.getColumnVector(1);
          for (let i = 0; i < input.rowCount; i++) {
            const x = a.getItem(i);
            const y = b.getItem(i);
            output.setItem(i, typeof x === "string" && typeof y === "string" ? f(x, y) : null);
          }
          output.flush();
        },
      }),
    );
  define("ciudata_osa", duckdb.INTEGER, measures.osa);
  define("ciudata_jaro_winkler", duckdb.DOUBLE, measures.jaroWinkler);
}
