import { defineCatalogs } from "@ciudata/core";

type Row = { row: number; recorded?: string };

/** The texts of `commands/geo`, in es, en and pt. */
export const geoMessages = defineCatalogs({
  es: {
    summary:
      "Pone cada fila en su territorio (barrio, comuna) según sus coordenadas y revisa las coordenadas",
    usage:
      "ciudata geo assign <archivo> --areas barrios.geojson [--code-field prop] [--name-field prop] [--out salida.csv] [--format text|json|md|html]\nciudata geo check <archivo> --areas barrios.geojson [--territory-field columna] [--format text|json|md|html] [--out informe.md|html|json]\nciudata geo coverage <archivo> --areas barrios.geojson [--population censo.csv --population-code columna --population-count columna] [--by sexo,edad] [--threshold 5] [--out cobertura.csv] [--format text|json|md|html]\nciudata geo coarsen <archivo> (--grid 500 | --areas barrios.geojson) [--out salida.csv]: coordenadas más gruesas antes de publicar (a una grilla de N metros, o el territorio en lugar del punto)\nLas áreas: GeoJSON (FeatureCollection) o TopoJSON en longitud y latitud. Las coordenadas se buscan en el encabezado (lat, latitud, lon, lng, longitud, x, y…, o una columna «lat, lon» o WKT); --lat, --lon o --point las nombran; --crs EPSG:xxxx lee coordenadas proyectadas (metros) y --areas-crs, áreas proyectadas que no declaran su sistema. assign agrega dos columnas (código y nombre del área; sin --out, la tabla va a la salida estándar y el resumen a la de error). check informa las filas sin área, con (0, 0), faltantes, probablemente invertidas o con la coma corrida, y las que anotan otro territorio que el del polígono que las contiene; nunca muestra coordenadas. Un punto justo en un borde va al área de código menor. Sale con 0 si está bien, 1 si check encontró problemas, 2 si el comando o la entrada no sirven.",
    "flag.areas": "Áreas (GeoJSON o TopoJSON) con un código o un nombre por área",
    "flag.codeField": "Propiedad con el código de cada área (por defecto se detecta)",
    "flag.nameField": "Propiedad con el nombre de cada área (por defecto se detecta)",
    "flag.lat": "Columna de latitud (por defecto se detecta)",
    "flag.lon": "Columna de longitud (por defecto se detecta)",
    "flag.point": "Columna con los dos valores («lat, lon» o WKT POINT)",
    "flag.territoryField":
      "Columna con el territorio anotado, comparado con el área que contiene el punto (por defecto la que se llama como la propiedad de nombre o código)",
    "flag.crs":
      "Sistema proyectado de las coordenadas de la tabla (EPSG:5347 POSGAR 2007 / Argentina 5, EPSG:9498 CABA 2019, EPSG:31983, EPSG:32719…): la columna de longitud o x es el este, la de latitud o y el norte",
    "flag.areasCrs":
      "Sistema proyectado de las áreas, si no lo declaran (por defecto, el que declara el archivo, o longitud y latitud)",
    "flag.encoding": "Fuerza la codificación de la tabla",
    "flag.out":
      "assign: la tabla con las dos columnas (CSV); check: el informe (formato por la extensión); coverage: la tabla larga (CSV)",
    "flag.population":
      "coverage: tabla de población por territorio (CSV con un código y habitantes, por ejemplo el Censo 2010 del INDEC por departamento)",
    "flag.populationCode":
      "coverage: columna de códigos de la tabla de población (por defecto «código», «code», «id» o la primera)",
    "flag.populationCount":
      "coverage: columna de habitantes (por defecto «total», «población», «population»)",
    "flag.by": "coverage: columnas que abren los conteos (sexo y edad se normalizan como en disaggregation)",
    "flag.ageBands": "coverage: grupos de edad para edades simples (un-amplio, quinquenal-85, ninez-18…)",
    "flag.grid":
      "coarsen: lado en metros de la grilla a la que se redondea cada punto (sin --grid, --areas reemplaza las coordenadas por el territorio)",
    "flag.threshold":
      "coverage: se suprimen los conteos de 1 a n − 1, como en ciudata suppress (por defecto 5)",
    title: (p: { sub: string; file: string }) => `Territorios (${p.sub}): ${p.file}`,
    columnsPair: (p: { lat: string; lon: string; given: boolean }) =>
      `Coordenadas: latitud en «${p.lat}», longitud en «${p.lon}» (${p.given ? "indicadas" : "reconocidas por el encabezado"}).`,
    columnsPoint: (p: { column: string; given: boolean }) =>
      `Coordenadas: la columna «${p.column}» («lat, lon» o WKT) (${p.given ? "indicada" : "reconocida por el encabezado"}).`,
    areasLine: (p: { file: string; count: number; code: string; name: string }, w) =>
      `Áreas: ${w.count(p.count, { one: "área", other: "áreas" })} de ${p.file}; código: ${p.code}; nombre: ${p.name}.`,
    field: (p: { field: string; given: boolean }) =>
      `propiedad «${p.field}» (${p.given ? "indicada" : "detectada"})`,
    tableCrs: (p: { code: string; name: string }) =>
      `Coordenadas de la tabla reproyectadas desde ${p.code} (${p.name}): x es el este, y el norte.`,
    areasCrs: (p: { code: string; name: string }) => `Áreas reproyectadas desde ${p.code} (${p.name}).`,
    noCode: "ninguno (se usan los nombres)",
    noName: "ninguno (se usan los códigos)",
    territoryLine: (p: { column: string }) =>
      `Territorio anotado: columna «${p.column}», comparada con el área que contiene cada punto (nombres sin mayúsculas, tildes ni puntuación).`,
    noTerritory: "Sin columna de territorio anotado: no se compara (--territory-field la nombra).",
    rowsLine: (p: { rows: number; assigned: number }, w) =>
      `${w.count(p.rows, { one: "fila leída", other: "filas leídas" })}, ${w.count(p.assigned, { one: "asignada", other: "asignadas" })} a un área.`,
    sharedPoints: (p: { k: number; groups: number; rows: number }, w) =>
      `${w.count(p.groups, { one: "punto exacto se repite", other: "puntos exactos se repiten" })} en ${w.count(p.k, { one: "fila", other: "filas" })} o más (${w.count(p.rows, { one: "fila", other: "filas" })} en total): ¿una misma dirección, como una oficina, anotada para todos? No se muestran las coordenadas.`,
    swappedColumns: (p: { lat: string; lon: string; count: number }, w) =>
      `Las columnas «${p.lat}» y «${p.lon}» parecen invertidas: ${w.count(p.count, { one: "fila cae", other: "filas caen" })} en un área solo al intercambiarlas (es una suposición; no se aplicó: nómbrelas con --lat y --lon).`,
    kindHead: "qué",
    rowsHead: "filas",
    "kind.assigned": "asignadas a un área",
    "kind.territory-mismatch": "territorio anotado distinto del polígono",
    "kind.far-from-territory": "lejos del territorio anotado (más de 500 m de su polígono)",
    "kind.on-boundary": "justo en un borde (van al código menor)",
    "kind.outside": "fuera de toda área",
    "kind.swapped": "latitud y longitud probablemente invertidas",
    "kind.shifted": "probablemente con la coma decimal corrida",
    "kind.zero": "en (0, 0)",
    "kind.missing": "sin coordenadas",
    "kind.invalid": "coordenadas ilegibles",
    "kind.out-of-range": "fuera del rango de latitud y longitud",
    rowText: (p: Row) => `fila ${p.row}${p.recorded === undefined ? "" : ` (anotada: «${p.recorded}»)`}`,
    far: (p: { row: number; recorded: string; metres: number }, w) =>
      `fila ${p.row}: anota «${p.recorded}», el punto está a ${w.number(p.metres)} m de su polígono`,
    mismatch: (p: { row: number; recorded: string; area: string }) =>
      `fila ${p.row}: anota «${p.recorded}», el punto está en ${p.area}`,
    onBoundary: (p: { row: number; area: string }) => `fila ${p.row}: en el borde, asignada a ${p.area}`,
    suggested: (p: Row & { suggested: string }) =>
      `fila ${p.row}${p.recorded === undefined ? "" : ` (anotada: «${p.recorded}»)`}: corregida caería en ${p.suggested} (suposición, no aplicada)`,
    more: (p: { count: number }, w) =>
      `y ${w.count(p.count, { one: "fila más", other: "filas más" })} (--format json las lista)`,
    nothing:
      "Todas las filas tienen coordenadas válidas dentro de un área y coinciden con su territorio anotado.",
  },
  en: {
    summary: "Put every row in its territory (barrio, comuna) from its coordinates and check the coordinates",
    usage:
      'ciudata geo assign <file> --areas barrios.geojson [--code-field prop] [--name-field prop] [--out out.csv] [--format text|json|md|html]\nciudata geo check <file> --areas barrios.geojson [--territory-field column] [--format text|json|md|html] [--out report.md|html|json]\nciudata geo coverage <file> --areas barrios.geojson [--population census.csv --population-code column --population-count column] [--by sexo,edad] [--threshold 5] [--out coverage.csv] [--format text|json|md|html]\nciudata geo coarsen <file> (--grid 500 | --areas barrios.geojson) [--out out.csv]: coarser coordinates before publishing (to a grid of N metres, or the territory instead of the point)\nThe areas: GeoJSON (FeatureCollection) or TopoJSON in longitude and latitude. Coordinates are looked for in the header (lat, latitude, lon, lng, longitude, x, y…, or a "lat, lon" or WKT column); --lat, --lon or --point name them; --crs EPSG:xxxx reads projected coordinates (metres) and --areas-crs, projected areas that do not declare their system. assign adds two columns (the area\'s code and name; without --out, the table goes to standard output and the summary to standard error). check reports rows in no area, at (0, 0), missing, likely swapped or with a misplaced decimal point, and rows recording another territory than the polygon that contains them; it never shows coordinates. A point exactly on a border goes to the area with the lowest code. Exits 0 when all is well, 1 when check found problems, 2 when the command or the input is unusable.',
    "flag.areas": "Areas (GeoJSON or TopoJSON) with a code or a name per area",
    "flag.codeField": "Property holding each area's code (detected by default)",
    "flag.nameField": "Property holding each area's name (detected by default)",
    "flag.lat": "Latitude column (detected by default)",
    "flag.lon": "Longitude column (detected by default)",
    "flag.point": 'Column holding both values ("lat, lon" or WKT POINT)',
    "flag.territoryField":
      "Column with the recorded territory, compared with the area that contains the point (by default the one named like the name or code property)",
    "flag.crs":
      "Projected system of the table's coordinates (EPSG:5347 POSGAR 2007 / Argentina 5, EPSG:9498 CABA 2019, EPSG:31983, EPSG:32719…): the longitude or x column is the easting, the latitude or y column the northing",
    "flag.areasCrs":
      "Projected system of the areas, when they do not declare it (by default the one the file declares, or longitude and latitude)",
    "flag.encoding": "Force the table's encoding",
    "flag.out":
      "assign: the table with the two columns (CSV); check: the report (format by its extension); coverage: the long table (CSV)",
    "flag.population":
      "coverage: population table per territory (CSV with a code and residents, e.g. INDEC's Censo 2010 per department)",
    "flag.populationCode":
      'coverage: the population table\'s code column (default "código", "code", "id" or the first)',
    "flag.populationCount": 'coverage: the residents column (default "total", "población", "population")',
    "flag.by": "coverage: columns that split the counts (sex and age normalised as disaggregation does)",
    "flag.ageBands": "coverage: age bands for single ages (un-amplio, quinquenal-85, ninez-18…)",
    "flag.grid":
      "coarsen: side in metres of the grid each point is rounded to (without --grid, --areas replaces the coordinates by the territory)",
    "flag.threshold": "coverage: counts from 1 to n − 1 are suppressed, as ciudata suppress does (default 5)",
    title: (p) => `Territories (${p.sub}): ${p.file}`,
    columnsPair: (p) =>
      `Coordinates: latitude in "${p.lat}", longitude in "${p.lon}" (${p.given ? "as named" : "recognised from the header"}).`,
    columnsPoint: (p) =>
      `Coordinates: column "${p.column}" ("lat, lon" or WKT) (${p.given ? "as named" : "recognised from the header"}).`,
    areasLine: (p, w) =>
      `Areas: ${w.count(p.count, { one: "area", other: "areas" })} from ${p.file}; code: ${p.code}; name: ${p.name}.`,
    field: (p) => `property "${p.field}" (${p.given ? "as named" : "detected"})`,
    tableCrs: (p) =>
      `Table coordinates reprojected from ${p.code} (${p.name}): x is the easting, y the northing.`,
    areasCrs: (p) => `Areas reprojected from ${p.code} (${p.name}).`,
    noCode: "none (the names are used)",
    noName: "none (the codes are used)",
    territoryLine: (p) =>
      `Recorded territory: column "${p.column}", compared with the area that contains each point (names without case, accents or punctuation).`,
    noTerritory: "No recorded-territory column: nothing compared (--territory-field names it).",
    rowsLine: (p, w) =>
      `${w.count(p.rows, { one: "row read", other: "rows read" })}, ${w.number(p.assigned)} assigned to an area.`,
    sharedPoints: (p, w) =>
      `${w.count(p.groups, { one: "exact point is", other: "exact points are" })} shared by ${w.count(p.k, { one: "row", other: "rows" })} or more (${w.count(p.rows, { one: "row", other: "rows" })} in all): one address, such as an office, recorded for everyone? The coordinates are not shown.`,
    swappedColumns: (p, w) =>
      `Columns "${p.lat}" and "${p.lon}" look swapped: ${w.count(p.count, { one: "row falls", other: "rows fall" })} in an area only when exchanged (a guess; not applied: name them with --lat and --lon).`,
    kindHead: "what",
    rowsHead: "rows",
    "kind.assigned": "assigned to an area",
    "kind.territory-mismatch": "recorded territory differs from the polygon",
    "kind.far-from-territory": "far from the recorded territory (over 500 m from its polygon)",
    "kind.on-boundary": "exactly on a border (go to the lowest code)",
    "kind.outside": "outside every area",
    "kind.swapped": "latitude and longitude likely swapped",
    "kind.shifted": "likely a misplaced decimal point",
    "kind.zero": "at (0, 0)",
    "kind.missing": "no coordinates",
    "kind.invalid": "unreadable coordinates",
    "kind.out-of-range": "out of the latitude and longitude range",
    rowText: (p) => `row ${p.row}${p.recorded === undefined ? "" : ` (recorded: "${p.recorded}")`}`,
    far: (p, w) =>
      `row ${p.row}: records "${p.recorded}", the point is ${w.number(p.metres)} m from its polygon`,
    mismatch: (p) => `row ${p.row}: records "${p.recorded}", the point is in ${p.area}`,
    onBoundary: (p) => `row ${p.row}: on the border, assigned to ${p.area}`,
    suggested: (p) =>
      `row ${p.row}${p.recorded === undefined ? "" : ` (recorded: "${p.recorded}")`}: once fixed it would fall in ${p.suggested} (a guess, not applied)`,
    more: (p, w) =>
      `and ${w.count(p.count, { one: "more row", other: "more rows" })} (--format json lists them)`,
    nothing: "Every row has valid coordinates inside an area and agrees with its recorded territory.",
  },
  pt: {
    summary: "Coloca cada linha no seu território (bairro, comuna) pelas coordenadas e revisa as coordenadas",
    usage:
      "ciudata geo assign <arquivo> --areas bairros.geojson [--code-field prop] [--name-field prop] [--out saida.csv] [--format text|json|md|html]\nciudata geo check <arquivo> --areas bairros.geojson [--territory-field coluna] [--format text|json|md|html] [--out relatorio.md|html|json]\nciudata geo coverage <arquivo> --areas bairros.geojson [--population censo.csv --population-code coluna --population-count coluna] [--by sexo,idade] [--threshold 5] [--out cobertura.csv] [--format text|json|md|html]\nciudata geo coarsen <arquivo> (--grid 500 | --areas bairros.geojson) [--out saida.csv]: coordenadas mais grossas antes de publicar (numa grade de N metros, ou o território no lugar do ponto)\nAs áreas: GeoJSON (FeatureCollection) ou TopoJSON em longitude e latitude. As coordenadas são procuradas no cabeçalho (lat, latitude, lon, lng, longitude, x, y…, ou uma coluna «lat, lon» ou WKT); --lat, --lon ou --point as indicam; --crs EPSG:xxxx lê coordenadas projetadas (metros) e --areas-crs, áreas projetadas que não declaram o sistema. assign acrescenta duas colunas (código e nome da área; sem --out, a tabela vai para a saída padrão e o resumo para a de erro). check informa as linhas sem área, em (0, 0), faltantes, provavelmente invertidas ou com a vírgula decimal deslocada, e as que anotam outro território que o do polígono que as contém; nunca mostra coordenadas. Um ponto exatamente numa divisa vai para a área de código menor. Sai com 0 se está tudo bem, 1 se check encontrou problemas, 2 se o comando ou a entrada não servem.",
    "flag.areas": "Áreas (GeoJSON ou TopoJSON) com um código ou um nome por área",
    "flag.codeField": "Propriedade com o código de cada área (detectada por padrão)",
    "flag.nameField": "Propriedade com o nome de cada área (detectada por padrão)",
    "flag.lat": "Coluna de latitude (detectada por padrão)",
    "flag.lon": "Coluna de longitude (detectada por padrão)",
    "flag.point": "Coluna com os dois valores («lat, lon» ou WKT POINT)",
    "flag.territoryField":
      "Coluna com o território anotado, comparado com a área que contém o ponto (por padrão a que tem o nome da propriedade de nome ou código)",
    "flag.crs":
      "Sistema projetado das coordenadas da tabela (EPSG:31983 SIRGAS 2000 / UTM 23S, EPSG:5347 POSGAR 2007 / Argentina 5, EPSG:32719…): a coluna de longitude ou x é a leste, a de latitude ou y a norte",
    "flag.areasCrs":
      "Sistema projetado das áreas, se não o declaram (por padrão, o que o arquivo declara, ou longitude e latitude)",
    "flag.encoding": "Força a codificação da tabela",
    "flag.out":
      "assign: a tabela com as duas colunas (CSV); check: o relatório (formato pela extensão); coverage: a tabela longa (CSV)",
    "flag.population":
      "coverage: tabela de população por território (CSV com um código e habitantes, por exemplo o Censo 2010 do INDEC por departamento)",
    "flag.populationCode":
      "coverage: coluna de códigos da tabela de população (por padrão «código», «code», «id» ou a primeira)",
    "flag.populationCount": "coverage: coluna de habitantes (por padrão «total», «população», «population»)",
    "flag.by": "coverage: colunas que abrem as contagens (sexo e idade normalizados como em disaggregation)",
    "flag.ageBands": "coverage: faixas etárias para idades simples (un-amplio, quinquenal-85, ninez-18…)",
    "flag.grid":
      "coarsen: lado em metros da grade para a qual cada ponto é arredondado (sem --grid, --areas substitui as coordenadas pelo território)",
    "flag.threshold": "coverage: contagens de 1 a n − 1 são suprimidas, como em ciudata suppress (padrão 5)",
    title: (p) => `Territórios (${p.sub}): ${p.file}`,
    columnsPair: (p) =>
      `Coordenadas: latitude em «${p.lat}», longitude em «${p.lon}» (${p.given ? "indicadas" : "reconhecidas pelo cabeçalho"}).`,
    columnsPoint: (p) =>
      `Coordenadas: a coluna «${p.column}» («lat, lon» ou WKT) (${p.given ? "indicada" : "reconhecida pelo cabeçalho"}).`,
    areasLine: (p, w) =>
      `Áreas: ${w.count(p.count, { one: "área", other: "áreas" })} de ${p.file}; código: ${p.code}; nome: ${p.name}.`,
    field: (p) => `propriedade «${p.field}» (${p.given ? "indicada" : "detectada"})`,
    tableCrs: (p) => `Coordenadas da tabela reprojetadas de ${p.code} (${p.name}): x é a leste, y a norte.`,
    areasCrs: (p) => `Áreas reprojetadas de ${p.code} (${p.name}).`,
    noCode: "nenhum (usam-se os nomes)",
    noName: "nenhum (usam-se os códigos)",
    territoryLine: (p) =>
      `Território anotado: coluna «${p.column}», comparada com a área que contém cada ponto (nomes sem maiúsculas, acentos nem pontuação).`,
    noTerritory: "Sem coluna de território anotado: nada é comparado (--territory-field a indica).",
    rowsLine: (p, w) =>
      `${w.count(p.rows, { one: "linha lida", other: "linhas lidas" })}, ${w.count(p.assigned, { one: "atribuída", other: "atribuídas" })} a uma área.`,
    sharedPoints: (p, w) =>
      `${w.count(p.groups, { one: "ponto exato se repete", other: "pontos exatos se repetem" })} em ${w.count(p.k, { one: "linha", other: "linhas" })} ou mais (${w.count(p.rows, { one: "linha", other: "linhas" })} no total): um mesmo endereço, como um escritório, anotado para todos? As coordenadas não são mostradas.`,
    swappedColumns: (p, w) =>
      `As colunas «${p.lat}» e «${p.lon}» parecem invertidas: ${w.count(p.count, { one: "linha cai", other: "linhas caem" })} numa área só ao trocá-las (é uma suposição; não foi aplicada: indique-as com --lat e --lon).`,
    kindHead: "o quê",
    rowsHead: "linhas",
    "kind.assigned": "atribuídas a uma área",
    "kind.territory-mismatch": "território anotado diferente do polígono",
    "kind.far-from-territory": "longe do território anotado (mais de 500 m do seu polígono)",
    "kind.on-boundary": "exatamente numa divisa (vão para o código menor)",
    "kind.outside": "fora de toda área",
    "kind.swapped": "latitude e longitude provavelmente invertidas",
    "kind.shifted": "provavelmente com a vírgula decimal deslocada",
    "kind.zero": "em (0, 0)",
    "kind.missing": "sem coordenadas",
    "kind.invalid": "coordenadas ilegíveis",
    "kind.out-of-range": "fora do intervalo de latitude e longitude",
    rowText: (p) => `linha ${p.row}${p.recorded === undefined ? "" : ` (anotada: «${p.recorded}»)`}`,
    far: (p, w) =>
      `linha ${p.row}: anota «${p.recorded}», o ponto está a ${w.number(p.metres)} m do seu polígono`,
    mismatch: (p) => `linha ${p.row}: anota «${p.recorded}», o ponto está em ${p.area}`,
    onBoundary: (p) => `linha ${p.row}: na divisa, atribuída a ${p.area}`,
    suggested: (p) =>
      `linha ${p.row}${p.recorded === undefined ? "" : ` (anotada: «${p.recorded}»)`}: corrigida cairia em ${p.suggested} (suposição, não aplicada)`,
    more: (p, w) =>
      `e ${w.count(p.count, { one: "linha a mais", other: "linhas a mais" })} (--format json as lista)`,
    nothing:
      "Todas as linhas têm coordenadas válidas dentro de uma área e coincidem com o território anotado.",
  },
});
