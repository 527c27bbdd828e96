/**
 * The answers that decide the install path when installMethod is auto: the recommendation weighs the platform, the
 * release, the topology, who owns each part of the infrastructure and the requirements. A rule that asks for the
 * method (methodOf, installChoiceOf) reads all of them.
 */
export const INSTALL_PATH_READS = [
  'installMethod',
  'platform',
  'ocpVersion',
  'topology',
  'controlPlaneReplicas',
  'ownership',
  'requirements',
  'connectivity',
  'publish',
  'fips',
  'architecture',
] as const;
