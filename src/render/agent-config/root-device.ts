/**
 * Root device hints the Agent-based installer accepts for a host's installation disk. The agent matches `deviceName`
 * against the disk's /dev path or its /dev/disk/by-path link, and refuses any other link ("Device Name of root device
 * hint must be path in /dev/ or /dev/disk/by-path/") and the WWN extension hints ("WWN extensions are not supported
 * in root device hints", openshift/installer pkg/asset/agent/agentconfig/agenthosts.go). A /dev/disk/by-id/wwn-… link
 * is named after the disk's full WWN by udev, which is the value the agent's inventory reports, so it becomes `wwn`.
 */
export function agentRootDeviceHints(disk: string): Record<string, string> | undefined {
  const wwn = /^\/dev\/disk\/by-id\/wwn-(0x[0-9a-f]+)$/i.exec(disk)?.[1];
  if (wwn) return { wwn };
  if (/^\/dev\/[^/]+$/.test(disk) || /^\/dev\/disk\/by-path\/[^/]+$/.test(disk)) return { deviceName: disk };
  return undefined;
}
