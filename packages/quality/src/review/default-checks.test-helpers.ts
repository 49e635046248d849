// The registry the default-checks tests share (one pass and parallel read).

/**
 * A registry with what the default checks look for, deterministic: exact duplicate rows and rows equal
 * only once cast (`1.0`/`1`, `1.500,00`/`1.500`), spaces (leading, trailing, double, tabs, NBSP,
 * zero-width), space-only and empty cells, blank lines, letter-case and accent variants, category
 * spellings (CABA / Capital Federal), and more distinct values than a column keeps.
 */
export function registry(rows: number): string {
  const barrios = ["Palermo", "Núñez", "Villa Crespo", "Caballito", "Flores", "Recoleta"];
  const programas = ["Primera Infancia", "Adultos Mayores", "Becas", "Comedores"];
  const provincias = ["CABA", "Buenos Aires", "Córdoba", "Mendoza"];
  let seed = 23;
  const rand = () => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return seed / 4294967296;
  };
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)] as T;
  const lines = ["id;barrio;programa;provincia;monto;nota;codigo"];
  const body: string[] = [];
  for (let i = 1; i <= rows; i++) {
    let barrio = pick(barrios);
    let provincia = pick(provincias);
    let monto = `${Math.floor(rand() * 50) * 100},00`;
    let nota = rand() < 0.3 ? "" : `nota ${Math.floor(rand() * 40)}`;
    const r = rand();
    if (r < 0.02) barrio = `${barrio} `;
    else if (r < 0.03) barrio = ` ${barrio}`;
    else if (r < 0.035) barrio = barrio.replace(" ", "  ");
    else if (r < 0.04) barrio = `${barrio}\t`;
    else if (r < 0.045) barrio = barrio.replace(" ", "\u00a0");
    else if (r < 0.05) barrio = `${barrio}\u200b`;
    else if (r < 0.06) barrio = barrio.toUpperCase();
    else if (r < 0.065) barrio = barrio === "Núñez" ? "NuñEz" : barrio.toLowerCase();
    else if (r < 0.07) barrio = "   ";
    else if (r < 0.08) provincia = pick(["Capital Federal", "Ciudad Autónoma de Buenos Aires", "CORDOBA"]);
    else if (r < 0.085) monto = monto.replace(",00", ",0");
    else if (r < 0.09) nota = "  ";
    // Codes unique enough to pass the distinct limit of the variant checks (5000).
    const codigo = `C${Math.floor(rand() * 9000)}`;
    body.push(`${i};${barrio};${pick(programas)};${provincia};${monto};${nota};${codigo}`);
  }
  // Duplicates: the same rows again (some with a monto written otherwise), blank lines among them.
  for (let k = 0; k < 40; k++) {
    const at = Math.floor(rand() * body.length);
    const copy = body[Math.floor(rand() * Math.min(body.length, rows))] as string;
    body.splice(at, 0, k % 3 === 0 ? copy.replace(/;(\d+),00;/, ";$1;") : copy);
    if (k % 10 === 0) body.splice(at + 1, 0, "");
  }
  return `${[...lines, ...body].join("\n")}\n`;
}
