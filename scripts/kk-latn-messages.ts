// npm run i18n:kk-latn: writes messages/kk-Latn.json from messages/kk.json and the reviewed
// overrides. Run it after changing either and commit the result; a unit test fails until then.
import fs from 'node:fs';
import { CATALOGUE_FILES, catalogueJson, kazakhLatinCatalogue, type Catalogue } from '@/lib/i18n/kazakh-latin-catalogue';

const read = <T>(file: string): T => JSON.parse(fs.readFileSync(file, 'utf8')) as T;
const overrides = read<Record<string, string>>(CATALOGUE_FILES.overrides);
fs.writeFileSync(CATALOGUE_FILES.target, catalogueJson(kazakhLatinCatalogue(read<Catalogue>(CATALOGUE_FILES.source), overrides)));
console.log(`Wrote ${CATALOGUE_FILES.target} (${Object.keys(overrides).length} overridden messages).`);
