/**
 * Column names that hold identifiers or codes, never quantities: national IDs (DNI, CUIT/CUIL, RUT,
 * CURP, CPF…), phone numbers, postal codes and territorial or administrative codes. Digits in them
 * are text (`05001` must keep its zero, and nobody adds two DNIs).
 */
const IDENTIFIER_NAME =
  /^(?:dni|cuit|cuil|rut|run|curp|rfc|cpf|cnpj|nit|ruc|cedula|c[ée]dula|ci|documento|nro_documento|num_documento|tel[ée]fono|telefono_\w+|tel|celular|movil|m[óo]vil|cp|codigo_postal|c[óo]digo_postal|cod_postal|ubigeo|codigo_ibge|cod_ibge)$|(?:^|_)(?:cod|codigo|c[óo]digo|code|id_\w+|dni|cuit|cuil)(?:_|$)/i;

/**
 * True when a column name says it holds identifiers or codes, so inference keeps it as text.
 *
 * @example
 * ```ts
 * isIdentifierName("dni"); //=> true
 * isIdentifierName("codigo_departamento"); //=> true
 * isIdentifierName("monto"); //=> false
 * ```
 */
export function isIdentifierName(name: string): boolean {
  return IDENTIFIER_NAME.test(
    name
      .trim()
      .toLowerCase()
      .replace(/[\s-]+/g, "_"),
  );
}
