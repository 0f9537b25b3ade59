// README.md "Publiceren" and the example workflow (.ci/examples/github-pages.yml) say the same thing.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { projectRoot } from '../../helpers/dist.ts';

const readme = readFileSync(join(projectRoot, 'README.md'), 'utf8');
const section = readme.slice(readme.indexOf('## Publiceren'));
const workflow = readFileSync(join(projectRoot, '.ci/examples/github-pages.yml'), 'utf8');
const scripts = Object.keys((JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as { scripts: object }).scripts);

/** The lines of a shell block, without indentation or blank lines. */
const lines = (block: string) =>
  block
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');

describe('publishing docs', () => {
  test('the README has a Publiceren section that names the example workflow', () => {
    expect(section.length).toBeGreaterThan(500);
    expect(section).toContain('.ci/examples/github-pages.yml');
  });

  test('every npm command of the workflow is a package.json script that the section uses', () => {
    const commands = [...workflow.matchAll(/npm (ci|run [a-z:]+)/g)].map((m) => m[1]!);
    expect(commands).toEqual(expect.arrayContaining(['ci', 'run review', 'run build']));
    for (const command of commands) {
      if (command.startsWith('run ')) expect(scripts).toContain(command.slice(4));
      expect(section).toContain(`npm ${command}`);
    }
  });

  test('the build step gets SITE_URL and BASE_PATH', () => {
    const build = workflow.slice(workflow.indexOf('- name: Build'), workflow.indexOf('- name: Keep'));
    expect(build).toMatch(
      /run: npm run build\n\s+env:\n\s+SITE_URL: \$\{\{ steps\.pages\.outputs\.origin \}\}\n\s+BASE_PATH: \$\{\{ steps\.pages\.outputs\.base_path \}\}/,
    );
  });

  test('the workflow keeps the pinned embeds with the shell lines the README shows', () => {
    const step = workflow.slice(workflow.indexOf('current=$(node'), workflow.indexOf('- uses: actions/upload-pages-artifact'));
    const shown = section.slice(section.indexOf('current=$(node'), section.indexOf('- **Review first.**'));
    expect(lines(step)).toEqual(lines(shown));
  });

  test('the workflow is indented with spaces, two at a time (YAML allows no tabs)', () => {
    expect(workflow).not.toContain('\t');
    expect(workflow.split('\n').filter((line) => (/^( *)\S/.exec(line)?.[1]?.length ?? 0) % 2 === 1)).toEqual([]);
  });
});
