/**
 * Reading the versions the tools print. Pure string parsing, so every format seen in the wild is a table test.
 */

export interface ReleaseVersion {
  /** As printed, without a leading "v": "4.18.3", "4.19.0-rc.2". */
  raw: string;
  major: number;
  minor: number;
}

/** "4.18.3", "v4.18.3", "4.19.0-0.nightly-2025-01-01-000000" → {major 4, minor 18}; anything else → undefined. */
export function parseReleaseVersion(text: string): ReleaseVersion | undefined {
  const match = /^v?(\d+)\.(\d+)(?:\.\d+)?(?:[-+][0-9A-Za-z.+-]*)?$/.exec(text.trim());
  if (!match) return undefined;
  return { raw: text.trim().replace(/^v/, ''), major: Number(match[1]), minor: Number(match[2]) };
}

/** "4.18" or "4.18.3" → "4.18". */
export function majorMinor(version: ReleaseVersion): string {
  return `${version.major}.${version.minor}`;
}

/** Negative when `a` is an older major.minor than `b`, 0 when equal, positive when newer. */
export function compareMajorMinor(a: ReleaseVersion, b: ReleaseVersion): number {
  return a.major !== b.major ? a.major - b.major : a.minor - b.minor;
}

export interface InstallerVersion {
  version?: ReleaseVersion;
  commit?: string;
  releaseImage?: string;
  architecture?: string;
}

/**
 * Output of `openshift-install version`. The installer prints `<argv[0]> <version>`, then "built from commit …",
 * "release image …" and (newer releases) "release architecture …" (cmd/openshift-install/version.go). argv[0] can be
 * a path with spaces, so the version is the last word of the first line. Development builds print
 * "unreleased-master-…"; their release image may still carry the version as a tag (`ocp-release:4.18.3-x86_64`).
 */
export function parseInstallerVersion(stdout: string): InstallerVersion {
  const lines = stdout.split(/\r?\n/).map((line) => line.trim());
  const first = lines.find((line) => line !== '') ?? '';
  const result: InstallerVersion = {};
  const lastWord = first.split(/\s+/).pop() ?? '';
  const fromFirstLine = parseReleaseVersion(lastWord);
  if (fromFirstLine) result.version = fromFirstLine;
  for (const line of lines) {
    const commit = /^built from commit\s+(\S+)/.exec(line);
    if (commit?.[1]) result.commit = commit[1];
    const image = /^release image\s+(\S+)/.exec(line);
    if (image?.[1]) result.releaseImage = image[1];
    const architecture = /^release architecture\s+(\S+)/.exec(line);
    if (architecture?.[1]) result.architecture = architecture[1];
  }
  if (!result.version && result.releaseImage) {
    const tag = /:v?(\d+\.\d+\.\d+(?:-[0-9A-Za-z.]+?)?)(?:-(?:x86_64|aarch64|ppc64le|s390x|multi))?$/.exec(
      result.releaseImage,
    );
    const fromTag = tag?.[1] ? parseReleaseVersion(tag[1]) : undefined;
    if (fromTag) result.version = fromTag;
  }
  return result;
}

/**
 * Output of `oc version --client`: "Client Version: 4.18.3" (4.x clients), or the older Go struct form
 * `Client Version: version.Info{… GitVersion:"v4.2.0-…" …}` that oc before 4.6 and oc-mirror v1 print.
 */
export function parseClientVersion(text: string): ReleaseVersion | undefined {
  const gitVersion = /GitVersion:"v?(\d+\.\d+[^"]*)"/.exec(text);
  if (gitVersion?.[1]) return parseReleaseVersion(gitVersion[1]);
  const plain = /Client Version:\s*v?(\d+\.\d+\S*)/.exec(text);
  if (plain?.[1]) return parseReleaseVersion(plain[1]);
  return undefined;
}

/** `oc-mirror version`: the Go struct form of v1, or any "4.N.M" word (v2 prints its own shapes). */
export function parseOcMirrorVersion(text: string): ReleaseVersion | undefined {
  const client = parseClientVersion(text);
  if (client) return client;
  const word = /\bv?(\d+\.\d+\.\d+(?:-[0-9A-Za-z.]+)?)\b/.exec(text);
  return word?.[1] ? parseReleaseVersion(word[1]) : undefined;
}

/** `ssh -V` writes "OpenSSH_9.2p1 Debian-2+deb12u3, OpenSSL 3.0.15 3 Sep 2024" to stderr → "9.2p1". */
export function parseOpenSshVersion(text: string): string | undefined {
  return /OpenSSH_([0-9][^\s,]*)/.exec(text)?.[1];
}

/** `podman --version` → "podman version 5.2.2" → "5.2.2". */
export function parsePodmanVersion(text: string): string | undefined {
  return /podman version\s+(\S+)/i.exec(text)?.[1];
}
