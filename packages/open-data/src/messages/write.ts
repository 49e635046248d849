import { defineCatalogs } from "@ciudata/core";

const TYPES = "text, int4, int8, float8, numeric, bool, date, time, timestamp, json";

/**
 * What a served folder answers to a write action it refuses (`package_create`, `datastore_upsert`…),
 * in es, en and pt. Field names and CKAN keys stay as CKAN spells them.
 */
export const writeMessages = defineCatalogs({
  es: {
    needToken: "Acceso denegado: esta acción escribe y pide el token del portal en la cabecera Authorization",
    postOnly: "esta acción escribe: envíela con POST",
    missing: (p: { key: string }) => `${p.key}: falta el valor`,
    badName: "name: use de 2 a 100 caracteres en minúscula, números, - o _",
    nameTaken: "name: esa URL ya está en uso",
    badList: (p: { key: string }) => `${p.key}: se esperaba una lista`,
    badFieldId: (p: { id: string }) =>
      `fields: «${p.id}» no sirve como nombre de campo (vacío, repetido o empieza con _)`,
    badType: (p: { id: string; type: string }) =>
      `fields: el tipo ${p.type} de ${p.id} no se puede guardar; use ${TYPES}`,
    typeChanged: (p: { id: string; from: string; to: string }) =>
      `fields: ${p.id} ya es ${p.from} y no puede pasar a ${p.to}; borre la tabla antes (datastore_delete)`,
    badKey: (p: { id: string }) => `primary_key: ${p.id} no es un campo de la tabla`,
    keyChanged: "primary_key: la tabla ya tiene otra clave; borre la tabla antes (datastore_delete)",
    noKey: "method: la tabla no tiene clave primaria (primary_key); use method insert",
    badMethod: "method: use upsert, insert o update",
    badRecords: "records: se esperaba una lista de objetos",
    unknownColumns: (p: { columns: string }) => `records: campos que la tabla no tiene: ${p.columns}`,
    missingRows: (p: { n: number }, w) =>
      `records: ${w.count(p.n, { one: "registro no está", other: "registros no están" })} en la tabla (method update)`,
    recordsFailed: (p: { detail: string }) => `records: no se pudieron guardar: ${p.detail}`,
    filtersUnsupported: "filters: este portal local solo borra la tabla entera (sin filters)",
    badUpload: "cuerpo multipart/form-data inválido",
  },
  en: {
    needToken: "Access denied: this action writes and needs the portal's token in the Authorization header",
    postOnly: "this action writes: send it with POST",
    missing: (p: { key: string }) => `${p.key}: missing value`,
    badName: "name: use 2 to 100 lowercase letters, digits, - or _",
    nameTaken: "name: that URL is already in use",
    badList: (p: { key: string }) => `${p.key}: expected a list`,
    badFieldId: (p: { id: string }) =>
      `fields: "${p.id}" cannot be a field name (empty, repeated or starting with _)`,
    badType: (p: { id: string; type: string }) =>
      `fields: type ${p.type} of ${p.id} cannot be stored; use ${TYPES}`,
    typeChanged: (p: { id: string; from: string; to: string }) =>
      `fields: ${p.id} is already ${p.from} and cannot become ${p.to}; delete the table first (datastore_delete)`,
    badKey: (p: { id: string }) => `primary_key: ${p.id} is not a field of the table`,
    keyChanged: "primary_key: the table already has another key; delete the table first (datastore_delete)",
    noKey: "method: the table has no primary key (primary_key); use method insert",
    badMethod: "method: use upsert, insert or update",
    badRecords: "records: expected a list of objects",
    unknownColumns: (p: { columns: string }) => `records: fields the table does not have: ${p.columns}`,
    missingRows: (p: { n: number }, w) =>
      `records: ${w.count(p.n, { one: "record is", other: "records are" })} not in the table (method update)`,
    recordsFailed: (p: { detail: string }) => `records: could not be stored: ${p.detail}`,
    filtersUnsupported: "filters: this local portal only deletes the whole table (no filters)",
    badUpload: "invalid multipart/form-data body",
  },
  pt: {
    needToken: "Acesso negado: esta ação escreve e pede o token do portal no cabeçalho Authorization",
    postOnly: "esta ação escreve: envie-a com POST",
    missing: (p: { key: string }) => `${p.key}: falta o valor`,
    badName: "name: use de 2 a 100 caracteres minúsculos, números, - ou _",
    nameTaken: "name: essa URL já está em uso",
    badList: (p: { key: string }) => `${p.key}: esperava-se uma lista`,
    badFieldId: (p: { id: string }) =>
      `fields: «${p.id}» não serve como nome de campo (vazio, repetido ou começa com _)`,
    badType: (p: { id: string; type: string }) =>
      `fields: o tipo ${p.type} de ${p.id} não pode ser guardado; use ${TYPES}`,
    typeChanged: (p: { id: string; from: string; to: string }) =>
      `fields: ${p.id} já é ${p.from} e não pode passar a ${p.to}; apague a tabela antes (datastore_delete)`,
    badKey: (p: { id: string }) => `primary_key: ${p.id} não é um campo da tabela`,
    keyChanged: "primary_key: a tabela já tem outra chave; apague a tabela antes (datastore_delete)",
    noKey: "method: a tabela não tem chave primária (primary_key); use method insert",
    badMethod: "method: use upsert, insert ou update",
    badRecords: "records: esperava-se uma lista de objetos",
    unknownColumns: (p: { columns: string }) => `records: campos que a tabela não tem: ${p.columns}`,
    missingRows: (p: { n: number }, w) =>
      `records: ${w.count(p.n, { one: "registro não está", other: "registros não estão" })} na tabela (method update)`,
    recordsFailed: (p: { detail: string }) => `records: não puderam ser guardados: ${p.detail}`,
    filtersUnsupported: "filters: este portal local só apaga a tabela inteira (sem filters)",
    badUpload: "corpo multipart/form-data inválido",
  },
});
