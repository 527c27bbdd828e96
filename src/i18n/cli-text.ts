import type { Lang } from '../types.js';

/**
 * Every sentence of the command line itself in both languages: the --help descriptions, the section titles of the
 * help screen, and the messages of usage errors that commander detects. The commands' own messages live with them.
 */
interface CliText {
  program: string;
  version: string;
  help: string;
  helpCommand: string;
  lang: string;
  nonInteractive: string;
  json: string;
  ocpVersion: string;
  plan: {
    description: string;
    answers: string;
    scenario: string;
    out: string;
    force: string;
    json: string;
    check: string;
  };
  recommend: { description: string; answers: string; scenario: string; json: string };
  validate: { description: string; path: string; installer: string; json: string };
  check: { description: string; root: string; json: string };
  scenarios: { description: string; json: string };
  schema: { description: string; what: string };
  doctor: { description: string; disconnected: string; json: string };
  verify: { description: string; dir: string; timeout: string; json: string };
  examples: string;
  exitCodes: string;
  titles: Record<string, string>;
  choices: string;
  defaultValue: string;
  unknownCommand: (name: string, suggestion: string | undefined, commands: string) => string;
  unknownOption: (option: string, suggestion: string | undefined) => string;
  missingArgument: (name: string) => string;
  optionMissingArgument: (option: string) => string;
  excessArguments: (command: string) => string;
  invalidChoice: (option: string, value: string, allowed: string) => string;
  seeHelp: (command: string) => string;
  cancelled: string;
  internalError: (message: string, version: string, node: string) => string;
  scenariosHint: string;
}

const EN: CliText = {
  program:
    'Plan an OpenShift 4.x installation: recommends IPI or UPI with reasons, renders install-config.yaml, writes a ' +
    'checklist of every manual infrastructure step, and validates install-configs.',
  version: 'print the version',
  help: 'show help for a command',
  helpCommand: 'show help for a command',
  lang: 'language of every message and generated file (default: from LC_ALL or LANG, else en)',
  nonInteractive: 'never prompt; missing answers are an error (exit 2)',
  json: 'print as JSON on stdout',
  ocpVersion: 'target release (default: the newest known)',
  plan: {
    description: 'run the wizard (or read --answers / --scenario) and write the plan folder',
    answers: 'answers file (YAML or JSON); missing answers are asked in a terminal',
    scenario: 'use a bundled scenario (see "ocp-planner scenarios")',
    out: 'plan folder to write (default: ./<clusterName>-plan)',
    force: 'overwrite the plan files in an existing folder',
    json: 'also print plan.json on stdout',
    check: 'write nothing: compare the rendered plan with --out and print a diff (exit 1 when it differs)',
  },
  recommend: {
    description: 'print only the recommendation: IPI or UPI, why, what you give up, what would change it',
    answers: 'answers file (YAML or JSON)',
    scenario: 'use a bundled scenario',
    json: "print plan.json's recommendation object",
  },
  validate: {
    description:
      "check install-config.yaml (and agent-config.yaml) files with the installer's rules of the target release " +
      '(exit 1 when any has errors, 2 when any cannot be read)',
    path: 'files, or folders holding install-config.yaml and agent-config.yaml',
    installer: 'check for the Agent-based installer even without an agent-config.yaml',
    json: 'print the findings as JSON (an object for one file, an array for several)',
  },
  check: {
    description:
      'check every plan folder under ROOT (default .) against its answers.yaml in one process, as plan --check does',
    root: 'folder to search for plan folders (never through symbolic links)',
    json: 'print one result object per plan folder as JSON',
  },
  scenarios: { description: 'list the bundled scenarios', json: 'print as JSON' },
  schema: { description: 'print the JSON Schema of the answers file (for editors)', what: 'answers' },
  doctor: {
    description:
      'find openshift-install, oc and ssh-keygen on PATH and compare their versions with the target',
    disconnected: 'also look for oc-mirror and podman (needed to mirror a release)',
    json: 'print the report as JSON',
  },
  verify: {
    description:
      'run "openshift-install create manifests" on a copy of DIR/install-config.yaml; DIR is never changed',
    dir: 'plan folder holding install-config.yaml',
    timeout: 'time limit for the installer, in whole seconds (default 300)',
    json: 'print the result as JSON',
  },
  examples: 'Examples:',
  exitCodes: 'Exit codes: 0 ok · 1 invalid data · 2 usage error · 3 external tool failed · 130 cancelled',
  titles: {},
  choices: 'choices',
  defaultValue: 'default',
  unknownCommand: (name, suggestion, commands) =>
    suggestion
      ? `unknown command '${name}'; did you mean '${suggestion}'?`
      : `unknown command '${name}'; the commands are ${commands}.`,
  unknownOption: (option, suggestion) =>
    suggestion ? `unknown option '${option}'; did you mean '${suggestion}'?` : `unknown option '${option}'.`,
  missingArgument: (name) => `missing required argument '${name}'.`,
  optionMissingArgument: (option) => `option '${option}' needs a value.`,
  excessArguments: (command) => `too many arguments for '${command}'.`,
  invalidChoice: (option, value, allowed) => `${option}: '${value}' is not allowed; use one of ${allowed}.`,
  seeHelp: (command) => `See "${command} --help".`,
  cancelled: 'Cancelled; nothing was written.',
  internalError: (message, version, node) =>
    `internal error: ${message}\nPlease report it with the command you ran (ocp-planner ${version}, node ${node}).`,
  scenariosHint: 'Use one with: ocp-planner plan --scenario <name> --out <folder>',
};

