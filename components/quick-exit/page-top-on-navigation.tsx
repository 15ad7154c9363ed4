"use client";

import { usePathname } from "next/navigation";
import { useLayoutEffect, useRef } from "react";

export const PAGE_TOP_ID = "page-top";

/**
 * The start of every page, just before the quick exit skip link. After each move to another page
 * inside the app, focus comes back here, as a full page load would put it: the next Tab reaches the
 * quick exit first, wherever the person was before. (Next.js leaves focus on the link that was
 * followed, so Tab would carry on from the old page's menu.) It cannot be tabbed to itself.
 */
export function PageTopOnNavigation() {
  const pathname = usePathname();
  const previous = useRef(pathname);
  // A layout effect: focus has moved by the time the new page is on screen, before the next key press.
  useLayoutEffect(() => {
    if (previous.current === pathname) return;
    previous.current = pathname;
    document.getElementById(PAGE_TOP_ID)?.focus({ preventScroll: true });
  }, [pathname]);
  return <div id={PAGE_TOP_ID} tabIndex={-1} className="outline-none" />;
}
