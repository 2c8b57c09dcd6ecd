/**
 * `npx tsx scripts/teams-icons.ts` — (re)draws teams-app/color.png (192×192) and
 * teams-app/outline.png (32×32, white on transparent) from code.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { colorIcon, outlineIcon } from './teams/icons';
import { encodePng } from './teams/png';

const dir = join(import.meta.dirname, '..', 'teams-app');
writeFileSync(join(dir, 'color.png'), encodePng(colorIcon()));
writeFileSync(join(dir, 'outline.png'), encodePng(outlineIcon()));
console.log(`icons written to ${dir}`);
