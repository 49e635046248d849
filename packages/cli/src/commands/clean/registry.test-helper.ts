/**
 * A registry of `n` rows with everything `clean` rewrites or leaves: padded text, decimal commas (and
 * odd numbers), day/month dates (and impossible ones), sex spellings, blank lines, a quoted cell with a
 * line break and the delimiter, accents, and exact repeats of earlier rows far from them (other ranges).
 */
export function registry(n: number, eol: string): string {
  const sexes = ["Varón", "mujer", "M", "F", "x", "Mujer "];
  const names = ["Ana Pérez", "Juan Gómez", "Peña, Inés", "Zoë Núñez", 'José "Pepe" Ruiz'];
  const lines = ["id;dni;nombre;sexo;fecha;monto;barrio"];
  for (let i = 1; i <= n; i++) {
    if (i % 97 === 0) {
      lines.push("");
      continue;
    }
    if (i % 151 === 0 && i > 500) {
      // A repeat of a row far above (its cells as first written).
      lines.push(lines[((i * 7) % 400) + 1] as string);
      continue;
    }
    const day = String((i % 28) + 1).padStart(2, "0");
    const month = String((i % 12) + 1).padStart(2, "0");
    const date = i % 211 === 0 ? "31/02/2024" : i % 173 === 0 ? "n/d" : `${day}/${month}/20${10 + (i % 14)}`;
    const amount =
      i % 89 === 0 ? "1,2,3" : `${(i * 37) % 1000}.${String((i * 13) % 1000).padStart(3, "0")},${i % 100}`;
    const name = names[i % names.length] as string;
    const quoted = name.includes(",") || name.includes('"') ? `"${name.replaceAll('"', '""')}"` : name;
    const barrio = i % 251 === 0 ? '"Alto\nNorte"' : i % 3 === 0 ? " Centro " : "Sur";
    lines.push([i, 20_000_000 + i, quoted, sexes[i % sexes.length], date, amount, barrio].join(";"));
  }
  return `${lines.join(eol)}${eol}`;
}
