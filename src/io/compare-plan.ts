import { lstatSync } from 'node:fs';
import path from 'node:path';
import type { Artifact, Inputs, Lang } from '../types.js';
import { maskNeedles, maskText, maskYamlSecrets, pullSecretParts, SECRET_MASK } from '../util/secrets.js';
import { gitignoreCovers, isOwnGitignore } from './gitignore.js';
import { readSmallFile } from './read-file.js';
import { unifiedDiff } from './unified-diff.js';

/**
 * Hides secrets in text that is about to be shown: the rest of any line that sets a pull secret or password (for text
 * that is not YAML), and every form of the secret strings this plan knows of.
 */
export function maskSecrets(text: string, secrets: readonly string[]): string {
  const lines = text.replace(/^(\s*["']?(?:pullSecret|password)["']?\s*:\s*).+$/gim, `$1${SECRET_MASK}`);
  return maskText(lines, maskNeedles(secrets));
}

/** The secrets a plan's inputs hold, for masking: the pull secret and every credentials file's password. */
export function planSecrets(inputs: Inputs): string[] {
  return [inputs.pullSecret ?? '', ...Object.values(inputs.credentials).map((c) => c.password)].filter(
    Boolean,
  );
}

/** Files whose diff would show a secret unless each side is masked by YAML path first (mode 0600 files). */
function holdsSecrets(artifact: Artifact): boolean {
  return artifact.mode === 0o600;
}

const TEXT = {
  notShown: {
    en: (file: string, why: string) => `${file} ${why}; its content is not shown`,
    ko: (file: string, why: string) => `${file}: ${why}. 내용은 보여 주지 않습니다`,
  },
  notYaml: {
    en: (file: string) =>
      `${file} differs and is not valid YAML; its content is not shown, since it may hold secrets`,
    ko: (file: string) =>
      `${file}의 내용이 다르고 올바른 YAML이 아닙니다. 비밀 값이 있을 수 있어 내용은 보여 주지 않습니다`,
  },
  secretDiffers: { en: 'a secret value differs (masked)', ko: '비밀 값이 다릅니다(가림)' },
  symlinkedFolder: {
    en: (dir: string) => `${dir} is a symbolic link; a plan folder holds plain folders and files`,
    ko: (dir: string) => `${dir}은(는) 심볼릭 링크입니다. 계획 폴더에는 일반 폴더와 파일만 있어야 합니다`,
  },
  notFolder: {
    en: (dir: string) => `${dir} is not a folder`,
    ko: (dir: string) => `${dir}은(는) 폴더가 아닙니다`,
  },
};

function note(shown: string, text: string): string {
  return `--- a/${shown}\n+++ b/${shown}\n@@ ${text} @@\n`;
}

/**
 * Why the folders above `relative` inside `outDir` cannot be read as plan folders (a link such as `infra ->
 * /etc/haproxy` would otherwise show files from elsewhere), or undefined. Each folder is looked at once per
 * comparison (`folders` remembers what it was), not once per file in it.
 */
function folderProblem(
  outDir: string,
  relative: string,
  lang: Lang,
  folders: Map<string, string | undefined>,
): string | undefined {
  const parts = relative.split('/').slice(0, -1);
  for (let i = 0; i < parts.length; i++) {
    const shown = parts.slice(0, i + 1).join('/');
    if (!folders.has(shown)) {
      let stat: ReturnType<typeof lstatSync> | undefined;
      try {
        stat = lstatSync(path.join(outDir, ...parts.slice(0, i + 1)));
      } catch {
        stat = undefined; // missing: the file is missing, reported as such
      }
      folders.set(
        shown,
        stat === undefined
          ? undefined
          : stat.isSymbolicLink()
            ? TEXT.symlinkedFolder[lang](shown)
            : stat.isDirectory()
              ? undefined
              : TEXT.notFolder[lang](shown),
      );
    }
    const problem = folders.get(shown);
    if (problem) return problem;
  }
  return undefined;
}

type Current = { kind: 'missing' } | { kind: 'text'; text: string } | { kind: 'refused'; why: string };

/**
 * The file as it is in the plan folder. It is opened without following a link (O_NOFOLLOW) and without waiting
 * (O_NONBLOCK), and judged on the opened descriptor: a link, a FIFO, a folder or a device is refused by its kind and
 * never read, however it got there.
 */
function currentFile(
  outDir: string,
  artifact: Artifact,
  lang: Lang,
  folders: Map<string, string | undefined>,
  ahead: ReadonlyMap<string, string> | undefined,
): Current {
  const folder = folderProblem(outDir, artifact.path, lang, folders);
  if (folder) return { kind: 'refused', why: folder };
  // Read ahead the same way (read-plan-files.ts), as a regular file; anything else is looked at here.
  const text = ahead?.get(artifact.path);
  if (text !== undefined) return { kind: 'text', text };
  const read = readSmallFile(path.join(outDir, artifact.path), { noFollow: true });
  if (read.ok) return { kind: 'text', text: read.text };
  return read.problem === 'missing' ? { kind: 'missing' } : { kind: 'refused', why: read.why[lang] };
}

/**
 * `plan --check`: compares rendered artifacts with a plan folder; returns one unified diff per differing file.
 * Files are read only when they are regular files (never through a symbolic link, a FIFO or a device): anything else
 * differs by its type, and its content is never shown. Secret files (install-config.yaml) are compared only when the
 * folder has them (git ignores them, so a CI checkout does not), and their diff is masked by YAML path.
 */
export function comparePlanFolder(
  outDir: string,
  artifacts: readonly Artifact[],
  secrets: readonly string[],
  lang: Lang = 'en',
  /** Written before each file name in the diff headers (`check` names files from its ROOT: `clusters/a/`). */
  prefix = '',
  /** The folder's plan files read ahead on another thread (`check`), by path: used instead of reading them again. */
  ahead?: ReadonlyMap<string, string>,
): string[] {
  const diffs: string[] = [];
  const known = secrets.filter((s) => s !== '').flatMap(pullSecretParts);
  const folders = new Map<string, string | undefined>();
  for (const artifact of artifacts) {
    const shown = `${prefix}${artifact.path}`;
    const current = currentFile(outDir, artifact, lang, folders, ahead);
    if (current.kind === 'missing' && holdsSecrets(artifact)) continue;
    if (current.kind === 'refused') {
      diffs.push(note(shown, TEXT.notShown[lang](artifact.path, current.why)));
      continue;
    }
    const old = current.kind === 'text' ? current.text : undefined;
    if (old === artifact.content) continue;
    // A repository's own .gitignore that already ignores what the plan needs is up to date (the writer merges).
    if (
      artifact.path === '.gitignore' &&
      old !== undefined &&
      !isOwnGitignore(old) &&
      gitignoreCovers(old, artifact.content)
    )
      continue;
    let before = old ?? '';
    let after = artifact.content;
    const needles = [...known];
    if (holdsSecrets(artifact)) {
      const maskedAfter = maskYamlSecrets(after);
      const maskedBefore = old === undefined ? { text: '', secrets: [] } : maskYamlSecrets(before);
      if (!maskedBefore || !maskedAfter) {
        diffs.push(note(shown, TEXT.notYaml[lang](artifact.path)));
        continue;
      }
      before = maskedBefore.text;
      after = maskedAfter.text;
      needles.push(
        ...maskedBefore.secrets.flatMap(pullSecretParts),
        ...maskedAfter.secrets.flatMap(pullSecretParts),
      );
    }
    const diff = unifiedDiff(
      maskSecrets(before, needles),
      maskSecrets(after, needles),
      old === undefined ? '/dev/null' : `a/${shown}`,
      `b/${shown}`,
    );
    // Only a secret changed: the masked texts agree, so say so without showing it.
    diffs.push(diff || note(shown, TEXT.secretDiffers[lang]));
  }
  return diffs;
}
