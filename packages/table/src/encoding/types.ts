/** The encoding chosen for a source and why. */
export interface EncodingInfo {
  /** `utf-8`, `utf-16le`, `utf-16be`, `windows-1252`, `iso-8859-1`, or the label the user passed. */
  encoding: string;
  /** 0..1, how strong the evidence is (1 for a BOM or an override). */
  confidence: number;
  /** Whether the bytes start with a byte-order mark for this encoding (it is stripped from the text). */
  bom: boolean;
  /** `bom`: from the byte-order mark; `detected`: sniffed from the sample; `override`: the user's choice. */
  source: "bom" | "detected" | "override";
}
