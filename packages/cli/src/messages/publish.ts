import { defineCatalogs } from "@ciudata/core";

type Change = "create" | "update" | "unchanged";

/** The texts of `ciudata portal publish` (and the token of `portal serve`), in es, en and pt. */
export const publishMessages = defineCatalogs({
  es: {
    needTo:
      "Falta --to: la dirección del portal CKAN donde publicar (por ejemplo --to https://datos.ciudad.gob.ar).",
    badTo: (p: { to: string }) =>
      `--to: se esperaba una dirección http(s) de un portal CKAN y se encontró «${p.to}».`,
    noToken: (p: { name: string }) =>
      `Falta el token: la variable de entorno ${p.name} no existe o está vacía. Defínala con el token de API del portal (export ${p.name}=…) o nombre otra con --token-env; el token nunca va en la línea de comandos.`,
    badForce: (p: { value: string }) =>
      `--force: se esperaba direct-identifiers, validation o tabla:hallazgo y se encontró «${p.value}».`,
    refusedToken: (p: { url: string; status: string; name: string }) =>
      `El portal rechazó el token (HTTP ${p.status}) en ${p.url}: revise que ${p.name} tenga un token de API válido con permiso de edición en la organización del conjunto.`,
    dataset: (p: { url: string; name: string; change: Change; dry: boolean }) =>
      `Publicación en ${p.url}: conjunto «${p.name}» ${
        p.change === "create"
          ? p.dry
            ? "se crearía"
            : "creado"
          : p.change === "update"
            ? p.dry
              ? "se actualizaría"
              : "actualizado"
            : "sin cambios"
      }\n`,
    differences: (p: { list: string }) => `    difiere: ${p.list}\n`,
    table: (p: { name: string; change: Change; dry: boolean; rows: number | null }, w) =>
      `  ${p.change === "create" ? "+" : p.change === "update" ? "~" : "="} ${p.name}: ${
        p.change === "create"
          ? p.dry
            ? "se crearía"
            : "creada"
          : p.change === "update"
            ? p.dry
              ? "se actualizaría"
              : "actualizada"
            : "sin cambios"
      }${p.rows === null ? "" : `, ${w.count(p.rows, { one: "fila", other: "filas" })} en el DataStore`}\n`,
    forced: (p: { findings: string }) => `    publicada igual (--force): ${p.findings}\n`,
    refusedDirect: (p: { name: string; columns: string }) =>
      `  ✗ ${p.name}: no se publica, tiene identificadores directos (${p.columns}); para publicarla igual: --force ${p.name}:direct-identifiers\n`,
    refusedInvalid: (p: { name: string; errors: number }, w) =>
      `  ✗ ${p.name}: no se publica, su validación falla (${w.count(p.errors, { one: "error", other: "errores" })}; vea ciudata validate); para publicarla igual: --force ${p.name}:validation\n`,
    nothing: "Sin cambios: el portal ya tiene esta versión; no se escribió nada.\n",
    dry: "Simulación (--dry-run): no se escribió nada.\n",
    servingWritable: (p: { url: string; name: string }) =>
      `Portal local en ${p.url} (lectura; escritura con el token de ${p.name})\n  API CKAN: ${p.url}/api/3/action/package_search\n  DCAT-AR:  ${p.url}/data.json\n`,
  },
  en: {
    needTo:
      "Missing --to: the address of the CKAN portal to publish to (for example --to https://data.city.gov).",
    badTo: (p) => `--to: expected the http(s) address of a CKAN portal, found "${p.to}".`,
    noToken: (p) =>
      `Missing token: the environment variable ${p.name} is not set or empty. Set it to the portal's API token (export ${p.name}=…) or name another with --token-env; the token never goes on the command line.`,
    badForce: (p) => `--force: expected direct-identifiers, validation or table:finding, found "${p.value}".`,
    refusedToken: (p) =>
      `The portal refused the token (HTTP ${p.status}) at ${p.url}: check the API token in ${p.name}: it must be valid and allowed to edit the dataset's organization.`,
    dataset: (p) =>
      `Publishing to ${p.url}: dataset "${p.name}" ${
        p.change === "create"
          ? p.dry
            ? "would be created"
            : "created"
          : p.change === "update"
            ? p.dry
              ? "would be updated"
              : "updated"
            : "unchanged"
      }\n`,
    differences: (p) => `    differs: ${p.list}\n`,
    table: (p, w) =>
      `  ${p.change === "create" ? "+" : p.change === "update" ? "~" : "="} ${p.name}: ${
        p.change === "create"
          ? p.dry
            ? "would be created"
            : "created"
          : p.change === "update"
            ? p.dry
              ? "would be updated"
              : "updated"
            : "unchanged"
      }${p.rows === null ? "" : `, ${w.count(p.rows, { one: "row", other: "rows" })} in the DataStore`}\n`,
    forced: (p) => `    published anyway (--force): ${p.findings}\n`,
    refusedDirect: (p) =>
      `  ✗ ${p.name}: not published, it holds direct identifiers (${p.columns}); to publish it anyway: --force ${p.name}:direct-identifiers\n`,
    refusedInvalid: (p, w) =>
      `  ✗ ${p.name}: not published, its validation fails (${w.count(p.errors, { one: "error", other: "errors" })}; see ciudata validate); to publish it anyway: --force ${p.name}:validation\n`,
    nothing: "No changes: the portal already has this version; nothing was written.\n",
    dry: "Dry run (--dry-run): nothing was written.\n",
    servingWritable: (p) =>
      `Local portal at ${p.url} (read; write with the token in ${p.name})\n  CKAN API: ${p.url}/api/3/action/package_search\n  DCAT-AR:  ${p.url}/data.json\n`,
  },
  pt: {
    needTo:
      "Falta --to: o endereço do portal CKAN onde publicar (por exemplo --to https://dados.cidade.gov.br).",
    badTo: (p) => `--to: esperava-se um endereço http(s) de um portal CKAN e foi encontrado «${p.to}».`,
    noToken: (p) =>
      `Falta o token: a variável de ambiente ${p.name} não existe ou está vazia. Defina-a com o token de API do portal (export ${p.name}=…) ou indique outra com --token-env; o token nunca vai na linha de comando.`,
    badForce: (p) =>
      `--force: esperava-se direct-identifiers, validation ou tabela:achado e foi encontrado «${p.value}».`,
    refusedToken: (p) =>
      `O portal recusou o token (HTTP ${p.status}) em ${p.url}: verifique se ${p.name} tem um token de API válido com permissão de edição na organização do conjunto.`,
    dataset: (p) =>
      `Publicação em ${p.url}: conjunto «${p.name}» ${
        p.change === "create"
          ? p.dry
            ? "seria criado"
            : "criado"
          : p.change === "update"
            ? p.dry
              ? "seria atualizado"
              : "atualizado"
            : "sem mudanças"
      }\n`,
    differences: (p) => `    difere: ${p.list}\n`,
    table: (p, w) =>
      `  ${p.change === "create" ? "+" : p.change === "update" ? "~" : "="} ${p.name}: ${
        p.change === "create"
          ? p.dry
            ? "seria criada"
            : "criada"
          : p.change === "update"
            ? p.dry
              ? "seria atualizada"
              : "atualizada"
            : "sem mudanças"
      }${p.rows === null ? "" : `, ${w.count(p.rows, { one: "linha", other: "linhas" })} no DataStore`}\n`,
    forced: (p) => `    publicada mesmo assim (--force): ${p.findings}\n`,
    refusedDirect: (p) =>
      `  ✗ ${p.name}: não é publicada, tem identificadores diretos (${p.columns}); para publicá-la mesmo assim: --force ${p.name}:direct-identifiers\n`,
    refusedInvalid: (p, w) =>
      `  ✗ ${p.name}: não é publicada, sua validação falha (${w.count(p.errors, { one: "erro", other: "erros" })}; veja ciudata validate); para publicá-la mesmo assim: --force ${p.name}:validation\n`,
    nothing: "Sem mudanças: o portal já tem esta versão; nada foi escrito.\n",
    dry: "Simulação (--dry-run): nada foi escrito.\n",
    servingWritable: (p) =>
      `Portal local em ${p.url} (leitura; escrita com o token de ${p.name})\n  API CKAN: ${p.url}/api/3/action/package_search\n  DCAT-AR:  ${p.url}/data.json\n`,
  },
});
