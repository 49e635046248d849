import { type BlockingRule, type ComparisonSpec, type LinkSettings, STANDARD_FIELDS } from "../types";
import { givenNamesComparison, nameComparison, surnamesComparison } from "./library/names";
import {
  codeComparison,
  dateComparison,
  exactComparison,
  idComparison,
  textComparison,
} from "./library/values";

/**
 * Standard fields are derived from others or only used for blocking, or compared by the library's own
 * comparisons: never compared on their own as extra fields.
 */
const NOT_COMPARED = new Set<string>(STANDARD_FIELDS);

/** Extra fields compared as short codes (street numbers, house numbers) rather than text. */
const CODE_LIKE = /number|numero|nro|(^|_)num($|_)/i;

/**
 * The library's choice of comparisons, blocking rules and EM training rules for the fields present:
 * names (given names token by token, both surnames with swaps and a missing second one, Spanish phonetic
 * keys when standardised), birth date with day/month swaps, IDs and phones with one-character typos,
 * sex, address, postcode, locality, and any extra field (as a code when its name says number, else as
 * text). Blocking rules are selective enough for millions of records, and together they catch records
 * with several fields mistyped (ID; first name + first surname + birth year; birth date + phonetic
 * surname; birth date + phonetic first name; phone; both surnames + first name; postcode + birth date;
 * names + postcode; names + locality; birth date + locality; postcode + address; postcode + extra address
 * parts). EM is trained, when there is an ID, on ID pairs (teaching names and dates) and on pairs with
 * the same first name, first surname and birth date (teaching the ID, phone and address): neither lets
 * twins and household members, who share surnames, home and phone, pass for matches. Without an ID, on
 * name pairs and on birth-date pairs.
 *
 * @example
 * ```ts
 * const { comparisons, blocking } = defaultSettings(Object.keys(records.fields));
 * comparisons.map((c) => c.name); //=> ["given", "surnames", "birthDate", "sex", "nationalId"]
 * ```
 */
export function defaultSettings(
  fields: readonly string[],
): Pick<LinkSettings, "comparisons" | "blocking" | "training"> {
  const has = new Set(fields);
  const all = (...names: string[]) => names.every((n) => has.has(n));
  const comparisons: ComparisonSpec[] = [];

  const nameSwap = all("given1", "surname1");
  if (all("given", "given1"))
    comparisons.push(givenNamesComparison({ phonetic: has.has("given1Phon"), swappedWithSurname: nameSwap }));
  else if (has.has("given1"))
    comparisons.push(
      nameComparison("given1", {
        phonetic: has.has("given1Phon"),
        ...(nameSwap ? { swappedWith: "surname1" } : {}),
      }),
    );
  else if (has.has("given")) comparisons.push(nameComparison("given"));
  if (all("surname1", "surname2", "surnames"))
    comparisons.push(surnamesComparison({ phonetic: has.has("surname1Phon") }));
  else if (has.has("surname1"))
    comparisons.push(
      nameComparison("surname1", {
        phonetic: has.has("surname1Phon"),
        ...(nameSwap ? { swappedWith: "given1" } : {}),
      }),
    );
  if (comparisons.length === 0 && has.has("fullName")) comparisons.push(textComparison("fullName"));

  if (has.has("birthDate")) comparisons.push(dateComparison("birthDate"));
  else if (has.has("birthYear")) comparisons.push(exactComparison("birthYear"));
  if (has.has("sex")) comparisons.push(exactComparison("sex"));
  if (has.has("nationalId")) comparisons.push(idComparison("nationalId"));
  if (has.has("phone")) comparisons.push(idComparison("phone"));
  if (has.has("address")) comparisons.push(textComparison("address"));
  if (has.has("postcode")) comparisons.push(codeComparison("postcode"));
  if (has.has("locality")) comparisons.push(textComparison("locality"));
  const extras = fields.filter((f) => !NOT_COMPARED.has(f));
  const codes = extras.filter((f) => CODE_LIKE.test(f));
  const texts = extras.filter((f) => !CODE_LIKE.test(f));
  for (const field of extras)
    comparisons.push(CODE_LIKE.test(field) ? codeComparison(field) : textComparison(field));

  const blocking = rules(has, [
    ["nationalId"],
    has.has("birthYear") ? ["given1", "surname1", "birthYear"] : ["given1", "surname1"],
    has.has("surname1Phon") ? ["birthDate", "surname1Phon"] : ["birthDate", "surname1"],
    has.has("given1Phon") ? ["birthDate", "given1Phon"] : ["birthDate", "given1"],
    ["phone"],
    ["surname1", "surname2", "given1"],
    ["postcode", "birthDate"],
    ["given1", "surname1", "postcode"],
    ["given1", "surname1", "locality"],
    ["birthDate", "locality"],
    ["postcode", "address"],
    // Extra address parts (FEBRL's street_number + address_1): every code-like one and the first text one.
    ...(codes.length > 0 && texts.length > 0 ? [["postcode", ...codes, texts[0] as string]] : []),
  ]);
  if (blocking.length === 0) {
    const first = comparisons[0]?.fields[0] ?? fields[0];
    if (first !== undefined) blocking.push({ on: [first] });
  }

  const place = ["postcode", "locality", "sex"].find((f) => has.has(f));
  const byDate = place === undefined ? ["birthDate"] : ["birthDate", place];
  const training = rules(
    has,
    has.has("nationalId")
      ? [
          ["nationalId"],
          all("given1", "surname1", "birthDate") ? ["given1", "surname1", "birthDate"] : byDate,
        ]
      : [["given1", "surname1"], byDate],
  );
  if (training.length === 0 && has.has("fullName")) training.push({ on: ["fullName"] });
  return { comparisons, blocking, ...(training.length > 0 ? { training } : {}) };
}

function rules(has: Set<string>, candidates: readonly (readonly string[])[]): BlockingRule[] {
  const out: BlockingRule[] = [];
  for (const on of candidates) if (on.every((f) => has.has(f))) out.push({ on });
  return out;
}
