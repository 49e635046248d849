// The code licences a submission may carry: SPDX ids of licences the Open Source Initiative approved
// (https://opensource.org/licenses), the ones civic-tech projects actually use. Deprecated SPDX spellings
// (`GPL-3.0`, `LGPL-2.1`) name the same approved licences, so they are accepted too.

const OSI = [
  "0BSD",
  "AFL-3.0",
  "AGPL-3.0",
  "AGPL-3.0-only",
  "AGPL-3.0-or-later",
  "Apache-1.1",
  "Apache-2.0",
  "APSL-2.0",
  "Artistic-2.0",
  "BlueOak-1.0.0",
  "BSD-1-Clause",
  "BSD-2-Clause",
  "BSD-2-Clause-Patent",
  "BSD-3-Clause",
  "BSL-1.0",
  "CDDL-1.0",
  "CECILL-2.1",
  "CPAL-1.0",
  "ECL-2.0",
  "EFL-2.0",
  "EPL-1.0",
  "EPL-2.0",
  "EUPL-1.1",
  "EUPL-1.2",
  "GPL-2.0",
  "GPL-2.0-only",
  "GPL-2.0-or-later",
  "GPL-3.0",
  "GPL-3.0-only",
  "GPL-3.0-or-later",
  "ISC",
  "LGPL-2.1",
  "LGPL-2.1-only",
  "LGPL-2.1-or-later",
  "LGPL-3.0",
  "LGPL-3.0-only",
  "LGPL-3.0-or-later",
  "LPL-1.02",
  "MIT",
  "MIT-0",
  "MPL-1.1",
  "MPL-2.0",
  "MS-PL",
  "MS-RL",
  "MulanPSL-2.0",
  "NCSA",
  "OFL-1.1",
  "OSL-3.0",
  "PostgreSQL",
  "Python-2.0",
  "UPL-1.0",
  "Unlicense",
  "Zlib",
] as const;

const KNOWN = new Map(OSI.map((id) => [id.toLowerCase(), id]));

/** The OSI-approved licences most often used, to show as examples. @internal */
export const OSI_EXAMPLES = "MIT, Apache-2.0, GPL-3.0-or-later, AGPL-3.0-only, MPL-2.0, BSD-3-Clause";

/**
 * True when an SPDX licence expression names only OSI-approved licences (`MIT`, `MIT OR Apache-2.0`,
 * `GPL-3.0-or-later WITH Classpath-exception-2.0`); case does not matter.
 * @internal
 */
export function isOsiApproved(expression: string): boolean {
  const ids = expression
    .replace(/[()]/g, " ")
    .split(/\s+(?:OR|AND)\s+/i)
    .map(
      (part) =>
        part
          .split(/\s+WITH\s+/i)[0]
          ?.trim()
          .replace(/\+$/, "") ?? "",
    );
  return ids.length > 0 && ids.every((id) => KNOWN.has(id.toLowerCase()));
}