const KO: CliText = {
  program:
    'OpenShift 4.x 설치를 계획합니다. IPI와 UPI 중 어느 방식이 맞는지 근거와 함께 권장하고, install-config.yaml을 ' +
    '만들며, 수작업 인프라 단계를 모두 담은 체크리스트를 쓰고, install-config를 검사합니다.',
  version: '버전을 출력합니다',
  help: '명령의 도움말을 표시합니다',
  helpCommand: '명령의 도움말을 표시합니다',
  lang: '모든 메시지와 생성 파일의 언어입니다(기본값: LC_ALL 또는 LANG에서 정하며, 없으면 en)',
  nonInteractive: '질문하지 않습니다. 빠진 답변은 오류가 됩니다(종료 코드 2)',
  json: 'stdout에 JSON으로 출력합니다',
  ocpVersion: '대상 릴리스입니다(기본값: 알려진 가장 새 릴리스)',
  plan: {
    description: '마법사를 실행하거나 --answers / --scenario를 읽어 계획 폴더를 씁니다',
    answers: '답변 파일(YAML 또는 JSON)입니다. 빠진 답변은 터미널에서 묻습니다',
    scenario: '내장 시나리오를 사용합니다("ocp-planner scenarios" 참고)',
    out: '쓸 계획 폴더입니다(기본값: ./<clusterName>-plan)',
    force: '기존 폴더의 계획 파일을 덮어씁니다',
    json: 'plan.json도 stdout에 출력합니다',
    check: '아무것도 쓰지 않고 만든 계획을 --out과 비교해 차이를 출력합니다(다르면 종료 코드 1)',
  },
  recommend: {
    description: '권장 사항만 출력합니다: IPI 또는 UPI, 그 이유, 감수해야 할 점, 권장을 바꿀 조건',
    answers: '답변 파일(YAML 또는 JSON)입니다',
    scenario: '내장 시나리오를 사용합니다',
    json: 'plan.json의 recommendation 객체를 출력합니다',
  },
  validate: {
    description:
      'install-config.yaml(과 agent-config.yaml) 파일을 대상 릴리스의 설치 프로그램 규칙으로 검사합니다' +
      '(오류가 있으면 종료 코드 1, 읽을 수 없는 파일이 있으면 2)',
    path: '파일, 또는 install-config.yaml과 agent-config.yaml이 있는 폴더',
    installer: 'agent-config.yaml이 없어도 Agent-based 설치 프로그램 기준으로 검사합니다',
    json: '검사 결과를 JSON으로 출력합니다(파일 하나는 객체, 여러 개는 배열)',
  },
  check: {
    description:
      'ROOT(기본값 .) 아래의 모든 계획 폴더를 한 프로세스에서 각자의 answers.yaml과 비교합니다(plan --check와 같은 방식)',
    root: '계획 폴더를 찾을 폴더입니다(심볼릭 링크는 따라가지 않습니다)',
    json: '계획 폴더마다 결과 객체 하나를 JSON으로 출력합니다',
  },
  scenarios: { description: '내장 시나리오 목록을 출력합니다', json: 'JSON으로 출력합니다' },
  schema: { description: '답변 파일의 JSON Schema를 출력합니다(편집기용)', what: 'answers' },
  doctor: {
    description: 'PATH에서 openshift-install, oc, ssh-keygen을 찾아 버전을 대상 릴리스와 비교합니다',
    disconnected: 'oc-mirror와 podman도 찾습니다(릴리스를 미러링할 때 필요)',
    json: '보고서를 JSON으로 출력합니다',
  },
  verify: {
    description:
      'DIR/install-config.yaml의 복사본으로 "openshift-install create manifests"를 실행합니다. DIR은 바꾸지 않습니다',
    dir: 'install-config.yaml이 있는 계획 폴더',
    timeout: '설치 프로그램의 제한 시간입니다(초 단위 정수, 기본값 300)',
    json: '결과를 JSON으로 출력합니다',
  },
  examples: '예:',
  exitCodes: '종료 코드: 0 정상 · 1 잘못된 데이터 · 2 사용법 오류 · 3 외부 도구 실패 · 130 취소',
  titles: {
    'Usage:': '사용법:',
    'Options:': '옵션:',
    'Commands:': '명령:',
    'Arguments:': '인수:',
    'Global Options:': '공통 옵션:',
  },
  choices: '선택',
  defaultValue: '기본값',
  unknownCommand: (name, suggestion, commands) =>
    suggestion
      ? `알 수 없는 명령 '${name}'입니다. '${suggestion}'을(를) 입력하려고 하셨습니까?`
      : `알 수 없는 명령 '${name}'입니다. 사용할 수 있는 명령은 ${commands}입니다.`,
  unknownOption: (option, suggestion) =>
    suggestion
      ? `알 수 없는 옵션 '${option}'입니다. '${suggestion}'을(를) 입력하려고 하셨습니까?`
      : `알 수 없는 옵션 '${option}'입니다.`,
  missingArgument: (name) => `필수 인수 '${name}'이(가) 없습니다.`,
  optionMissingArgument: (option) => `옵션 '${option}'에 값이 필요합니다.`,
  excessArguments: (command) => `'${command}'에 주어진 인수가 너무 많습니다.`,
  invalidChoice: (option, value, allowed) =>
    `${option}: '${value}'은(는) 쓸 수 없는 값입니다. ${allowed} 중 하나를 쓰십시오.`,
  seeHelp: (command) => `"${command} --help"를 참고하십시오.`,
  cancelled: '취소했습니다. 아무것도 쓰지 않았습니다.',
  internalError: (message, version, node) =>
    `내부 오류입니다: ${message}\n실행한 명령과 함께 알려 주십시오(ocp-planner ${version}, node ${node}).`,
  scenariosHint: '사용법: ocp-planner plan --scenario <이름> --out <폴더>',
};

export const CLI_TEXT: Record<Lang, CliText> = { en: EN, ko: KO };
