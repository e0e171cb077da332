/** A data licence as the open-data page and the feeds name it. */
export type DataLicense = {
  /** The SPDX id the settings store ("CC-BY-4.0"). */
  id: string;
  /** The licence's own short name ("CC BY 4.0"), or the id itself when the portal does not know it. */
  shortName: string;
  /** The licence's official full name; null when unknown. */
  name: string | null;
  /** The licence's official text; null when unknown. */
  url: string | null;
};

// Licences commonly chosen for open government data. Their names are proper names, the same in
// every language; the URLs are the licensors' own pages.
const KNOWN: Record<string, Omit<DataLicense, 'id'>> = {
  'CC-BY-4.0': { shortName: 'CC BY 4.0', name: 'Creative Commons Attribution 4.0 International', url: 'https://creativecommons.org/licenses/by/4.0/' },
  'CC-BY-SA-4.0': {
    shortName: 'CC BY-SA 4.0',
    name: 'Creative Commons Attribution-ShareAlike 4.0 International',
    url: 'https://creativecommons.org/licenses/by-sa/4.0/',
  },
  'CC-BY-3.0': { shortName: 'CC BY 3.0', name: 'Creative Commons Attribution 3.0 Unported', url: 'https://creativecommons.org/licenses/by/3.0/' },
  'CC0-1.0': { shortName: 'CC0 1.0', name: 'Creative Commons Zero v1.0 Universal', url: 'https://creativecommons.org/publicdomain/zero/1.0/' },
  'ODbL-1.0': { shortName: 'ODbL 1.0', name: 'Open Data Commons Open Database License v1.0', url: 'https://opendatacommons.org/licenses/odbl/1-0/' },
  'ODC-By-1.0': { shortName: 'ODC-By 1.0', name: 'Open Data Commons Attribution License v1.0', url: 'https://opendatacommons.org/licenses/by/1-0/' },
  'PDDL-1.0': {
    shortName: 'PDDL 1.0',
    name: 'Open Data Commons Public Domain Dedication & License 1.0',
    url: 'https://opendatacommons.org/licenses/pddl/1-0/',
  },
};

/** The licence behind an SPDX id. SPDX ids are case-insensitive; an unknown one is shown as written. */
export function dataLicense(id: string): DataLicense {
  const key = Object.keys(KNOWN).find((k) => k.toLowerCase() === id.trim().toLowerCase());
  return key ? { id: key, ...KNOWN[key]! } : { id, shortName: id, name: null, url: null };
}
