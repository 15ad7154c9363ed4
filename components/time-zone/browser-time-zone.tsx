"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";

type Props = {
  /** The zone last kept from a browser, if any. */
  known?: string;
  /** Keeps the zone this browser reports; whether anything changed. */
  remember: (timeZone: string) => Promise<boolean>;
};

/**
 * Tells the server this browser's time zone, once, when it differs from the one kept, then draws the
 * page again with times in it. Without JavaScript nothing is sent and the person can choose a zone.
 */
export function BrowserTimeZone({ known, remember }: Props) {
  const router = useRouter();
  useEffect(() => {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (!zone || zone === known) return;
    let current = true;
    remember(zone).then(
      (changed) => {
        if (changed && current) router.refresh();
      },
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [known, remember, router]);
  return null;
}
