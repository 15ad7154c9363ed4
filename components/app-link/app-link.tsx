import Link from "next/link";
import type { ComponentProps } from "react";

/**
 * Links inside the app replace the current history entry instead of adding one, so a visit
 * leaves as few entries as it can. No prefetching: it spends data the person may not have.
 */
export function AppLink(props: ComponentProps<typeof Link>) {
  return <Link replace prefetch={false} {...props} />;
}
