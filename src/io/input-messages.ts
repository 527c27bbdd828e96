/**
 * The Korean of the sentences that say why a referenced file (pull secret, SSH key, CA bundle, credentials) cannot be
 * used, keyed by the English sentence read-inputs.ts gives; `{registry}` stands for the registry a pull-secret entry names.
 */
const INPUT_PROBLEMS_KO: Readonly<Record<string, string>> = {
  'is not JSON; download the pull secret again from console.redhat.com/openshift/install/pull-secret':
    'JSON이 아닙니다. console.redhat.com/openshift/install/pull-secret에서 풀 시크릿을 다시 내려받으십시오',
  'must be a JSON object with "auths"': '"auths"가 있는 JSON 객체여야 합니다',
  'needs a non-empty "auths" object': '비어 있지 않은 "auths" 객체가 필요합니다',
  'entry "{registry}" needs "auth" or "credsStore"': '"{registry}" 항목에 "auth"나 "credsStore"가 필요합니다',
  'is a private key; give the public key (the .pub file)': '개인 키입니다. 공개 키(.pub 파일)를 지정하십시오',
  'is empty': '비어 있습니다',
  'is not an SSH public key (expected "ssh-ed25519 AAAA…" or "ssh-rsa AAAA…")':
    'SSH 공개 키가 아닙니다("ssh-ed25519 AAAA…"나 "ssh-rsa AAAA…" 형식이어야 합니다)',
  'holds an ed25519 key, which the installer refuses with FIPS; use an RSA or ECDSA key (ssh-keygen -t rsa -b 4096)':
    'ed25519 키입니다. FIPS에서는 설치 프로그램이 이 키를 거부하므로 RSA나 ECDSA 키를 사용하십시오(ssh-keygen -t rsa -b 4096)',
  'holds no PEM certificate (-----BEGIN CERTIFICATE----- … -----END CERTIFICATE-----)':
    'PEM 인증서(-----BEGIN CERTIFICATE----- … -----END CERTIFICATE-----)가 없습니다',
  'must be YAML with "username:" and "password:" (both non-empty)':
    '"username:"과 "password:"가 있는 YAML이어야 합니다(둘 다 비어 있으면 안 됩니다)',
  'is not valid YAML; it must be YAML with "username:" and "password:" (both non-empty)':
    '올바른 YAML이 아닙니다. "username:"과 "password:"가 있는 YAML이어야 합니다(둘 다 비어 있으면 안 됩니다)',
};

/** The Korean of one of read-inputs.ts's sentences; an unknown sentence is a programming error caught by its tests. */
export function inputProblemKo(en: string): string {
  const entry = /^entry "(.*)" needs "auth" or "credsStore"$/.exec(en);
  if (entry)
    return (INPUT_PROBLEMS_KO['entry "{registry}" needs "auth" or "credsStore"'] ?? '').replace(
      '{registry}',
      entry[1] ?? '',
    );
  const ko = INPUT_PROBLEMS_KO[en];
  if (ko === undefined) throw new Error(`no Korean for the file problem "${en}"`);
  return ko;
}
