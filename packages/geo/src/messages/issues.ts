import { defineIssueCatalogs } from "@ciudata/core";

/**
 * How every bad input of `@ciudata/geo` is worded in es, en and pt (render with `renderIssue(issue, lang,
 * geoIssues)` from `@ciudata/core`). Params: `file` (the areas file or table), `at` (where in the
 * GeoJSON: `features[3].geometry.coordinates[0]`), `found` (what was there instead), `properties` (the
 * ones the features have), `field`, `first`, `last` (a ring's ends), `received` (a coordinate of the areas
 * file, never one of a table's rows), `crs`, `columns` (the ones the table has), `count`.
 */
export const geoIssues = defineIssueCatalogs({
  es: {
    "geo/unreadable": {
      title: "No se puede leer el archivo de áreas",
      describe: (i) =>
        i.params.reason === "ENOENT"
          ? `${i.params.file} no existe`
          : i.params.reason === "EISDIR"
            ? `${i.params.file} es una carpeta, no un archivo`
            : `${i.params.file} no se puede leer (${i.params.reason})`,
    },
    "geo/unknown-crs": {
      title: "Sistema de coordenadas desconocido",
      describe: (i) => `«${i.params.crs}» no es un sistema conocido; se conocen: ${i.params.known}`,
    },
    "geo/not-json": {
      title: "El archivo de áreas no es JSON",
      describe: (i) =>
        `${i.params.file} no se puede leer como JSON${i.params.line === undefined ? "" : ` (línea ${i.params.line})`}; se espera un GeoJSON (FeatureCollection) o un TopoJSON (Topology)`,
    },
    "geo/not-feature-collection": {
      title: "Las áreas no son una FeatureCollection",
      describe: (i) =>
        `${i.params.file} es ${i.params.found}, no una FeatureCollection de GeoJSON ni una Topology de TopoJSON; ejemplo válido: {"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {"barrio": "Palermo"}, "geometry": {"type": "Polygon", …}}]}`,
    },
    "geo/bad-geometry": {
      title: "Una geometría no es un polígono válido",
      describe: (i) =>
        `${i.params.file}, ${i.params.at}: se esperaba un polígono («Polygon» o «MultiPolygon») con anillos de al menos 4 posiciones «[lon, lat]», se encontró ${i.params.found}`,
    },
    "geo/ring-not-closed": {
      title: "Un anillo no cierra",
      describe: (i) =>
        `${i.params.file}, ${i.params.at}: el anillo empieza en ${i.params.first} y termina en ${i.params.last}; en GeoJSON la última posición repite la primera`,
    },
    "geo/not-lon-lat": {
      title: "Las áreas no están en longitud y latitud",
      describe: (i) =>
        `${i.params.file}, ${i.params.at}: la posición ${i.params.received} está fuera del rango de longitud (−180 a 180) y latitud (−90 a 90)${i.params.crs === undefined ? "" : `; el archivo declara el sistema ${i.params.crs}`}; parecen coordenadas proyectadas (metros): nombre su sistema con --areas-crs (por ejemplo EPSG:5347 para POSGAR 2007 / Argentina 5, EPSG:9498 para CABA 2019, EPSG:31983 para SIRGAS 2000 / UTM 23S) o reproyecte el archivo a WGS 84 (EPSG:4326), por ejemplo con «ogr2ogr -t_srs EPSG:4326 salida.geojson ${i.params.file}»`,
    },
    "geo/no-code-name": {
      title: "Las áreas no tienen código ni nombre",
      describe: (i) =>
        `ninguna propiedad de ${i.params.file} parece un código o un nombre de territorio (propiedades: ${i.params.properties}); indique cuál usar con --code-field y --name-field`,
    },
    "geo/unknown-field": {
      title: "Una propiedad que las áreas no tienen",
      describe: (i) =>
        `${i.params.file} no tiene la propiedad «${i.params.field}» en ${i.params.at}; propiedades: ${i.params.properties}`,
    },
    "geo/no-areas": {
      title: "No hay áreas",
      describe: (i) => `${i.params.file} no tiene ningún polígono`,
    },
    "geo/no-coordinates": {
      title: "No se encontraron coordenadas",
      describe: (i) =>
        `${i.params.file} no tiene columnas de latitud y longitud reconocibles (columnas: ${i.params.columns}); nómbrelas con --lat y --lon, o use una columna «lat, lon» o WKT «POINT (lon lat)»`,
    },
    "geo/unknown-column": {
      title: "Una columna que la tabla no tiene",
      describe: (i) =>
        `${i.params.file} no tiene la columna «${i.params.field}»; columnas: ${i.params.columns}`,
    },
    "geo/table-not-lon-lat": {
      title: "Las coordenadas de la tabla no están en longitud y latitud",
      describe: (i, w) =>
        `en ${i.params.file}, ninguna de las primeras ${w.count(Number(i.params.count), { one: "fila", other: "filas" })} con coordenadas en ${i.params.columns} está en el rango de longitud y latitud; parecen coordenadas proyectadas (metros): nombre su sistema con --crs (por ejemplo EPSG:5347 para POSGAR 2007 / Argentina 5, EPSG:9498 para CABA 2019, EPSG:32719 para UTM 19S)`,
    },
    "geo/population-column": {
      title: "Falta una columna en la tabla de población",
      describe: (i) =>
        i.params.field === ""
          ? `${i.params.file} no tiene una columna de población reconocible (total, poblacion, population); columnas: ${i.params.columns}; nómbrela con ${i.params.flag}`
          : `${i.params.file} no tiene la columna «${i.params.field}» (${i.params.flag}); columnas: ${i.params.columns}`,
    },
    "geo/population-count": {
      title: "Una población no es un número entero",
      describe: (i) =>
        `${i.params.file}, fila ${i.params.row}, columna «${i.params.column}»: se esperaba un número entero de habitantes ≥ 0, se encontró «${i.params.found}»; corrija la celda o nombre otra columna con --population-count`,
    },
    "geo/population-duplicate": {
      title: "Un código repetido en la tabla de población",
      describe: (i) =>
        `${i.params.file}, fila ${i.params.row}: el código «${i.params.code}» ya está en la fila ${i.params.first}; deje una fila por territorio`,
    },
    "geo/bad-grid": {
      title: "La grilla no es un número de metros",
      describe: (i) =>
        `--grid «${i.params.found}»: se esperaba el lado de la celda en metros, un número mayor que 0 (por ejemplo --grid 500)`,
    },
    "geo/population-no-match": {
      title: "Ningún código de población coincide con un territorio",
      describe: (i) =>
        `ningún código de ${i.params.file} coincide con un código o nombre de las áreas (se encontró: ${i.params.found}; las áreas tienen: ${i.params.expected}); nombre la columna de códigos con --population-code o la propiedad de código de las áreas con --code-field`,
    },
  },
  en: {
    "geo/unreadable": {
      title: "The areas file cannot be read",
      describe: (i) =>
        i.params.reason === "ENOENT"
          ? `${i.params.file} does not exist`
          : i.params.reason === "EISDIR"
            ? `${i.params.file} is a folder, not a file`
            : `${i.params.file} cannot be read (${i.params.reason})`,
    },
    "geo/unknown-crs": {
      title: "Unknown coordinate system",
      describe: (i) => `"${i.params.crs}" is not a known system; known: ${i.params.known}`,
    },
    "geo/not-json": {
      title: "The areas file is not JSON",
      describe: (i) =>
        `${i.params.file} cannot be read as JSON${i.params.line === undefined ? "" : ` (line ${i.params.line})`}; a GeoJSON (FeatureCollection) or a TopoJSON (Topology) is expected`,
    },
    "geo/not-feature-collection": {
      title: "The areas are not a FeatureCollection",
      describe: (i) =>
        `${i.params.file} is ${i.params.found}, not a GeoJSON FeatureCollection nor a TopoJSON Topology; valid example: {"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {"barrio": "Palermo"}, "geometry": {"type": "Polygon", …}}]}`,
    },
    "geo/bad-geometry": {
      title: "A geometry is not a valid polygon",
      describe: (i) =>
        `${i.params.file}, ${i.params.at}: expected a Polygon or MultiPolygon with rings of at least 4 [lon, lat] positions, found ${i.params.found}`,
    },
    "geo/ring-not-closed": {
      title: "A ring does not close",
      describe: (i) =>
        `${i.params.file}, ${i.params.at}: the ring starts at ${i.params.first} and ends at ${i.params.last}; in GeoJSON the last position repeats the first`,
    },
    "geo/not-lon-lat": {
      title: "The areas are not in longitude and latitude",
      describe: (i) =>
        `${i.params.file}, ${i.params.at}: position ${i.params.received} is outside the longitude (−180 to 180) and latitude (−90 to 90) range${i.params.crs === undefined ? "" : `; the file declares the system ${i.params.crs}`}; these look like projected coordinates (metres): name their system with --areas-crs (for example EPSG:5347 for POSGAR 2007 / Argentina 5, EPSG:9498 for CABA 2019, EPSG:31983 for SIRGAS 2000 / UTM 23S) or reproject the file to WGS 84 (EPSG:4326), for example with "ogr2ogr -t_srs EPSG:4326 out.geojson ${i.params.file}"`,
    },
    "geo/no-code-name": {
      title: "The areas have no code or name",
      describe: (i) =>
        `${i.params.file}: no property looks like a territory code or name (properties: ${i.params.properties}); say which to use with --code-field and --name-field`,
    },
    "geo/unknown-field": {
      title: "A property the areas do not have",
      describe: (i) =>
        `${i.params.file} has no property "${i.params.field}" at ${i.params.at}; properties: ${i.params.properties}`,
    },
    "geo/no-areas": {
      title: "No areas",
      describe: (i) => `${i.params.file} has no polygon`,
    },
    "geo/no-coordinates": {
      title: "No coordinates found",
      describe: (i) =>
        `${i.params.file} has no recognisable latitude and longitude columns (columns: ${i.params.columns}); name them with --lat and --lon, or use a "lat, lon" column or WKT "POINT (lon lat)"`,
    },
    "geo/unknown-column": {
      title: "A column the table does not have",
      describe: (i) => `${i.params.file} has no column "${i.params.field}"; columns: ${i.params.columns}`,
    },
    "geo/table-not-lon-lat": {
      title: "The table's coordinates are not longitude and latitude",
      describe: (i, w) =>
        `in ${i.params.file}, none of the first ${w.count(Number(i.params.count), { one: "row", other: "rows" })} with coordinates in ${i.params.columns} is in the longitude and latitude range; these look like projected coordinates (metres): name their system with --crs (for example EPSG:5347 for POSGAR 2007 / Argentina 5, EPSG:9498 for CABA 2019, EPSG:32719 for UTM 19S)`,
    },
    "geo/population-column": {
      title: "A column is missing from the population table",
      describe: (i) =>
        i.params.field === ""
          ? `${i.params.file} has no recognisable population column (total, poblacion, population); columns: ${i.params.columns}; name it with ${i.params.flag}`
          : `${i.params.file} has no column "${i.params.field}" (${i.params.flag}); columns: ${i.params.columns}`,
    },
    "geo/population-count": {
      title: "A population is not a whole number",
      describe: (i) =>
        `${i.params.file}, row ${i.params.row}, column "${i.params.column}": expected a whole number of residents ≥ 0, found "${i.params.found}"; fix the cell or name another column with --population-count`,
    },
    "geo/population-duplicate": {
      title: "A code repeated in the population table",
      describe: (i) =>
        `${i.params.file}, row ${i.params.row}: the code "${i.params.code}" is already on row ${i.params.first}; keep one row per territory`,
    },
    "geo/bad-grid": {
      title: "The grid is not a number of metres",
      describe: (i) =>
        `--grid "${i.params.found}": expected the cell's side in metres, a number above 0 (for example --grid 500)`,
    },
    "geo/population-no-match": {
      title: "No population code matches a territory",
      describe: (i) =>
        `the codes of ${i.params.file} match no code or name of the areas (found: ${i.params.found}; the areas have: ${i.params.expected}); name the code column with --population-code or the areas' code property with --code-field`,
    },
  },
  pt: {
    "geo/unreadable": {
      title: "Não é possível ler o arquivo de áreas",
      describe: (i) =>
        i.params.reason === "ENOENT"
          ? `${i.params.file} não existe`
          : i.params.reason === "EISDIR"
            ? `${i.params.file} é uma pasta, não um arquivo`
            : `${i.params.file} não pode ser lido (${i.params.reason})`,
    },
    "geo/unknown-crs": {
      title: "Sistema de coordenadas desconhecido",
      describe: (i) => `«${i.params.crs}» não é um sistema conhecido; conhecidos: ${i.params.known}`,
    },
    "geo/not-json": {
      title: "O arquivo de áreas não é JSON",
      describe: (i) =>
        `${i.params.file} não pode ser lido como JSON${i.params.line === undefined ? "" : ` (linha ${i.params.line})`}; espera-se um GeoJSON (FeatureCollection) ou um TopoJSON (Topology)`,
    },
    "geo/not-feature-collection": {
      title: "As áreas não são uma FeatureCollection",
      describe: (i) =>
        `${i.params.file} é ${i.params.found}, não uma FeatureCollection de GeoJSON nem uma Topology de TopoJSON; exemplo válido: {"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {"bairro": "Centro"}, "geometry": {"type": "Polygon", …}}]}`,
    },
    "geo/bad-geometry": {
      title: "Uma geometria não é um polígono válido",
      describe: (i) =>
        `${i.params.file}, ${i.params.at}: esperava-se um polígono («Polygon» ou «MultiPolygon») com cada anel de pelo menos 4 posições «[lon, lat]», encontrou-se ${i.params.found}`,
    },
    "geo/ring-not-closed": {
      title: "Um anel não fecha",
      describe: (i) =>
        `${i.params.file}, ${i.params.at}: o anel começa em ${i.params.first} e termina em ${i.params.last}; em GeoJSON a última posição repete a primeira`,
    },
    "geo/not-lon-lat": {
      title: "As áreas não estão em longitude e latitude",
      describe: (i) =>
        `${i.params.file}, ${i.params.at}: a posição ${i.params.received} está fora do intervalo de longitude (−180 a 180) e latitude (−90 a 90)${i.params.crs === undefined ? "" : `; o arquivo declara o sistema ${i.params.crs}`}; parecem coordenadas projetadas (metros): indique o sistema com --areas-crs (por exemplo EPSG:31983 para SIRGAS 2000 / UTM 23S, EPSG:5347 para POSGAR 2007 / Argentina 5) ou reprojete o arquivo para WGS 84 (EPSG:4326), por exemplo com «ogr2ogr -t_srs EPSG:4326 saida.geojson ${i.params.file}»`,
    },
    "geo/no-code-name": {
      title: "As áreas não têm código nem nome",
      describe: (i) =>
        `nenhuma propriedade de ${i.params.file} parece um código ou um nome de território (propriedades: ${i.params.properties}); indique qual usar com --code-field e --name-field`,
    },
    "geo/unknown-field": {
      title: "Uma propriedade que as áreas não têm",
      describe: (i) =>
        `${i.params.file} não tem a propriedade «${i.params.field}» em ${i.params.at}; propriedades: ${i.params.properties}`,
    },
    "geo/no-areas": {
      title: "Não há áreas",
      describe: (i) => `${i.params.file} não tem nenhum polígono`,
    },
    "geo/no-coordinates": {
      title: "Não foram encontradas coordenadas",
      describe: (i) =>
        `${i.params.file} não tem colunas de latitude e longitude reconhecíveis (colunas: ${i.params.columns}); indique-as com --lat e --lon, ou use uma coluna «lat, lon» ou WKT «POINT (lon lat)»`,
    },
    "geo/unknown-column": {
      title: "Uma coluna que a tabela não tem",
      describe: (i) => `${i.params.file} não tem a coluna «${i.params.field}»; colunas: ${i.params.columns}`,
    },
    "geo/table-not-lon-lat": {
      title: "As coordenadas da tabela não estão em longitude e latitude",
      describe: (i, w) =>
        `em ${i.params.file}, nenhuma das primeiras ${w.count(Number(i.params.count), { one: "linha", other: "linhas" })} com coordenadas em ${i.params.columns} está no intervalo de longitude e latitude; parecem coordenadas projetadas (metros): indique o sistema com --crs (por exemplo EPSG:31983 para SIRGAS 2000 / UTM 23S, EPSG:5347 para POSGAR 2007 / Argentina 5)`,
    },
    "geo/population-column": {
      title: "Falta uma coluna na tabela de população",
      describe: (i) =>
        i.params.field === ""
          ? `${i.params.file} não tem uma coluna de população reconhecível (total, populacao, population); colunas: ${i.params.columns}; indique-a com ${i.params.flag}`
          : `${i.params.file} não tem a coluna «${i.params.field}» (${i.params.flag}); colunas: ${i.params.columns}`,
    },
    "geo/population-count": {
      title: "Uma população não é um número inteiro",
      describe: (i) =>
        `${i.params.file}, linha ${i.params.row}, coluna «${i.params.column}»: esperava-se um número inteiro de habitantes ≥ 0, encontrou-se «${i.params.found}»; corrija a célula ou indique outra coluna com --population-count`,
    },
    "geo/population-duplicate": {
      title: "Um código repetido na tabela de população",
      describe: (i) =>
        `${i.params.file}, linha ${i.params.row}: o código «${i.params.code}» já está na linha ${i.params.first}; deixe uma linha por território`,
    },
    "geo/bad-grid": {
      title: "A grade não é um número de metros",
      describe: (i) =>
        `--grid «${i.params.found}»: esperava-se o lado da célula em metros, um número maior que 0 (por exemplo --grid 500)`,
    },
    "geo/population-no-match": {
      title: "Nenhum código de população coincide com um território",
      describe: (i) =>
        `nenhum código de ${i.params.file} coincide com um código ou nome das áreas (encontrado: ${i.params.found}; as áreas têm: ${i.params.expected}); indique a coluna de códigos com --population-code ou a propriedade de código das áreas com --code-field`,
    },
  },
});
