import { describe, expect, it } from 'vitest';
import { fixture } from '../helpers/fixtures.js';
import { runCli } from '../helpers/run-cli.js';

const rubric = fixture('uji-mini.rubric.yaml');

describe('opdm validate', () => {
  it('accepts the worked example and says so in one line', async () => {
    const run = await runCli(['validate', fixture('kota-uji.answers.yaml'), '--rubric', rubric]);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toContain('kota-uji.answers.yaml: sah (3 OPD, 4 layanan, kelengkapan 100,0%)');
  });

  it('speaks English with --lang en or LANG=en_US', async () => {
    const flag = await runCli(['validate', fixture('kota-uji.answers.yaml'), '--rubric', rubric, '--lang', 'en']);
    const env = await runCli(['validate', fixture('kota-uji.answers.yaml'), '--rubric', rubric], {
      env: { LANG: 'en_US.UTF-8' },
    });
    expect(flag.stdout).toContain('valid (3 OPDs, 4 services, completeness 100.0%)');
    expect(env.stdout).toBe(flag.stdout);
  });

  it('exits 2 when the bundled rubric named by the file does not exist', async () => {
    const run = await runCli(['validate', fixture('kota-uji.answers.yaml')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      /^opdm: rubrik "uji-mini" tidak ada di antara rubrik bawaan .*; berikan --rubric BERKAS\n$/,
    );
  });

  it('refuses an unknown option with exit 2 and a hint', async () => {
    const run = await runCli(['validate', '--bogus', 'x']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('opsi --bogus tidak dikenal');
  });
});
