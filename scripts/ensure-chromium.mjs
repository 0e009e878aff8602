// Browser tests need Debian's Chromium. Install it when missing and we are root;
// otherwise stop with one exact line saying how.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(path)) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot) {
    console.error('Chromium is missing: run `sudo apt-get update && sudo apt-get install -y chromium` and then `npm test` again.');
    process.exit(1);
  }
  console.log('Chromium is missing: installing it with apt-get (Debian package "chromium")…');
  execSync('apt-get update && apt-get install -y chromium', { stdio: 'inherit' });
}
