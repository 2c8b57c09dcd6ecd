/** The five tabs and their paths (the manifest's static tabs point at these URLs). */
export const TAB_NAMES = ['file', 'mine', 'queue', 'dashboard', 'settings'] as const;
export type TabName = (typeof TAB_NAMES)[number];

/** `/tabs/queue` → 'queue'; anything else → 'file' (the landing tab). */
export function tabFromPath(pathname: string): TabName {
  const match = /^\/tabs\/([a-z]+)\/?$/.exec(pathname);
  const name = match?.[1];
  return TAB_NAMES.find((tab) => tab === name) ?? 'file';
}

export function pathOf(tab: TabName): string {
  return `/tabs/${tab}`;
}
