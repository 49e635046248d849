/** A non-tabular format recognised where a delimited text table was expected. */
export interface FormatInfo {
  kind: "pdf" | "html" | "xml" | "json" | "zip" | "xlsx" | "xls" | "gzip" | "binary";
  /** The IANA media type, as precise as the bytes tell (e.g. ODS and DOCX are `zip` kinds). */
  mediaType: string;
}
