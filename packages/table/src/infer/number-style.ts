/** How numbers are written in a column. */
export interface NumberStyle {
  readonly decimalChar?: string;
  readonly groupChar?: string;
}

interface Style {
  readonly style: NumberStyle;
  readonly re: RegExp;
}

const STYLES: readonly Style[] = [
  { style: {}, re: /^[+-]?(\d+(\.\d+)?|\.\d+)([eE][+-]?\d+)?$/ },
  { style: { decimalChar: "," }, re: /^[+-]?\d+(,\d+)?$/ },
  { style: { decimalChar: ",", groupChar: "." }, re: /^[+-]?(\d{1,3}(\.\d{3})+|\d+)(,\d+)?$/ },
  { style: { groupChar: "," }, re: /^[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$/ },
  { style: { decimalChar: ",", groupChar: " " }, re: /^[+-]?(\d{1,3}( \d{3})+|\d+)(,\d+)?$/ },
];

const PLAIN_INTEGER = /^[+-]?\d+$/;

/**
 * Digits of a code: more than one digit with a leading zero (`02001`, `-007`).
 * @example
 * ```ts
 * hasLeadingZero("02001"); // true; hasLeadingZero("0,5"); // false
 * ```
 */
export function hasLeadingZero(cell: string): boolean {
  let i = 0;
  const c = cell.charCodeAt(0);
  if (c === 43 || c === 45) i = 1;
  return cell.charCodeAt(i) === 48 && cell.charCodeAt(i + 1) >= 48 && cell.charCodeAt(i + 1) <= 57;
}

/** The result of guessing a column's number style. */
export interface NumberGuess {
  readonly style: NumberStyle;
  /** Values the style reads. */
  readonly count: number;
  /** Another style reads as many values, differently (`1.234`: 1.234 or 1234). */
  readonly ambiguous: boolean;
}

/**
 * Guesses how the numbers of a column are written: the style that reads most values; on a tie the
 * style some value needs, else the plain style, then decimal comma (marked ambiguous when the tied
 * styles read values differently). Values with leading zeros (codes like `02001`) disqualify the column.
 *
 * @example
 * ```ts
 * guessNumberStyle(["1.234,56", "-58,5"])?.style; // { decimalChar: ",", groupChar: "." }
 * ```
 */
export function guessNumberStyle(values: readonly string[]): NumberGuess | null {
  const counts = STYLES.map(() => 0);
  const unique = STYLES.map(() => 0);
  let anyNonPlain = false;
  for (const v of values) {
    if (hasLeadingZero(v)) return null;
    if (!PLAIN_INTEGER.test(v)) anyNonPlain = true;
    let matched = 0;
    let last = -1;
    for (let i = 0; i < STYLES.length; i++) {
      if (STYLES[i]?.re.test(v)) {
        counts[i] = (counts[i] ?? 0) + 1;
        matched++;
        last = i;
      }
    }
    if (matched === 1) unique[last] = (unique[last] ?? 0) + 1;
  }
  let best = 0;
  for (let i = 1; i < STYLES.length; i++) {
    const c = counts[i] ?? 0;
    const b = counts[best] ?? 0;
    if (c > b || (c === b && (unique[i] ?? 0) > (unique[best] ?? 0))) best = i;
  }
  const count = counts[best] ?? 0;
  if (count === 0) return null;
  const style = STYLES[best]?.style ?? {};
  const decimal = style.decimalChar ?? ".";
  const ambiguous =
    anyNonPlain &&
    (unique[best] ?? 0) === 0 &&
    STYLES.some((s, i) => i !== best && counts[i] === count && (s.style.decimalChar ?? ".") !== decimal);
  return { style, count, ambiguous };
}
