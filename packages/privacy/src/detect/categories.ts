/** What a column holds, as far as privacy goes. */
export type Category =
  | "national-id"
  | "tax-id"
  | "bank-account"
  | "person-name"
  | "email"
  | "phone"
  | "birth-date"
  | "address"
  | "coordinates"
  | "age"
  | "sex"
  | "nationality"
  | "physical-description"
  | "pseudonymous-id"
  | SensitiveCategory;

/** Special categories of personal data (datos sensibles / dados sensíveis). */
export type SensitiveCategory =
  | "health"
  | "ethnicity"
  | "religion"
  | "politics"
  | "union"
  | "sexual-life"
  | "gender-identity"
  | "biometric"
  | "socioeconomic";

/**
 * How a category identifies people: directly, in combination (quasi-identifier), or as a sensitive
 * attribute; `institutional` is a contact field of an institution (its phone, address, location), not of
 * a person: the scan's guess when the rows look like institutions, never a category's own role.
 */
export type Role = "direct" | "quasi" | "sensitive" | "institutional";

/** The role of each category. */
export const CATEGORY_ROLE: Readonly<Record<Category, Role>> = {
  "national-id": "direct",
  "tax-id": "direct",
  "bank-account": "direct",
  "person-name": "direct",
  email: "direct",
  phone: "direct",
  address: "direct",
  coordinates: "quasi",
  "pseudonymous-id": "quasi",
  "birth-date": "quasi",
  age: "quasi",
  sex: "quasi",
  nationality: "quasi",
  "physical-description": "direct",
  health: "sensitive",
  ethnicity: "sensitive",
  religion: "sensitive",
  politics: "sensitive",
  union: "sensitive",
  "sexual-life": "sensitive",
  "gender-identity": "sensitive",
  biometric: "sensitive",
  socioeconomic: "sensitive",
};

/** A jurisdiction whose data-protection law is mapped. */
export type Jurisdiction = "AR" | "CL" | "MX" | "BR";

/** The law that makes each category sensitive, per jurisdiction (absent: not a special category there). */
export const SENSITIVE_LAWS: Readonly<Record<SensitiveCategory, Partial<Record<Jurisdiction, string>>>> = {
  health: {
    AR: "Ley 25.326 art. 2",
    CL: "Ley 19.628 art. 2 g / Ley 21.719",
    MX: "LGPDPPSO/LFPDPPP 2025",
    BR: "LGPD art. 5 II",
  },
  ethnicity: {
    AR: "Ley 25.326 art. 2",
    CL: "Ley 19.628 art. 2 g / Ley 21.719",
    MX: "LGPDPPSO/LFPDPPP 2025",
    BR: "LGPD art. 5 II",
  },
  religion: {
    AR: "Ley 25.326 art. 2",
    CL: "Ley 19.628 art. 2 g / Ley 21.719",
    MX: "LGPDPPSO/LFPDPPP 2025",
    BR: "LGPD art. 5 II",
  },
  politics: {
    AR: "Ley 25.326 art. 2",
    CL: "Ley 19.628 art. 2 g / Ley 21.719",
    MX: "LGPDPPSO/LFPDPPP 2025",
    BR: "LGPD art. 5 II",
  },
  union: { AR: "Ley 25.326 art. 2", CL: "Ley 21.719", BR: "LGPD art. 5 II" },
  "sexual-life": {
    AR: "Ley 25.326 art. 2",
    CL: "Ley 19.628 art. 2 g / Ley 21.719",
    MX: "LGPDPPSO/LFPDPPP 2025",
    BR: "LGPD art. 5 II",
  },
  "gender-identity": { CL: "Ley 21.719", MX: "LGPDPPSO/LFPDPPP 2025" },
  biometric: { CL: "Ley 21.719", MX: "LGPDPPSO/LFPDPPP 2025", BR: "LGPD art. 5 II" },
  socioeconomic: { CL: "Ley 21.719 (desde dic. 2026)" },
};

/**
 * The laws (for the given jurisdictions) under which a category is sensitive.
 *
 * @example
 * ```ts
 * lawsFor("socioeconomic", ["AR", "CL"]); //=> ["CL: Ley 21.719 (desde dic. 2026)"]
 * ```
 */
export function lawsFor(
  category: Category,
  jurisdictions: readonly Jurisdiction[] = ["AR", "CL", "MX", "BR"],
): string[] {
  const laws = SENSITIVE_LAWS[category as SensitiveCategory];
  if (!laws) return [];
  return jurisdictions.flatMap((j) => (laws[j] ? [`${j}: ${laws[j]}`] : []));
}
