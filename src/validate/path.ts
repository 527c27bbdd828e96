/** Field paths in the installer's notation: `networking.clusterNetwork[0].cidr` (k8s field.Path rendering). */
export type PathPart = string | number;

export function child(path: string, part: PathPart): string {
  if (typeof part === 'number') return `${path}[${part}]`;
  return path === '' ? part : `${path}.${part}`;
}

/** The path one level up: `a.b[0]` → `a.b`, `a.b` → `a`, `a` → ``. */
export function parentOf(path: string): string {
  const bracket = path.endsWith(']') ? path.lastIndexOf('[') : -1;
  const dot = path.lastIndexOf('.');
  const cut = Math.max(bracket, dot);
  return cut <= 0 ? '' : path.slice(0, cut);
}
