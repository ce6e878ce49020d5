import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A stand-in for the built web app that the PDF printer can print: every page (the api answers index.html
 * for the web app's routes) says it is ready at once. The script is a file of the same origin, as the
 * page's content security policy requires. Returns the folder, for `webDistDir`.
 */
export async function printableWebApp(): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), 'ctcp-printable-web-'));
  await writeFile(
    join(folder, 'index.html'),
    `<!doctype html><html><head><title>Quarterly report</title><script src="/ready.js" defer></script></head>
<body><h1>Quarterly report</h1><p>Printed for the tests.</p></body></html>`,
  );
  await writeFile(join(folder, 'ready.js'), `document.body.setAttribute('data-print-ready', '');`);
  return folder;
}
