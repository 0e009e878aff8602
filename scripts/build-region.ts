/** `npm run build:region` — write src/data/validate/regionShape.ts (see scripts/region/buildRegionShape.ts). */
import { writeFileSync } from 'node:fs';
import { buildRegionRing, regionShapeModule } from './region/buildRegionShape.ts';

const out = process.argv[2] ?? 'src/data/validate/regionShape.ts';
const ring = buildRegionRing();
writeFileSync(out, regionShapeModule(ring));
console.log(`${out}: ${ring.length} vertices`);
