// Usage: npm run pdf -- [--out <file.pdf>] [--dist <dir>]   (prints /overzicht/ of the built site to an A4 PDF)
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadGenerated } from '../src/lib/generated.ts';
import { overviewUrl } from '../src/lib/pages/site.ts';
import { readOutDir } from '../src/lib/site-config.ts';
// The static server and the Chromium the browser tests and the bench use: dist/ as a static host serves it, on 127.0.0.1.
import { launchChromium } from '../test/helpers/chromium.ts';
import { startServer } from '../test/helpers/dist.ts';
import { writeFileAtomic } from './lib/atomic-write.ts';
import { parseCommandLine } from './lib/command-line.ts';
import { runCommand } from './lib/run-command.ts';

const usage = 'usage: npm run pdf -- [--out <file.pdf>] [--dist <dir>]   (default: <temp>/staat-van-het-mkb-pdf/overzicht-<drop>.pdf)';

// Optional, not part of the build: the overview page (every figure, a theme per A4 page) printed by Chromium,
// from the built site as it is. Build first (npm run build).
await runCommand(usage, async (args) => {
  const drop = loadGenerated().drop;
  const { values } = parseCommandLine(
    args,
    {
      out: { type: 'string', expects: 'a PDF file', default: join(tmpdir(), 'staat-van-het-mkb-pdf', `overzicht-${drop}.pdf`) },
      dist: { type: 'string', expects: 'the built site', default: readOutDir(process.env) },
    },
    { positionals: false },
  );
  const out = values.out;
  const dist = resolve(values.dist);
  if (!existsSync(join(dist, 'overzicht', 'index.html')))
    throw new Error(`${dist}/overzicht/index.html does not exist: run npm run build first`);
  const server = await startServer(dist);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    const response = await page.goto(server.origin + overviewUrl, { waitUntil: 'load' });
    if (!response?.ok()) throw new Error(`${overviewUrl}: HTTP ${response?.status()} from the local server`);
    const pdf = await page.pdf({
      preferCSSPageSize: true,
      printBackground: true,
      displayHeaderFooter: true,
      headerTemplate: '<span></span>',
      footerTemplate: `<div style="font-size:8px;width:100%;text-align:center;color:#555e68">Staat van het mkb — datadrop ${drop} — pagina <span class="pageNumber"></span> van <span class="totalPages"></span></div>`,
    });
    await writeFileAtomic(resolve(out), pdf);
    console.log(`wrote ${resolve(out)} (${Math.round(pdf.length / 1024)} kB)`);
  } finally {
    await browser.close();
    await server.stop();
  }
});
