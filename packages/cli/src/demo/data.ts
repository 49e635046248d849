/**
 * The embedded demo table: a SYNTHETIC padrón of a municipal social program (no real person in it),
 * written the way such files arrive: windows-1252 bytes, a title row, `;` delimiter, dd/mm/yyyy dates,
 * decimal comma with thousands dot, `si`/`no`, `s/d` for missing, and a few real mistakes to find.
 */
export const DEMO_TEXT = [
  "Municipalidad de Ejemplo – Padrón de beneficiarios 2026 (datos sintéticos; montos en $)",
  "id;dni;apellido;nombre;sexo;fecha_nacimiento;barrio;departamento;monto;activo",
  "1;30111222;Núñez;María;F;03/05/1985;Centro;50007;12.500,50;si",
  "2;28999111;Ibáñez Gómez;José;M;17/11/1979;Bombal;50007;8.200,00;no",
  "3;s/d;Pérez;Ana;F;31/02/1990;Cuarta Sección;50007;9.750,25;si",
  "4;35444555;Sosa;Lucía;X;12/08/2001;La Favorita;50007;1.234;si",
  ";;;;;;;;;",
  "6;33222111;Díaz;Carlos;M;01/01/1970;Dalvian;50007;15.000,00;si;revisar",
  "7;31222333;Romero;Sofía;F;22/09/1995;Centro",
  "8;29888777;Álvarez;Martín;M;05/06/1988;Quinta Sección;50007;7.100,10;quizás",
  "9;32111000;Acosta;Valentina;F;14/02/1999;Sexta Sección;50007;11.050,00;no",
  "10;27666555;Benítez;Diego;Q;30/10/1975;Barrio Cívico;50007;6.300,75;si",
  "",
].join("\r\n");

/** The schema a city would publish with the padrón (Table Schema v2). */
export const DEMO_SCHEMA = {
  fields: [
    { name: "id", type: "integer", constraints: { required: true, unique: true } },
    { name: "dni", type: "string", constraints: { pattern: "[0-9]{7,8}" } },
    { name: "apellido", type: "string" },
    { name: "nombre", type: "string" },
    { name: "sexo", type: "string", constraints: { enum: ["F", "M", "X"] } },
    { name: "fecha_nacimiento", type: "date", format: "%d/%m/%Y" },
    { name: "barrio", type: "string" },
    { name: "departamento", type: "string", constraints: { pattern: "50[0-9]{3}" } },
    { name: "monto", type: "number", decimalChar: ",", groupChar: "." },
    { name: "activo", type: "boolean", trueValues: ["si", "sí"], falseValues: ["no"] },
  ],
  missingValues: ["", "s/d"],
} as const;

// The windows-1252 characters outside Latin-1 that the demo uses (the en dash of office software).
const CP1252: Record<string, number> = { "–": 0x96, "—": 0x97, "’": 0x92, "“": 0x93, "”": 0x94, "€": 0x80 };

/**
 * The demo table as the bytes a municipal system exports: windows-1252.
 *
 * @example
 * ```ts
 * demoBytes()[0]; //=> 77 ("M")
 * ```
 */
export function demoBytes(): Uint8Array {
  const bytes = new Uint8Array(DEMO_TEXT.length);
  for (let i = 0; i < DEMO_TEXT.length; i++) {
    const ch = DEMO_TEXT[i] as string;
    bytes[i] = CP1252[ch] ?? ch.charCodeAt(0);
  }
  return bytes;
}
