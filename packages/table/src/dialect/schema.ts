import { z } from "zod";

/**
 * Table Dialect v2 (CSV Dialect v1 keys accepted) as a zod schema.
 * `headerRows` lists the physical rows (1-based) that form the header; `commentRows` rows to skip.
 */
export const DialectSchema = z
  .object({
    $schema: z.string().optional(),
    header: z.boolean().optional(),
    headerRows: z.array(z.number().int().positive()).optional(),
    headerJoin: z.string().optional(),
    commentRows: z.array(z.number().int().positive()).optional(),
    commentChar: z.string().min(1).optional(),
    delimiter: z.string().length(1).optional(),
    lineTerminator: z.string().optional(),
    quoteChar: z.string().length(1).optional(),
    doubleQuote: z.boolean().optional(),
    escapeChar: z.string().length(1).optional(),
    nullSequence: z.string().optional(),
    skipInitialSpace: z.boolean().optional(),
    /** frictionless-py extension: match labels case-insensitively when false. */
    headerCase: z.boolean().optional(),
    /** v1 name, accepted for compatibility. */
    caseSensitiveHeader: z.boolean().optional(),
    csvddfVersion: z.union([z.string(), z.number()]).optional(),
  })
  .loose();

/** A Table Dialect descriptor as users write it (every key optional). */
export type Dialect = z.infer<typeof DialectSchema>;

/** A dialect with every decision made, as the reader uses it and reports it. */
export interface ResolvedDialect {
  delimiter: string;
  quoteChar: string;
  doubleQuote: boolean;
  escapeChar: string | null;
  lineTerminator: "\n" | "\r\n" | "\r";
  header: boolean;
  headerRows: number[];
  headerJoin: string;
  commentChar: string | null;
  commentRows: number[];
  nullSequence: string | null;
  skipInitialSpace: boolean;
}
